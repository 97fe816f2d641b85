// Presence forms (issue 18): check-in and check-out on the group tablet. Messages are i18n keys.
import { z } from "zod";

export const CheckInSchema = z.object({
  groupId: z.uuid({ message: "errors.NOT_FOUND" }),
  childId: z.uuid({ message: "errors.NOT_FOUND" }),
  /** "HH:mm" when registered afterwards; empty = now. */
  time: z.string().trim().max(5, { message: "presence.errors.time" }).default(""),
});
export type CheckInInput = z.infer<typeof CheckInSchema>;

export const CheckOutSchema = CheckInSchema.extend({
  /** "contact:<uuid>" (a listed pick-up person) or "guardian:<uuid>" (a parent of the child). */
  pickedUpBy: z.string().trim().min(1, { message: "presence.errors.pickedUpBy" }).max(60, {
    message: "presence.errors.pickedUpBy",
  }),
});
export type CheckOutInput = z.infer<typeof CheckOutSchema>;

/** The export form: a location and a period ("yyyy-MM-dd"), at most a year. */
export const PresenceExportSchema = z.object({
  locationId: z.uuid({ message: "presence.errors.location" }),
  from: z.string().trim().max(10, { message: "presence.errors.period" }),
  to: z.string().trim().max(10, { message: "presence.errors.period" }),
});
export type PresenceExportInput = z.infer<typeof PresenceExportSchema>;
