// Contract change request limits and choices, without zod: client forms import these (lib/contracts/schema.ts re-exports them).

/**
 * De Roef's notice period: a change takes effect at the earliest one month after the request. A constant for now;
 * it moves to an Organisation setting once a second organisation needs a different one.
 */
export const CONTRACT_NOTICE_MONTHS = 1;
export const CHANGE_COMMENT_MAX = 1000;
export const HANDLER_NOTE_MAX = 1000;

export const CHANGE_KINDS = ["ADD_DAY", "STOP_DAY", "END_CONTRACT"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export const WEEKDAYS = [1, 2, 3, 4, 5] as const;
export const DAGDELEN = ["OCHTEND", "MIDDAG", "NASCHOOLS"] as const;
