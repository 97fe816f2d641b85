"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { COMMENT_MAX } from "@/lib/planning/limits";
import type { FormAction } from "@/lib/action-state";
import { Button } from "@/components/ui/button";
import { formatDate } from "@/components/format";
import { ActionMessage, useFieldErrors } from "@/components/action-feedback";
import { Choice, Choices, TextField, SelectField, TextArea } from "@/components/ui/field";

type Props = {
  /** app/(portal)/ouder/planning/swap-actions.ts createSwapAction */
  action: FormAction;
  childId: string;
  firstDate: string;
  validityDays: number;
  giveUp: { date: string; dagdeel: string }[];
  wantedDagdelen: string[];
};

/** Ruildag: give up one contracted dagdeel, ask for one other dagdeel of the same care type (like for like). */
export function SwapForm({ action, childId, firstDate, validityDays, giveUp, wantedDagdelen }: Props) {
  const t = useTranslations();
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const errors = useFieldErrors(state);
  if (giveUp.length === 0) return <p className="text-slate-600">{t("swap.nothingToGiveUp")}</p>;
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="childId" value={childId} />
      <SelectField
        label={t("swap.from")}
        id="swap-from"
        name="from"
        required
        defaultValue={state.values?.from ?? ""}
        errors={errors("from")}
      >
        <option value="">{t("swap.chooseFrom")}</option>
        {giveUp.map((s) => (
          <option key={`${s.date}|${s.dagdeel}`} value={`${s.date}|${s.dagdeel}`}>
            {`${formatDate(s.date, locale, "EEEE d MMMM")} ${t(`planning.dagdeel_${s.dagdeel}`)}`}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t("swap.toDate")}
        id="swap-to-date"
        name="toDate"
        type="date"
        min={firstDate}
        required
        defaultValue={state.values?.toDate ?? ""}
        hint={t("swap.window", { days: String(validityDays) })}
        errors={errors("toDate")}
      />
      <Choices legend={t("swap.toDagdeel")} id="swap-to-dagdeel" errors={errors("toDagdeel")}>
        {wantedDagdelen.map((d, i) => (
          <Choice
            key={d}
            type="radio"
            name="toDagdeel"
            value={d}
            defaultChecked={i === 0}
            label={t(`planning.dagdeel_${d}`)}
          />
        ))}
      </Choices>
      <TextField
        label={t("swap.expiresAt")}
        id="swap-expires"
        name="expiresAt"
        type="datetime-local"
        defaultValue={state.values?.expiresAt ?? ""}
        hint={t("swap.expiresHint")}
        errors={errors("expiresAt")}
      />
      <TextArea
        label={t("swap.comment")}
        id="swap-comment"
        name="comment"
        rows={2}
        maxLength={COMMENT_MAX}
        defaultValue={state.values?.comment ?? ""}
        errors={errors("comment")}
      />
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {t("swap.submit")}
      </Button>
      <ActionMessage state={state} />
    </form>
  );
}
