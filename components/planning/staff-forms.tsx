"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ABSENCE_REASONS, COMMENT_MAX, DEFAULT_ABSENCE_REASON } from "@/lib/planning/limits";
import type { FormAction } from "@/lib/action-state";
import { Button } from "@/components/ui/button";
import { ActionMessage, useFieldErrors } from "@/components/action-feedback";
import { Choice, Choices, SelectField, TextArea } from "@/components/ui/field";

type Props = {
  /** The server action (app/(portal)/ouder/planning/actions.ts: reportAbsenceAction, createRequestAction). */
  action: FormAction;
  date: string;
  childOptions: { id: string; name: string }[];
  dagdelen: string[];
};

/** Staff register an absence a parent phoned in, for the day shown in the attendance list. */
export function StaffAbsenceForm({ action, date, childOptions, dagdelen }: Props) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const errors = useFieldErrors(state);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="from" value={date} />
      <SelectField
        id="staff-absence-child"
        label={t("planningStaff.child")}
        name="childId"
        defaultValue={state.values?.childId}
        errors={errors("childId")}
      >
        {childOptions.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          id="staff-absence-dagdeel"
          label={t("planning.dagdeelLabel")}
          name="dagdeel"
          defaultValue={state.values?.dagdeel ?? "ALL"}
        >
          <option value="ALL">{t("planning.dagdeel_ALL")}</option>
          {dagdelen.map((d) => (
            <option key={d} value={d}>
              {t(`planning.dagdeel_${d}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="staff-absence-reason"
          label={t("planning.reasonLabel")}
          name="reason"
          defaultValue={state.values?.reason ?? DEFAULT_ABSENCE_REASON}
        >
          {ABSENCE_REASONS.map((r) => (
            <option key={r} value={r}>
              {t(`planning.reason_${r}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextArea
        id="staff-absence-comment"
        label={t("planning.comment")}
        name="comment"
        rows={2}
        maxLength={COMMENT_MAX}
        defaultValue={state.values?.comment ?? ""}
        errors={errors("comment")}
      />
      <Button type="submit" disabled={pending}>
        {t("planningStaff.registerAbsence")}
      </Button>
      <ActionMessage state={state} />
    </form>
  );
}

/** Staff register extra care inside the short-notice window, choosing how it is paid (invoice or tegoed). */
export function StaffExtraForm({ action, date, childOptions, dagdelen }: Props) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const errors = useFieldErrors(state);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="date" value={date} />
      <SelectField
        id="staff-extra-child"
        label={t("planningStaff.child")}
        name="childId"
        defaultValue={state.values?.childId}
        errors={errors("childIds")}
      >
        {childOptions.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <Choices legend={t("planning.dagdeelLabel")} id="staff-extra-dagdeel" errors={errors("slots")}>
        {dagdelen.map((d) => (
          <Choice key={d} name="dagdeel" value={d} label={t(`planning.dagdeel_${d}`)} />
        ))}
      </Choices>
      <Choices legend={t("planning.payment")} id="staff-extra-payment">
        <Choice type="radio" name="type" value="EXTRA" defaultChecked label={t("planning.paymentInvoice")} />
        <Choice type="radio" name="type" value="TEGOED" label={t("planning.paymentTegoed")} />
      </Choices>
      <Button type="submit" disabled={pending}>
        {t("planningStaff.registerExtra")}
      </Button>
      <ActionMessage state={state} />
    </form>
  );
}
