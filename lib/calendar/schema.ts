// zod schemas for the calendar beheer forms (/beheer/vakanties). Messages are i18n keys (calendar.v.*).
import { z } from "zod";
import { isUuid } from "../ids";
import { isoDateField, VACATION_NAME_MAX } from "../planning/schema";
import { SCHOOL_REGIONS } from "./school-vacations";

export const CLOSED_DAY_NAME_MAX = 80;
/** Generated school years: the years a beheerder can plan (the select offers a window around today). */
export const SCHOOL_YEAR_MIN = 2020;
export const SCHOOL_YEAR_MAX = 2100;

const idField = z.string().refine(isUuid, "calendar.v.choose");
const nameField = (max: number) =>
  z.string().trim().min(1, "calendar.v.nameRequired").max(max, "calendar.v.nameTooLong");
/** "" = every region (landelijk). */
const regionOrNational = z
  .union([z.enum(SCHOOL_REGIONS), z.literal("")], { error: "calendar.v.region" })
  .optional()
  .transform((v) => (v ? v : null));

const period = {
  name: nameField(VACATION_NAME_MAX),
  region: regionOrNational,
  startDate: isoDateField,
  endDate: isoDateField,
};
const endAfterStart = { path: ["endDate"], message: "calendar.v.endBeforeStart" };

export const SchoolVacationSchema = z.object(period).refine((v) => v.endDate >= v.startDate, endAfterStart);
export type SchoolVacationInput = z.infer<typeof SchoolVacationSchema>;

export const UpdateSchoolVacationSchema = z
  .object({ vacationId: idField, ...period })
  .refine((v) => v.endDate >= v.startDate, endAfterStart);
export type UpdateSchoolVacationInput = z.infer<typeof UpdateSchoolVacationSchema>;

export const GenerateVacationsSchema = z.object({
  schoolYear: z.coerce
    .number({ error: "calendar.v.schoolYear" })
    .int("calendar.v.schoolYear")
    .min(SCHOOL_YEAR_MIN, "calendar.v.schoolYear")
    .max(SCHOOL_YEAR_MAX, "calendar.v.schoolYear"),
});
export type GenerateVacationsInput = z.infer<typeof GenerateVacationsSchema>;

export const ClosedDaySchema = z.object({
  date: isoDateField,
  name: nameField(CLOSED_DAY_NAME_MAX),
  /** "" = the whole organisation. */
  locationId: z.union([idField, z.literal("")]).transform((v) => (v === "" ? null : v)),
});
export type ClosedDayInput = z.infer<typeof ClosedDaySchema>;

export const LocationRegionSchema = z.object({
  locationId: idField,
  region: z.enum(SCHOOL_REGIONS, { error: "calendar.v.region" }),
});
export type LocationRegionInput = z.infer<typeof LocationRegionSchema>;

export const HolidaySettingsSchema = z.object({
  bevrijdingsdag: z.enum(["EVERY_YEAR", "LUSTRUM"], { error: "calendar.v.bevrijdingsdag" }),
  /** A checkbox: present ("on") when ticked, absent otherwise. */
  closedOnGoodFriday: z
    .string()
    .optional()
    .transform((v) => v === "on"),
});
export type HolidaySettingsInput = z.infer<typeof HolidaySettingsSchema>;

export const IdSchema = z.object({ id: idField });
