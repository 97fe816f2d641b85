"use client";

import { useActionState, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { ABSENCE_REASONS, COMMENT_MAX, DEFAULT_ABSENCE_REASON } from "@/lib/planning/limits";
import type { FormAction } from "@/lib/action-state";
import { Button } from "@/components/ui/button";
import { TextField, SelectField, TextArea } from "@/components/ui/field";
import { ActionMessage, useFieldErrors } from "@/components/action-feedback";
import { formatDate } from "@/components/format";
import { deadlineHints, type DeadlineFormRule } from "@/lib/planning/rules";
import { clockFromMinutes, isCalendarDate } from "@/lib/time";

type Deadlines = { regular: DeadlineFormRule[]; vacation: DeadlineFormRule[] };
type Vacations = { startDate: string; endDate: string }[];

type Props = {
  /** The server action that reports the absence (app/(portal)/ouder/planning/actions.ts reportAbsenceAction). */
  action: FormAction;
  childId: string;
  today: string;
  /** The child's absence deadlines (school days and vacation days) and the school vacations of its location. */
  deadlines: Deadlines;
  vacations: Vacations;
  /** Amsterdam wall-clock minutes now (from the server's clock). */
  nowMinutes: number;
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
  deadlines,
  vacations,
  nowMinutes,
  dagdelen,
  fixedDate,
  idPrefix = "absence",
  submitLabel,
}: Props) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const errors = useFieldErrors(state);
  const [from, setFrom] = useState(state.values?.from ?? fixedDate ?? today);
  const [dagdeel, setDagdeel] = useState(state.values?.dagdeel ?? "ALL");
  const earnsHint = useDeadlineHint({ date: from, today, nowMinutes, deadlines, vacations, dagdeel });
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
          value={dagdeel}
          onChange={(e) => setDagdeel(e.target.value)}
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
        <p id={id("deadline")} className="text-sm text-slate-600" data-testid="absence-deadline">
          {earnsHint}
        </p>
      </div>
      <ActionMessage state={state} />
    </form>
  );
}

/**
 * "Vóór 09:00 op maandag 1 maart levert afmelden tegoed op" for the chosen day: the rules of its care type and dagdeel
 * (BSO: after-school care on school days, vacation dagdelen in the location's school vacations), one sentence when all
 * chosen dagdelen share the deadline, one per dagdeel otherwise.
 */
function useDeadlineHint({
  date,
  today,
  nowMinutes,
  deadlines,
  vacations,
  dagdeel,
}: {
  date: string;
  today: string;
  nowMinutes: number;
  deadlines: Deadlines;
  vacations: Vacations;
  dagdeel: string;
}): string {
  const t = useTranslations();
  const locale = useLocale();
  if (!isCalendarDate(date)) return t("planning.deadlinePickDay");
  const inVacation = vacations.some((v) => v.startDate <= date && date <= v.endDate);
  const rules = (inVacation ? deadlines.vacation : deadlines.regular).filter(
    (r) => dagdeel === "ALL" || r.dagdeel === dagdeel,
  );
  const hints = deadlineHints({ date, today, nowMinutes, rules: rules.length ? rules : deadlines.regular });
  const sentence = (h: (typeof hints)[number]) =>
    t(h.passed ? "planning.deadlinePassed" : "planning.deadlineFor", {
      time: clockFromMinutes(h.minutes),
      day:
        h.day === today
          ? t("planning.deadlineDayToday")
          : t("planning.deadlineOnDay", { date: formatDate(h.day, locale, "EEEE d MMMM") }),
    });
  const same = hints.every((h) => h.day === hints[0].day && h.minutes === hints[0].minutes);
  if (same) return sentence(hints[0]);
  return hints.map((h) => `${t(`planning.dagdeel_${h.dagdeel}`)}: ${sentence(h)}`).join(" ");
}
