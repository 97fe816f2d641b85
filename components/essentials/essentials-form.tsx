"use client";

// The essentials form (issue 18), for the parent's page and the beheerder's: the action comes as a prop (components/
// never import app/). Controlled fields start from the stored values and keep what was typed on an error; submitted
// without React's automatic form reset, which would show stale values after a save.
import { useActionState, useId, useState } from "react";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/action-state";

export type EssentialsValues = {
  allergies: string;
  diet: string;
  medication: string;
  medicationPermission: "yes" | "no";
  medicalNotes: string;
  gpName: string;
  gpPhone: string;
};
type Field = keyof EssentialsValues;

const inputClass =
  "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-base text-slate-900 shadow-sm aria-[invalid=true]:border-red-600";

export function EssentialsForm({
  childId,
  initial,
  action,
}: {
  childId: string;
  initial: EssentialsValues;
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
}) {
  const t = useTranslations();
  const id = useId();
  const [state, formAction, pending] = useActionState(action, { ok: false } as ActionState);
  const [values, setValues] = useState(initial);
  const set = (field: Field) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: e.target.value }));
  const errors = (field: Field) => state.fieldErrors?.[field]?.map((key) => t(key));
  const described = (field: Field, hint?: boolean) =>
    [errors(field)?.length ? `${id}-${field}-error` : "", hint ? `${id}-${field}-hint` : ""]
      .filter(Boolean)
      .join(" ") || undefined;
  const text = (field: Field, { area = true, hint = false } = {}) => (
    <div className="space-y-1">
      <label htmlFor={`${id}-${field}`} className="block text-sm font-medium text-slate-700">
        {t(`essentials.${field}`)}
      </label>
      {area ? (
        <textarea
          id={`${id}-${field}`}
          name={field}
          rows={2}
          value={values[field]}
          onChange={set(field)}
          aria-invalid={errors(field)?.length ? true : undefined}
          aria-describedby={described(field, hint)}
          className={inputClass}
        />
      ) : (
        <input
          id={`${id}-${field}`}
          name={field}
          type={field === "gpPhone" ? "tel" : "text"}
          value={values[field]}
          onChange={set(field)}
          aria-invalid={errors(field)?.length ? true : undefined}
          aria-describedby={described(field, hint)}
          className={inputClass}
        />
      )}
      {hint && (
        <p id={`${id}-${field}-hint`} className="text-sm text-slate-500">
          {t(`essentials.${field}Hint`)}
        </p>
      )}
      {errors(field)?.map((message) => (
        <p key={message} id={`${id}-${field}-error`} role="alert" className="text-sm font-medium text-red-700">
          {message}
        </p>
      ))}
    </div>
  );
  return (
    <ActionForm action={formAction} className="space-y-4">
      <input type="hidden" name="childId" value={childId} />
      {text("allergies", { hint: true })}
      {text("diet", { hint: true })}
      {text("medication", { hint: true })}
      <fieldset className="space-y-1" aria-describedby={`${id}-medicationPermission-hint`}>
        <legend className="text-sm font-medium text-slate-700">{t("essentials.medicationPermission")}</legend>
        <div className="flex gap-4">
          {(["yes", "no"] as const).map((choice) => (
            <label key={choice} className="flex min-h-11 cursor-pointer items-center gap-2">
              <input
                type="radio"
                name="medicationPermission"
                value={choice}
                checked={values.medicationPermission === choice}
                onChange={set("medicationPermission")}
                className="size-5"
              />
              {t(`essentials.${choice}`)}
            </label>
          ))}
        </div>
        <p id={`${id}-medicationPermission-hint`} className="text-sm text-slate-500">
          {t("essentials.medicationPermissionHint")}
        </p>
      </fieldset>
      {text("medicalNotes")}
      <div className="grid gap-4 sm:grid-cols-2">
        {text("gpName", { area: false })}
        {text("gpPhone", { area: false })}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {t("essentials.save")}
        </Button>
        {state.message && (
          <p
            role={state.ok ? "status" : "alert"}
            className={`text-sm font-medium ${state.ok ? "text-green-800" : "text-red-700"}`}
          >
            {t(state.message, state.messageValues)}
          </p>
        )}
      </div>
    </ActionForm>
  );
}
