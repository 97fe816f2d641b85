"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/action-state";
import { CHANGE_COMMENT_MAX, CHANGE_KINDS, WEEKDAYS } from "@/lib/contracts/limits";
import type { ChangeRequestField } from "@/lib/contracts/schema";
import { ActionMessage, useFieldErrors } from "@/components/action-feedback";
import { ActionForm } from "@/components/ui/action-form";
import { useSubmissionKey } from "@/components/use-submission-key";
import { Button } from "@/components/ui/button";
import { SelectField, TextArea, TextField } from "@/components/ui/field";
import { requestChangeAction } from "./actions";

const initial: ActionState<ChangeRequestField> = { ok: false };

type ChildOption = { id: string; firstName: string; careType: "KDV" | "BSO" | null };

export function ChangeRequestForm({
  options,
  earliest,
  earliestLabel,
  submissionKey: serverKey,
}: {
  options: ChildOption[];
  earliest: string;
  earliestLabel: string;
  /** Rendered by the page, so the form sends a key without JavaScript too. */
  submissionKey: string;
}) {
  const t = useTranslations("contract");
  const [state, formAction, pending] = useActionState(requestChangeAction, initial);
  const errorsFor = useFieldErrors(state);
  // A double tap or a resend after a lost answer carries the same key: the server records the request once.
  const submissionKey = useSubmissionKey(state, serverKey);
  const values = state.ok ? {} : (state.values ?? {});
  const [kind, setKind] = useState(values.kind ?? "ADD_DAY");
  const [childId, setChildId] = useState(values.childId ?? options[0]?.id ?? "");
  const careType = options.find((o) => o.id === childId)?.careType;
  const dagdelen =
    careType === "BSO"
      ? ["NASCHOOLS"]
      : careType === "KDV"
        ? ["OCHTEND", "MIDDAG"]
        : ["OCHTEND", "MIDDAG", "NASCHOOLS"];
  const perDay = kind !== "END_CONTRACT";
  return (
    <ActionForm action={formAction} state={state} resetOnSuccess className="space-y-4" noValidate>
      {submissionKey && <input type="hidden" name="submissionKey" value={submissionKey} />}
      <ActionMessage state={state} />
      <SelectField
        label={t("fieldChild")}
        name="childId"
        value={childId}
        onChange={(e) => setChildId(e.target.value)}
        errors={errorsFor("childId")}
      >
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.firstName}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t("fieldKind")}
        name="kind"
        value={kind}
        onChange={(e) => setKind(e.target.value)}
        errors={errorsFor("kind")}
      >
        {CHANGE_KINDS.map((value) => (
          <option key={value} value={value}>
            {t(`kind${value}`)}
          </option>
        ))}
      </SelectField>
      {perDay && (
        <div className="grid grid-cols-2 gap-3">
          <SelectField
            label={t("fieldWeekday")}
            name="weekday"
            defaultValue={values.weekday ?? ""}
            errors={errorsFor("weekday")}
            key={`w-${values.weekday}`}
          >
            <option value="">{t("choose")}</option>
            {WEEKDAYS.map((day) => (
              <option key={day} value={day}>
                {t(`weekday${day}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t("fieldDagdeel")}
            name="dagdeel"
            defaultValue={values.dagdeel ?? ""}
            errors={errorsFor("dagdeel")}
            key={`d-${values.dagdeel}-${careType}`}
          >
            <option value="">{t("choose")}</option>
            {dagdelen.map((dagdeel) => (
              <option key={dagdeel} value={dagdeel}>
                {t(`dagdeel${dagdeel}`)}
              </option>
            ))}
          </SelectField>
        </div>
      )}
      <TextField
        label={perDay ? t("fieldEffective") : t("fieldEffectiveEnd")}
        name="effectiveDate"
        type="date"
        min={earliest}
        defaultValue={values.effectiveDate ?? earliest}
        hint={t("noticeHint", { date: earliestLabel })}
        errors={errorsFor("effectiveDate")}
        required
      />
      {perDay && (
        <TextField
          label={t("fieldEndDate")}
          name="endDate"
          type="date"
          min={earliest}
          defaultValue={values.endDate}
          hint={t("endDateHint")}
          errors={errorsFor("endDate")}
        />
      )}
      <TextArea
        label={t("fieldComment")}
        name="comment"
        rows={3}
        maxLength={CHANGE_COMMENT_MAX}
        defaultValue={values.comment}
        errors={errorsFor("comment")}
      />
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </ActionForm>
  );
}
