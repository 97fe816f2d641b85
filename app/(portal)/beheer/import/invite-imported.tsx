"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ActionState } from "@/lib/action-state";
import { inviteImportedAction } from "./actions";

/** After an import: one button that sends every newly created guardian their activation e-mail. */
export function InviteImported({ userIds }: { userIds: string[] }) {
  const t = useTranslations("adminImport");
  const tr = useTranslations();
  const [state, formAction, pending] = useActionState(inviteImportedAction, { ok: false } as ActionState);
  if (userIds.length === 0) return null;
  return (
    <form action={formAction} className="space-y-2" data-testid="invite-imported">
      {userIds.map((id) => (
        <input key={id} type="hidden" name="userId" value={id} />
      ))}
      <p className="text-sm text-slate-700">{t("inviteHint", { count: userIds.length })}</p>
      {!state.ok && (
        <Button type="submit" disabled={pending}>
          {t("inviteAll", { count: userIds.length })}
        </Button>
      )}
      {state.message && <Notice tone={state.ok ? "success" : "error"}>{tr(state.message, state.messageValues)}</Notice>}
    </form>
  );
}
