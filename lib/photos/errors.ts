// Photo errors that name something for the user ("Jesse Vos mag niet gefotografeerd worden"): a message key under
// photos.errors and its values. The upload route returns both; the photo page's actions put them in the ActionState.
import { AppError, isAppError, type AppErrorCode } from "../errors";
import { stateFromError, type ActionState } from "../action-state";

export class PhotoError extends AppError {
  readonly values: Record<string, string>;
  constructor(code: AppErrorCode, key: string, values: Record<string, string> = {}) {
    super(code, `photos.errors.${key}`);
    this.values = values;
  }
}

/** Like stateFromError, but keeps the photo message key and its values. */
export function photoStateFromError<F extends string>(error: unknown, values?: Partial<Record<F, string>>) {
  if (error instanceof PhotoError)
    return { ok: false, message: error.messageKey, messageValues: error.values, values } satisfies ActionState<F>;
  if (isAppError(error)) return { ok: false, message: `errors.${error.code}`, values } satisfies ActionState<F>;
  return stateFromError(error, values);
}
