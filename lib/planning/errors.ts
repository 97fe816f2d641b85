// Planning errors carry a specific message key (planningErrors.*) and values for it, so a parent reads "Je tegoed is
// niet genoeg: nodig 5 u 30 min, beschikbaar 2 u" instead of a generic message. Mapped to ActionState below.
import { AppError, type AppErrorCode } from "../errors";
import { stateFromError } from "../action-state";

export class PlanningError extends AppError {
  readonly values: Record<string, string>;
  constructor(code: AppErrorCode, messageKey: string, values: Record<string, string> = {}) {
    super(code, messageKey);
    this.values = values;
  }
}

export const planningError = (code: AppErrorCode, key: string, values: Record<string, string> = {}) =>
  new PlanningError(code, `planningErrors.${key}`, values);

/** Kept for the planning actions: the one mapping (lib/action-state.ts) keeps a PlanningError's key and values. */
export const planningStateFromError = stateFromError;
