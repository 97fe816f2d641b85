"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { ABSENCE_REASONS, COMMENT_MAX, DEFAULT_ABSENCE_REASON } from "@/lib/planning/limits";
import type { FormAction } from "@/lib/action-state";
import { Button } from "@/components/ui/button";
import { TextField, SelectField, TextArea } from "@/components/ui/field";
import { ActionMessage, useFieldErrors } from "@/components/action-feedback";

type Props = {
  /** The server action that reports the absence (app/(portal)/ouder/planning/actions.ts reportAbsenceAction). */
  action: FormAction;
  childId: string;
  today: string;
  /** "09:00": the organisation's deadline as wall-clock time. */
  deadlineTime: string;
  /** Whether today's deadline has already passed (computed on the server from the real clock). */
  deadlinePassedToday: boolean;
  dagdelen: string[];
  /** Staff register for a fixed day (the attendance list's day); parents choose. */
  fixedDate?: string;
  idPrefix?: string;
  submitLabel?: string;
};

/** Afmelden for a day or a period. The deadline is on the button: parents see when reporting still earns tegoed. */
export function AbsenceForm({
  action,
  childId,
  today,
  deadlineTime,
  deadlinePassedToday,
  dagdelen,
  fixedDate,
  idPrefix = "absence",
  submitLabel,
}: Props) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const errors = useFieldErrors(state);
  const [from, setFrom] = useState(state.values?.from ?? fixedDate ?? today);
  const earnsHint =
    from === today && deadlinePassedToday
      ? t("planning.deadlinePassedToday", { time: deadlineTime })
      : t("planning.deadlineToday", { time: deadlineTime });
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <form action={formAction} className="space-y-3" key={state.ok ? "done" : "form"}>
      <input type="hidden" name="childId" value={childId} />
      {fixedDate ? (
        <input type="hidden" name="from" value={fixedDate} />
      ) : (
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            label={t("planning.from")}
            name="from"
            id={id("from")}
            type="date"
            min={today}
            required
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            errors={errors("from")}
          />
          <TextField
            label={t("planning.to")}
            name="to"
            id={id("to")}
            type="date"
            min={from || today}
            defaultValue={state.values?.to ?? ""}
            errors={errors("to")}
          />
        </div>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label={t("planning.dagdeelLabel")}
          name="dagdeel"
          id={id("dagdeel")}
          defaultValue={state.values?.dagdeel ?? "ALL"}
          errors={errors("dagdeel")}
        >
          <option value="ALL">{t("planning.dagdeel_ALL")}</option>
          {dagdelen.map((d) => (
            <option key={d} value={d}>
              {t(`planning.dagdeel_${d}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("planning.reasonLabel")}
          name="reason"
          id={id("reason")}
          defaultValue={state.values?.reason ?? DEFAULT_ABSENCE_REASON}
          errors={errors("reason")}
        >
          {ABSENCE_REASONS.map((r) => (
            <option key={r} value={r}>
              {t(`planning.reason_${r}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextArea
        label={t("planning.comment")}
        name="comment"
        id={id("comment")}
        rows={2}
        maxLength={COMMENT_MAX}
        defaultValue={state.values?.comment ?? ""}
        errors={errors("comment")}
      />
      <div className="space-y-1">
        <Button type="submit" disabled={pending} aria-describedby={id("deadline")} className="w-full sm:w-auto">
          {submitLabel ?? t("planning.submitAbsence")}
        </Button>
        <p id={id("deadline")} className="text-sm text-slate-600">
          {earnsHint}
        </p>
      </div>
      <ActionMessage state={state} />
    </form>
  );
}
