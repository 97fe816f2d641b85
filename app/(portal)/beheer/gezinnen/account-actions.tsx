"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { accountAction } from "./actions";

type Props = { userId: string; status: "INVITED" | "ACTIVE" | "DEACTIVATED"; guardianName: string };

export function AccountActions({ userId, status, guardianName }: Props) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(accountAction, { ok: false });
  return (
    <form action={formAction} className="flex flex-wrap items-start gap-2">
      <input type="hidden" name="userId" value={userId} />
      {status === "INVITED" && (
        <Button
          type="submit"
          name="intent"
          value="invite"
          variant="secondary"
          disabled={pending}
          aria-label={`${t("beheer.sendInvite")}: ${guardianName}`}
        >
          {t("beheer.sendInvite")}
        </Button>
      )}
      {/* Undoing a deactivation needs no new invite or password (lib/accounts/mutations.ts reactivateUser). */}
      {status === "DEACTIVATED" && (
        <Button
          type="submit"
          name="intent"
          value="reactivate"
          variant="secondary"
          disabled={pending}
          aria-label={`${t("accountActions.reactivate")}: ${guardianName}`}
        >
          {t("accountActions.reactivate")}
        </Button>
      )}
      {status === "ACTIVE" && (
        <>
          <Button
            type="submit"
            name="intent"
            value="reset"
            variant="secondary"
            disabled={pending}
            aria-label={`${t("beheer.sendReset")}: ${guardianName}`}
          >
            {t("beheer.sendReset")}
          </Button>
          <ConfirmSubmit
            label={t("beheer.deactivate")}
            about={guardianName}
            question={t("accountActions.deactivateQuestion", { name: guardianName })}
            confirmLabel={t("accountActions.deactivateConfirm")}
            cancelLabel={t("accountActions.cancel")}
            name="intent"
            value="deactivate"
            disabled={pending}
          />
        </>
      )}
      {state.message && (
        <p role="status" className={`w-full text-sm ${state.ok ? "text-green-800" : "text-red-700"}`}>
          {t(state.message, state.messageValues)}
        </p>
      )}
    </form>
  );
}
