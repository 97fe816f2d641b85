// Planning limits and choices, without zod: client forms import these (lib/planning/schema.ts re-exports them).

export const COMMENT_MAX = 500;
export const REASON_MAX = 500;
export const VACATION_NAME_MAX = 80;

/** Why a child is absent; the forms offer them in this order and start on the first. */
export const ABSENCE_REASONS = ["ZIEK", "VAKANTIE", "OVERIG"] as const;
export type AbsenceReason = (typeof ABSENCE_REASONS)[number];
export const DEFAULT_ABSENCE_REASON: AbsenceReason = ABSENCE_REASONS[0];
