"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { addVacationAction, deleteVacationAction } from "@/app/(portal)/beheer/vakanties/actions";
import { ActionMessage, useFieldErrors } from "./action-message";
import { PInput } from "./fields";

export function AddVacationForm() {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(addVacationAction, { ok: false });
  const errors = useFieldErrors(state);
  return (
    <form action={formAction} className="space-y-3">
      <PInput
        id="vacation-name"
        label={t("planningVacations.name")}
        name="name"
        required
        maxLength={80}
        defaultValue={state.values?.name ?? ""}
        errors={errors("name")}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <PInput
          id="vacation-start"
          label={t("planningVacations.start")}
          name="startDate"
          type="date"
          required
          defaultValue={state.values?.startDate ?? ""}
          errors={errors("startDate")}
        />
        <PInput
          id="vacation-end"
          label={t("planningVacations.end")}
          name="endDate"
          type="date"
          required
          defaultValue={state.values?.endDate ?? ""}
          errors={errors("endDate")}
        />
      </div>
      <Button type="submit" disabled={pending}>
        {t("planningVacations.add")}
      </Button>
      <ActionMessage state={state} />
    </form>
  );
}

export function DeleteVacationButton({ vacationId, label }: { vacationId: string; label: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(deleteVacationAction, { ok: false });
  return (
    <form action={formAction} className="space-y-1">
      <input type="hidden" name="vacationId" value={vacationId} />
      <Button
        type="submit"
        variant="danger"
        disabled={pending}
        aria-label={`${t("planningVacations.delete")}: ${label}`}
      >
        {t("planningVacations.delete")}
      </Button>
      <ActionMessage state={state} />
    </form>
  );
}
