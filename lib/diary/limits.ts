// Schriftje limits, without zod: the entry form imports these (lib/diary/schema.ts re-exports them).

export const DIARY_ITEM_KEYS = ["eten", "drinken", "slapen", "verschonen", "activiteiten"] as const;
export type DiaryItemKey = (typeof DIARY_ITEM_KEYS)[number];
export type DiaryItems = Partial<Record<DiaryItemKey, string>>;

export const DIARY_BODY_MAX = 4000;
export const DIARY_ITEM_MAX = 200;
/** At most this many photos from the child's feed can go with one entry. */
export const DIARY_PHOTOS_MAX = 6;
/** Entries can be written for today and the past week (a forgotten entry), never for the future. */
export const DIARY_DAYS_BACK = 7;
