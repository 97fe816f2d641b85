// The essentials form (issue 18), shared by the parent's and the beheerder's page. Messages are i18n keys.
import { z } from "zod";

export const ESSENTIALS_TEXT_MAX = 1000;
const text = z.string().trim().max(ESSENTIALS_TEXT_MAX, { message: "essentials.errors.tooLong" }).default("");

export const EssentialsSchema = z.object({
  childId: z.uuid({ message: "errors.NOT_FOUND" }),
  allergies: text,
  diet: text,
  medication: text,
  medicationPermission: z.enum(["yes", "no"], { message: "essentials.errors.permission" }),
  medicalNotes: text,
  gpName: z.string().trim().max(200, { message: "essentials.errors.tooLong" }).default(""),
  gpPhone: z
    .string()
    .trim()
    .max(30, { message: "essentials.errors.phone" })
    .regex(/^[0-9+()\- ]*$/, { message: "essentials.errors.phone" })
    .default(""),
});
export type EssentialsInput = z.infer<typeof EssentialsSchema>;
export const ESSENTIAL_FIELDS = [
  "allergies",
  "diet",
  "medication",
  "medicationPermission",
  "medicalNotes",
  "gpName",
  "gpPhone",
] as const;
export type EssentialField = (typeof ESSENTIAL_FIELDS)[number];
