"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/action-state";
import { Button } from "@/components/ui/button";
import { ActionMessage, useFieldErrors } from "@/components/action-feedback";
import { TextField, SelectField, TextArea } from "@/components/ui/field";

/** A beheerder books a correction with a reason (the parents see it). Everything typed is kept on an error. */
export function LedgerCorrectionForm({
  childId,
  kinds,
  action,
}: {
  childId: string;
  kinds: ("TEGOED" | "ROEFJES")[];
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const errors = useFieldErrors(state);
  const v = state.ok ? undefined : state.values;
  return (
    <form action={formAction} className="space-y-3" key={state.ok ? "done" : "form"}>
      <input type="hidden" name="childId" value={childId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          id="correct-kind"
          label={t("ledger.kind")}
          name="kind"
          defaultValue={v?.kind ?? kinds[0]}
          errors={errors("kind")}
        >
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(kind === "TEGOED" ? "ledger.tegoedTitle" : "ledger.roefjesTitle")}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="correct-direction"
          label={t("ledger.direction")}
          name="direction"
          defaultValue={v?.direction ?? "ADD"}
          errors={errors("direction")}
        >
          <option value="ADD">{t("ledger.direction_ADD")}</option>
          <option value="REMOVE">{t("ledger.direction_REMOVE")}</option>
        </SelectField>
        <TextField
          id="correct-hours"
          label={t("ledger.hours")}
          name="hours"
          inputMode="numeric"
          defaultValue={v?.hours ?? ""}
          errors={errors("hours")}
        />
        <TextField
          id="correct-minutes"
          label={t("ledger.minutes")}
          name="minutes"
          inputMode="numeric"
          defaultValue={v?.minutes ?? ""}
          errors={errors("minutes")}
        />
      </div>
      <TextArea
        id="correct-reason"
        label={t("ledger.correctionReason")}
        name="reason"
        rows={2}
        maxLength={500}
        defaultValue={v?.reason ?? ""}
        errors={errors("reason")}
      />
      <Button type="submit" disabled={pending}>
        {t("ledger.submit")}
      </Button>
      <ActionMessage state={state} />
    </form>
  );
}
