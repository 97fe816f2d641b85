// Schriftje input, shared by the forms and the actions. Messages are i18n keys.
import { z } from "zod";
import { addCalendarDays, dateOnly, todayDate } from "../time";
import { submissionKeyField } from "../forms/submission-key";
import { DIARY_ITEM_KEYS, DIARY_BODY_MAX, DIARY_ITEM_MAX, DIARY_PHOTOS_MAX, DIARY_DAYS_BACK } from "./limits";
import type { DiaryItemKey, DiaryItems } from "./limits";
export * from "./limits";

const item = z.string().trim().max(DIARY_ITEM_MAX, "diary.itemTooLong").default("");

/** Whether a "yyyy-MM-dd" string is a day an entry may be written for. */
export function isWritableDiaryDate(iso: string, today: Date = todayDate()): boolean {
  let date: Date;
  try {
    date = dateOnly(iso);
  } catch {
    return false;
  }
  return date <= today && date >= addCalendarDays(today, -DIARY_DAYS_BACK);
}

export const DiaryEntrySchema = z
  .object({
    childId: z.string(),
    date: z.string().refine((value) => isWritableDiaryDate(value), "diary.dateInvalid"),
    body: z.string().trim().max(DIARY_BODY_MAX, "diary.bodyTooLong").default(""),
    eten: item,
    drinken: item,
    slapen: item,
    verschonen: item,
    activiteiten: item,
    /** Photos from the child's feed (staff only); each id is checked against the photo scope in the DAL. */
    photoIds: z.array(z.string()).max(DIARY_PHOTOS_MAX, "diary.tooManyPhotos").default([]),
    submissionKey: submissionKeyField,
  })
  .refine((value) => value.body.length > 0 || DIARY_ITEM_KEYS.some((key) => value[key].length > 0), {
    path: ["body"],
    message: "diary.empty",
  });

export type DiaryEntryInput = z.output<typeof DiaryEntrySchema>;
export type DiaryEntryField = "childId" | "date" | "body" | "photoIds" | DiaryItemKey;

/** Only the filled-in items, so an entry without structure stores null. */
export function itemsFrom(input: DiaryEntryInput): DiaryItems | null {
  const items: DiaryItems = {};
  for (const key of DIARY_ITEM_KEYS) if (input[key]) items[key] = input[key];
  return Object.keys(items).length > 0 ? items : null;
}

/** Items from the database JSON, defensively: unknown keys and non-strings are dropped. */
export function parseItems(value: unknown): DiaryItems {
  if (typeof value !== "object" || value === null) return {};
  const items: DiaryItems = {};
  for (const key of DIARY_ITEM_KEYS) {
    const raw = (value as Record<string, unknown>)[key];
    if (typeof raw === "string" && raw) items[key] = raw;
  }
  return items;
}

/** The group day sheet (issue 18): one item for several children at once. */
export const DIARY_SHEET_MAX_CHILDREN = 40;
export const GroupDiarySchema = z.object({
  childIds: z
    .array(z.string())
    .min(1, "diary.sheet.pickChildren")
    .max(DIARY_SHEET_MAX_CHILDREN, "diary.sheet.pickChildren"),
  date: z.string().refine((value) => isWritableDiaryDate(value), "diary.dateInvalid"),
  item: z.enum(DIARY_ITEM_KEYS, { message: "diary.sheet.pickItem" }),
  value: z.string().trim().min(1, "diary.sheet.valueEmpty").max(DIARY_ITEM_MAX, "diary.itemTooLong"),
  submissionKey: submissionKeyField,
});
export type GroupDiaryInput = z.output<typeof GroupDiarySchema>;
export type GroupDiaryField = "childIds" | "date" | "item" | "value";
