"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatDateTime } from "@/components/format";
import { ActionForm } from "@/components/ui/action-form";
import { ABSENCE_REASONS } from "@/lib/planning/limits";
import type { FormAction } from "@/lib/action-state";
import { Button } from "@/components/ui/button";
import { useFlash } from "./flash";
import { SelectField } from "@/components/ui/field";

/** Cancel one request, with the moment until which that is possible (the server checks the window again). */
export function CancelRequestButton({
  action,
  requestId,
  label,
  cancelUntil,
}: {
  /** app/(portal)/ouder/planning/actions.ts cancelRequestAction */
  action: FormAction;
  requestId: string;
  label: string;
  cancelUntil?: string | null;
}) {
  const t = useTranslations();
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  useFlash(state);
  return (
    <form action={formAction} className="space-y-2">
      {cancelUntil && (
        <p className="text-sm text-slate-600">
          {t("planning.cancelUntil", { time: formatDateTime(new Date(cancelUntil), locale, "EEEE d MMMM HH:mm") })}
        </p>
      )}
      <input type="hidden" name="requestId" value={requestId} />
      <Button type="submit" variant="danger" disabled={pending} aria-label={`${t("planning.cancel")}: ${label}`}>
        {t("planning.cancel")}
      </Button>
    </form>
  );
}

/** Change the reason of, or withdraw, one future absence (until its deadline). */
export function AbsenceItemForm({
  action,
  absenceId,
  reason,
  comment,
  label,
}: {
  /** app/(portal)/ouder/planning/actions.ts absenceAction */
  action: FormAction;
  absenceId: string;
  reason: string;
  comment: string;
  label: string;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  useFlash(state);
  return (
    <ActionForm action={formAction} className="space-y-2">
      <input type="hidden" name="absenceId" value={absenceId} />
      <input type="hidden" name="comment" value={comment} />
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-40 flex-1">
          <SelectField
            id={`reason-${absenceId}`}
            label={`${t("planning.reasonLabel")}: ${label}`}
            name="reason"
            defaultValue={reason}
          >
            {ABSENCE_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`planning.reason_${r}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <Button type="submit" name="intent" value="update" variant="secondary" disabled={pending}>
          {t("planning.updateAbsence")}
        </Button>
        <Button
          type="submit"
          name="intent"
          value="withdraw"
          variant="danger"
          disabled={pending}
          aria-label={`${t("planning.withdraw")}: ${label}`}
        >
          {t("planning.withdraw")}
        </Button>
      </div>
    </ActionForm>
  );
}
