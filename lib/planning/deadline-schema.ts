// zod schema of the beheer form for absence deadlines (kept apart from ./schema.ts, which parent forms import: its
// messages are admin.v.* keys, only loaded on beheer pages).
import { z } from "zod";

// Absence deadlines per care type and dagdeel (beheer, /beheer/organisatie). Per slot "KDV_OCHTEND_time" ("HH:mm",
// empty = the general deadline on the day itself) and "KDV_OCHTEND_days" (days before the care day, 0-14).
export const DEADLINE_DAYS_MAX = 14;
const deadlineTime = z.union([
  z.literal("").transform(() => null),
  z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "admin.v.time")
    .transform((value) => Number(value.slice(0, 2)) * 60 + Number(value.slice(3))),
]);
const deadlineDays = z
  .string()
  .trim()
  .default("0")
  .transform((value) => value || "0")
  .pipe(z.string().regex(/^\d+$/, "admin.v.number"))
  .transform(Number)
  .pipe(z.number().int().min(0, "admin.v.range").max(DEADLINE_DAYS_MAX, "admin.v.range"));
export const AbsenceDeadlinesSchema = z.object({
  KDV_OCHTEND_time: deadlineTime,
  KDV_OCHTEND_days: deadlineDays,
  KDV_MIDDAG_time: deadlineTime,
  KDV_MIDDAG_days: deadlineDays,
  BSO_NASCHOOLS_time: deadlineTime,
  BSO_NASCHOOLS_days: deadlineDays,
  BSO_OCHTEND_time: deadlineTime,
  BSO_OCHTEND_days: deadlineDays,
  BSO_MIDDAG_time: deadlineTime,
  BSO_MIDDAG_days: deadlineDays,
});
export type AbsenceDeadlinesInput = z.output<typeof AbsenceDeadlinesSchema>;
