// Planning errors carry a specific message key (planningErrors.*) and values for it, so a parent reads "Je tegoed is
// niet genoeg: nodig 5 u 30 min, beschikbaar 2 u" instead of a generic message. Mapped to ActionState below.
import { AppError, isAppError, type AppErrorCode } from "../errors";
import { stateFromError, type ActionState } from "../action-state";

export class PlanningError extends AppError {
  readonly values: Record<string, string>;
  constructor(code: AppErrorCode, messageKey: string, values: Record<string, string> = {}) {
    super(code, messageKey);
    this.values = values;
  }
}

export const planningError = (code: AppErrorCode, key: string, values: Record<string, string> = {}) =>
  new PlanningError(code, `planningErrors.${key}`, values);

/** Like stateFromError, but keeps the planning message key and its values. Typed input comes back in `values`. */
export function planningStateFromError<F extends string>(
  error: unknown,
  values?: Partial<Record<F, string>>,
): ActionState<F> {
  if (error instanceof PlanningError)
    return { ok: false, message: error.messageKey, messageValues: error.values, values };
  if (isAppError(error)) return { ok: false, message: `errors.${error.code}`, values };
  return stateFromError(error, values);
}
