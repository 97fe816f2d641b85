"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { ActionState } from "@/lib/action-state";
import { valuesInWords } from "@/lib/date-words";
import { Button } from "./ui/button";
import { ConfirmSubmit } from "./ui/confirm-submit";
import { Notice } from "./ui/notice";

type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** The form-level message of an ActionState (success or error), translated. Field errors sit next to their fields. */
export function ActionMessage({ state }: { state: ActionState }) {
  const t = useTranslations();
  const locale = useLocale();
  if (!state.message) return null;
  return (
    <Notice tone={state.ok ? "success" : "error"}>
      {t(state.message, valuesInWords(state.messageValues, locale))}
    </Notice>
  );
}

/** Translates the i18n keys of one field's errors (undefined when there are none, so aria-invalid stays off). */
export function useFieldErrors<F extends string>(state: ActionState<F>) {
  const t = useTranslations();
  return (field: F): string[] | undefined => state.fieldErrors?.[field]?.map((key) => t(key));
}

/**
 * A one-button form for row actions (delete, handle); its server action re-authorizes like any other. With `confirm`
 * the button first asks (ConfirmSubmit): for what cannot be undone.
 */
export function RowActionForm({
  action,
  fields,
  label,
  ariaLabel,
  variant = "danger",
  confirm,
}: {
  action: FormAction;
  fields: Record<string, string>;
  label: string;
  ariaLabel: string;
  variant?: "danger" | "secondary";
  confirm?: { about: string; question: string; confirmLabel: string; cancelLabel: string };
}) {
  const t = useTranslations();
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  return (
    <form action={formAction} className="flex flex-col items-end gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {confirm ? (
        <ConfirmSubmit label={label} disabled={pending} {...confirm} />
      ) : (
        <Button type="submit" variant={variant} disabled={pending} aria-label={ariaLabel}>
          {label}
        </Button>
      )}
      {state.message && !state.ok && (
        <p role="alert" className="text-sm text-red-700">
          {t(state.message, valuesInWords(state.messageValues, locale))}
        </p>
      )}
    </form>
  );
}
