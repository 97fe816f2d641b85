// The one contract between server actions and forms. Messages are i18n keys (resolved in the form), never raw
// error text; `values` echoes what the user typed (never passwords or tokens) so nothing is lost on an error.
import { z } from "zod";
import { isAppError } from "./errors";
import { logger } from "./logger";

export type ActionState<F extends string = string> = {
  ok: boolean;
  /** i18n key, e.g. "errors.NOT_FOUND" or "beheer.inviteSent". */
  message?: string;
  /** Values for the message key. */
  messageValues?: Record<string, string>;
  /** Field -> i18n keys. */
  fieldErrors?: Partial<Record<F, string[]>>;
  /** What the user typed, to refill the form. */
  values?: Partial<Record<F, string>>;
};

export const initialActionState: ActionState = { ok: false };

/** A server action as forms take it (as a prop: components/ never import app/). */
export type FormAction<F extends string = string> = (
  state: ActionState<F>,
  formData: FormData,
) => Promise<ActionState<F>>;

/**
 * FormData -> plain object of strings (files and repeated keys are handled by the callers that need them).
 * NUL characters are dropped: no one types them, and Postgres text columns reject them (a crafted POST with %00 in
 * a free-text field was a 500; found by tests/integration/fuzz-*.test.ts).
 */
export function formValues(formData: FormData, omit: string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !omit.includes(key) && !key.startsWith("$ACTION"))
      values[key] = value.replaceAll("\u0000", "");
  }
  return values;
}

/** zod issues -> field errors, using each issue's message as an i18n key (schemas set keys as messages). */
export function fieldErrorsFrom<F extends string>(error: z.ZodError): Partial<Record<F, string[]>> {
  return z.flattenError(error).fieldErrors as Partial<Record<F, string[]>>;
}

/**
 * Which field a DAL error belongs to, by its message key: "contract.effectiveTooSoon" -> "effectiveDate" shows that
 * key next to the field; [field, key] shows another key there (a code such as "NOT_FOUND" -> ["childId", "..."]).
 */
export type ErrorFields<F extends string> = Partial<Record<string, F | readonly [F, string]>>;

/** Values for the message key, when the error carries them (PlanningError: "overlaps {name}"). */
const messageValuesOf = (error: object): Record<string, string> | undefined =>
  "values" in error && error.values && typeof error.values === "object"
    ? (error.values as Record<string, string>)
    : undefined;

/**
 * The one mapping from an error thrown by the DAL to a form state. An AppError keeps its own message key (e.g.
 * "planningErrors.tooLate", "admin.familyConflict") and its values; one without (key = code) reads `errors.<code>`.
 * With `fields`, a key that belongs to one field is shown next to that field instead. What was typed always comes
 * back in `values`. Unexpected errors are logged and get a generic message.
 */
export function stateFromError<F extends string>(
  error: unknown,
  values?: Partial<Record<F, string>>,
  fields?: ErrorFields<F>,
): ActionState<F> {
  if (isAppError(error)) {
    const key = error.messageKey !== error.code ? error.messageKey : `errors.${error.code}`;
    const field = fields?.[error.messageKey];
    if (field) {
      const [name, fieldKey] = typeof field === "string" ? [field, key] : field;
      return { ok: false, fieldErrors: { [name]: [fieldKey] } as ActionState<F>["fieldErrors"], values };
    }
    return { ok: false, message: key, messageValues: messageValuesOf(error), values };
  }
  logger.error({ err: error }, "unexpected action error");
  return { ok: false, message: "errors.unexpected", values };
}
