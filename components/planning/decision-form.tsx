"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { decideRequestAction } from "@/app/(portal)/aanvragen/actions";
import { ActionMessage, useFieldErrors } from "./action-message";
import { PTextArea } from "./fields";

export function DecisionForm({ requestId, label }: { requestId: string; label: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(decideRequestAction, { ok: false });
  const errors = useFieldErrors(state);
  if (state.ok) return <ActionMessage state={state} />;
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="requestId" value={requestId} />
      <PTextArea id={`reason-${requestId}`} label={t("planningApprovals.reason")} name="reason" rows={2} maxLength={500} defaultValue={state.values?.reason ?? ""} errors={errors("reason")} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="decision" value="APPROVE" disabled={pending} aria-label={`${t("planningApprovals.approve")}: ${label}`}>
          {t("planningApprovals.approve")}
        </Button>
        <Button type="submit" name="decision" value="DECLINE" variant="danger" disabled={pending} aria-label={`${t("planningApprovals.decline")}: ${label}`}>
          {t("planningApprovals.decline")}
        </Button>
      </div>
      <ActionMessage state={state} />
    </form>
  );
}
