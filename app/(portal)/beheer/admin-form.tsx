"use client";
// One declarative form for the beheer pages: fields from a config, server action via useActionState, translated
// field errors next to each field, and everything typed kept on an error (the action echoes `values`).
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/action-state";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, fieldAria, inputClass } from "@/components/ui/field";

export type FieldOption = { value: string; label: string };
export type AdminField =
  | {
      kind: "text" | "email" | "date" | "time" | "number";
      name: string;
      label: string;
      hint?: string;
      required?: boolean;
      defaultValue?: string;
      maxLength?: number;
    }
  | {
      kind: "select";
      name: string;
      label: string;
      hint?: string;
      required?: boolean;
      defaultValue?: string;
      options: FieldOption[];
    }
  | { kind: "checkboxes"; name: string; label: string; hint?: string; defaultValues?: string[]; options: FieldOption[] }
  | { kind: "checkbox"; name: string; label: string; hint?: string; defaultChecked?: boolean }
  | { kind: "hidden"; name: string; value: string };

type Props = {
  /** Unique per form on a page; prefixes the element ids. */
  id: string;
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  fields: AdminField[];
  submitLabel: string;
  /** Clear the inputs after a successful save (create forms). */
  resetOnSuccess?: boolean;
  columns?: 1 | 2 | 3;
};

const storedValueOf = (field: AdminField) => {
  switch (field.kind) {
    case "hidden":
      return field.value;
    case "checkboxes":
      return field.defaultValues ?? [];
    case "checkbox":
      return field.defaultChecked ?? false;
    default:
      return field.defaultValue ?? "";
  }
};

export function AdminForm({ id, action, fields, submitLabel, resetOnSuccess = false, columns = 2 }: Props) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false } as ActionState);
  const errorsOf = (name: string) => state.fieldErrors?.[name]?.map((key) => t(key));
  const typedValue = (name: string, fallback?: string) =>
    !state.ok && state.values?.[name] !== undefined ? state.values[name] : fallback;
  const grid = columns === 1 ? "" : columns === 2 ? "sm:grid-cols-2" : "sm:grid-cols-3";
  // Re-mount the inputs when the stored values change (the page re-renders after a save) so each field shows what is
  // stored, and when the server echoes typed values after an error so defaultValue refills them. Nothing else remounts
  // them: ActionForm never resets, so right after a save the fields keep what was saved.
  const storedKey = JSON.stringify(fields.map(storedValueOf));
  const formKey = state.ok || !state.values ? storedKey : `${storedKey}:${JSON.stringify(state.values)}`;

  return (
    <ActionForm action={formAction} state={state} resetOnSuccess={resetOnSuccess} className="space-y-3" noValidate>
      <div key={formKey} className={`grid gap-3 ${grid}`}>
        {fields.map((field) => {
          const fieldId = `${id}-${field.name}`;
          switch (field.kind) {
            case "hidden":
              return <input key={field.name} type="hidden" name={field.name} value={field.value} />;
            case "select": {
              const errors = errorsOf(field.name);
              return (
                <Field
                  key={field.name}
                  id={fieldId}
                  name={field.name}
                  label={field.label}
                  hint={field.hint}
                  errors={errors}
                >
                  <select
                    id={fieldId}
                    name={field.name}
                    className={inputClass}
                    defaultValue={typedValue(field.name, field.defaultValue) ?? ""}
                    {...fieldAria(fieldId, errors, field.hint)}
                  >
                    <option value="">{t("admin.choose")}</option>
                    {field.options.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                </Field>
              );
            }
            case "checkboxes":
              return (
                <fieldset key={field.name} className="space-y-1 sm:col-span-full">
                  <legend className="text-sm font-medium text-slate-700">{field.label}</legend>
                  <div className="flex flex-wrap gap-x-4 gap-y-1">
                    {field.options.map((option) => (
                      <label key={option.value} className="inline-flex min-h-11 items-center gap-2">
                        <input
                          type="checkbox"
                          name={field.name}
                          value={option.value}
                          defaultChecked={field.defaultValues?.includes(option.value)}
                          className="size-5"
                        />
                        {option.label}
                      </label>
                    ))}
                  </div>
                  {errorsOf(field.name)?.map((error) => (
                    <p key={error} className="text-sm font-medium text-red-700" role="alert">
                      {error}
                    </p>
                  ))}
                </fieldset>
              );
            case "checkbox":
              return (
                <label key={field.name} className="inline-flex min-h-11 items-center gap-2 self-end">
                  <input
                    id={fieldId}
                    type="checkbox"
                    name={field.name}
                    value="on"
                    defaultChecked={field.defaultChecked}
                    className="size-5"
                  />
                  {field.label}
                </label>
              );
            default: {
              const errors = errorsOf(field.name);
              return (
                <Field
                  key={field.name}
                  id={fieldId}
                  name={field.name}
                  label={field.label}
                  hint={field.hint}
                  errors={errors}
                >
                  <input
                    id={fieldId}
                    name={field.name}
                    type={field.kind}
                    className={inputClass}
                    maxLength={field.maxLength}
                    defaultValue={typedValue(field.name, field.defaultValue)}
                    {...fieldAria(fieldId, errors, field.hint)}
                    aria-required={field.required || undefined}
                  />
                </Field>
              );
            }
          }
        })}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("common.loading") : submitLabel}
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
