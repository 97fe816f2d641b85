// zod schemas for the beheer forms and the CSV import. Messages are i18n keys under "admin.v.*" so the form can
// translate them; limits are named so forms can show them as hints.
import { z } from "zod";
import { parseContractDays } from "./contract-days";
import { isUuid } from "../ids";
import { isCalendarDate } from "../time";

export const NAME_MAX = 120;
export const EMAIL_MAX = 200;

const isoDate = z.string().trim().refine(isCalendarDate, "admin.v.date");
const optionalIsoDate = z.union([z.literal(""), isoDate]).transform((value) => value || null);
const name = z.string().trim().min(1, "admin.v.required").max(NAME_MAX, "admin.v.tooLong");
const email = z.string().trim().toLowerCase().max(EMAIL_MAX, "admin.v.tooLong").pipe(z.email("admin.v.email"));
const uuid = z.string().refine(isUuid, "admin.v.choose");
const optionalText = (max: number) => z.string().trim().max(max, "admin.v.tooLong").default("");
const intIn = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, "admin.v.number")
    .transform(Number)
    .pipe(z.number().int().min(min, "admin.v.range").max(max, "admin.v.range"));
/** "07:30" -> 450 minutes after midnight. */
const clock = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "admin.v.time")
  .transform((value) => Number(value.slice(0, 2)) * 60 + Number(value.slice(3)));

export const debiteurnummer = z
  .string()
  .trim()
  .regex(/^\d{4,12}$/, "admin.v.debiteurnummer");
export const careType = z.enum(["KDV", "BSO"], { message: "admin.v.choose" });
export const contractDays = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const days = parseContractDays(value);
    if (!days) {
      ctx.addIssue({ code: "custom", message: "admin.v.contractDays" });
      return z.NEVER;
    }
    return days;
  });

const endAfterStart = <T extends { startDate: string; endDate: string | null }>(value: T) =>
  !value.endDate || value.endDate >= value.startDate;

export const CreateFamilySchema = z.object({
  debiteurnummer,
  name,
  guardianName: name,
  guardianEmail: email,
  guardian2Name: z.string().trim().max(NAME_MAX, "admin.v.tooLong").default(""),
  guardian2Email: z.union([z.literal(""), email]).default(""),
});
export type CreateFamilyInput = z.infer<typeof CreateFamilySchema>;

export const AddGuardianSchema = z.object({ familyId: uuid, name, email });
export const UpdateFamilySchema = z.object({ familyId: uuid, name, address: optionalText(300) });

export const CreateChildSchema = z.object({ familyId: uuid, firstName: name, lastName: name, birthDate: isoDate });

export const PlacementSchema = z
  .object({ childId: uuid, groupId: uuid, startDate: isoDate, endDate: optionalIsoDate })
  .refine(endAfterStart, { message: "admin.v.endBeforeStart", path: ["endDate"] });
export const EndPlacementSchema = z.object({ placementId: uuid, endDate: isoDate });

export const ContractSchema = z
  .object({
    childId: uuid,
    careType,
    startDate: isoDate,
    endDate: optionalIsoDate,
    days: contractDays,
    vacationHours: intIn(0, 2000),
  })
  .refine(endAfterStart, { message: "admin.v.endBeforeStart", path: ["endDate"] })
  .refine((value) => value.careType === "BSO" || value.days.every((day) => day.dagdeel !== "NASCHOOLS"), {
    message: "admin.v.naschoolsKdv",
    path: ["days"],
  });
export const EndContractSchema = z.object({ contractId: uuid, endDate: isoDate });
export const UpdateChildSchema = z.object({ childId: uuid, firstName: name, lastName: name, birthDate: isoDate });

export const LocationSchema = z.object({
  name,
  lrkNumber: z
    .string()
    .trim()
    .regex(/^\d{9,12}$/, "admin.v.lrk"),
  address: optionalText(300),
});

export const DagdeelTimesSchema = z
  .object({
    locationId: uuid,
    ochtendStart: clock,
    ochtendEnd: clock,
    middagStart: clock,
    middagEnd: clock,
    naschoolsStart: clock,
    naschoolsEnd: clock,
  })
  .superRefine((value, ctx) => {
    for (const part of ["ochtend", "middag", "naschools"] as const) {
      if (value[`${part}End`] <= value[`${part}Start`])
        ctx.addIssue({ code: "custom", message: "admin.v.endBeforeStart", path: [`${part}End`] });
    }
  });

/** A phone number as people write it: digits, spaces, +, -, parentheses; empty when unknown. */
export const phone = z
  .string()
  .trim()
  .max(30, "admin.v.tooLong")
  .regex(/^[+\d\s()-]*$/, "admin.v.phone")
  .default("");

export const GroupSchema = z.object({
  locationId: uuid,
  name,
  careType,
  phone,
  capacityOchtend: intIn(0, 100),
  capacityMiddag: intIn(0, 100),
  capacityNaschools: intIn(0, 100),
});

export const StaffSchema = z.object({ name, email, groupIds: z.array(uuid).default([]) });
export const ManagerSchema = z.object({ name, email, locationIds: z.array(uuid).default([]) });
export const StaffGroupsSchema = z.object({ userId: uuid, groupIds: z.array(uuid).default([]) });

export const OrganisationContactSchema = z.object({ infoEmail: email });
export type OrganisationContact = z.infer<typeof OrganisationContactSchema>;

export const OrganisationRulesSchema = z.object({
  absenceDeadline: clock,
  tegoedValidityDays: intIn(1, 3650),
  requestLeadDays: intIn(0, 365),
  requestCancelHours: intIn(0, 24 * 60),
  requestCancelGraceMinutes: intIn(5, 24 * 60),
  vacationGuaranteeMonths: intIn(0, 24),
  swapEnabled: z
    .enum(["on", ""])
    .default("")
    .transform((value) => value === "on"),
  swapValidityDays: intIn(1, 3650),
  photoRetentionDays: intIn(1, 3650),
  dataRetentionDays: intIn(1, 3650),
  fiscalRetentionYears: intIn(1, 30),
  inviteLeadDays: intIn(0, 365),
});

export const ChangeEmailSchema = z.object({ userId: uuid, email });
export const MoveGuardianSchema = z.object({ userId: uuid, familyId: uuid, debiteurnummer });
export const ChildHouseholdSchema = z.object({ childId: uuid, familyId: uuid, debiteurnummer });
export const RemoveChildHouseholdSchema = z.object({ childId: uuid, familyId: uuid, householdId: uuid });
