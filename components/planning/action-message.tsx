"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ActionState } from "@/lib/action-state";
import { valuesInWords } from "@/lib/date-words";

/** The translated outcome of a form action: a polite status on success, an alert on failure. */
export function ActionMessage({ state }: { state: ActionState }) {
  const t = useTranslations();
  const locale = useLocale();
  if (!state.message) return null;
  return (
    <p
      role={state.ok ? "status" : "alert"}
      className={`rounded-lg px-3 py-2 text-sm ring-1 ring-inset ${state.ok ? "bg-green-50 text-green-800 ring-green-700/20" : "bg-red-50 text-red-800 ring-red-700/20"}`}
    >
      {t(state.message, valuesInWords(state.messageValues, locale))}
    </p>
  );
}

/** Translated field errors (keys) for a field. */
export function useFieldErrors(state: ActionState) {
  const t = useTranslations();
  return (field: string) => state.fieldErrors?.[field]?.map((key) => t(key));
}
