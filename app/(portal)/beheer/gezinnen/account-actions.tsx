"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { accountAction } from "./actions";

type Props = { userId: string; status: "INVITED" | "ACTIVE" | "DEACTIVATED"; guardianName: string };

export function AccountActions({ userId, status, guardianName }: Props) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(accountAction, { ok: false });
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      {status !== "ACTIVE" && (
        <Button
          type="submit"
          name="intent"
          value="invite"
          variant="secondary"
          disabled={pending}
          aria-label={`${t(status === "INVITED" ? "beheer.sendInvite" : "beheer.reactivate")}: ${guardianName}`}
        >
          {t(status === "INVITED" ? "beheer.sendInvite" : "beheer.reactivate")}
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
          <Button
            type="submit"
            name="intent"
            value="deactivate"
            variant="danger"
            disabled={pending}
            aria-label={`${t("beheer.deactivate")}: ${guardianName}`}
          >
            {t("beheer.deactivate")}
          </Button>
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
