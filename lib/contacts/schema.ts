// Emergency contacts, pick-up persons and the parent's own phone number. Messages are i18n keys ("contacts", "profile").
import { z } from "zod";
import { CONTACT_NAME_MAX, CONTACT_RELATION_MAX } from "./limits";
export * from "./limits";

/** Dutch and international numbers: digits with optional +, spaces, dashes and brackets; 6 to 15 digits. */
export function isPhoneNumber(value: string): boolean {
  if (!/^\+?[0-9 ()-]{6,24}$/.test(value)) return false;
  const digits = value.replace(/\D/g, "").length;
  return digits >= 6 && digits <= 15;
}

const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

export const ContactSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, { message: "contacts.nameRequired", abort: true })
      .max(CONTACT_NAME_MAX, "contacts.nameTooLong"),
    phone: z
      .string()
      .trim()
      .min(1, { message: "contacts.phoneRequired", abort: true })
      .refine(isPhoneNumber, "contacts.phoneInvalid"),
    relation: z.string().trim().max(CONTACT_RELATION_MAX, "contacts.relationTooLong").default(""),
    /** "" = for all children of the family. */
    childId: z.string().trim().max(36, "contacts.childUnknown").default(""),
    isEmergency: checkbox,
    mayPickUp: checkbox,
  })
  .refine((contact) => contact.isEmergency || contact.mayPickUp, { path: ["roles"], message: "contacts.roleRequired" });
export type ContactInput = z.infer<typeof ContactSchema>;
export type ContactField = "name" | "phone" | "relation" | "childId" | "roles" | "isEmergency" | "mayPickUp";

export const OwnPhoneSchema = z.object({
  phone: z
    .string()
    .trim()
    .refine((value) => value === "" || isPhoneNumber(value), "profile.phoneInvalid"),
});
export type OwnPhoneInput = z.infer<typeof OwnPhoneSchema>;
