// Typed errors thrown by the data access layer. Actions map the expected ones to form messages (translated via the
// `errors.<code>` keys); anything else is a bug and goes to error.tsx.
export type AppErrorCode =
  | "NOT_FOUND"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "INVALID_INPUT"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "TOKEN_INVALID"
  | "INSUFFICIENT_BALANCE"
  | "DEADLINE_PASSED";

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** A message key under `errors.` for the UI; defaults to the code. */
  readonly messageKey: string;

  constructor(code: AppErrorCode, messageKey?: string, options?: { cause?: unknown }) {
    super(messageKey ?? code, options);
    this.name = "AppError";
    this.code = code;
    this.messageKey = messageKey ?? code;
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;

/** "Not yours" and "does not exist" are the same answer: never reveal that a record exists. */
export const notFound = () => new AppError("NOT_FOUND");
