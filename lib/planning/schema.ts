// zod schemas for the planning forms, shared by forms and actions. Messages are i18n keys (planningErrors.*).
import { z } from "zod";
import { isCalendarDate } from "../time";
import { ABSENCE_REASONS, COMMENT_MAX, REASON_MAX } from "./limits";
export * from "./limits";

const isValidDate = isCalendarDate;

export const isoDateField = z.string().trim().refine(isValidDate, "planningErrors.invalidDate");
const uuidField = z
  .string()
  .trim()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "planningErrors.invalidId");
export const dagdeelField = z.enum(["OCHTEND", "MIDDAG", "NASCHOOLS"], { error: "planningErrors.invalidDagdeel" });
export const reasonField = z.enum(ABSENCE_REASONS, { error: "planningErrors.invalidReason" });

export const ReportAbsenceSchema = z
  .object({
    childId: uuidField,
    from: isoDateField,
    to: z.union([isoDateField, z.literal("")]).optional(),
    dagdeel: z.union([z.literal("ALL"), dagdeelField]).default("ALL"),
    reason: reasonField,
    comment: z.string().trim().max(COMMENT_MAX, "planningErrors.commentTooLong").default(""),
  })
  .refine((v) => !v.to || v.to >= v.from, { path: ["to"], message: "planningErrors.toBeforeFrom" });
export type ReportAbsenceInput = z.infer<typeof ReportAbsenceSchema>;

export const UpdateAbsenceSchema = z.object({
  absenceId: uuidField,
  reason: reasonField,
  comment: z.string().trim().max(COMMENT_MAX, "planningErrors.commentTooLong").default(""),
});
export type UpdateAbsenceInput = z.infer<typeof UpdateAbsenceSchema>;

/** One requested dagdeel: "yyyy-MM-dd|DAGDEEL" (checkbox values), parsed into its parts. */
export const slotField = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}\|(OCHTEND|MIDDAG|NASCHOOLS)$/, "planningErrors.invalidSlot")
  .refine((v) => isValidDate(v.slice(0, 10)), "planningErrors.invalidDate")
  .transform((v) => ({ date: v.slice(0, 10), dagdeel: v.slice(11) as z.infer<typeof dagdeelField> }));

export const CreateRequestSchema = z.object({
  type: z.enum(["EXTRA", "TEGOED", "VACATION"], { error: "planningErrors.invalidType" }),
  childIds: z.array(uuidField).min(1, "planningErrors.chooseChild").max(10),
  slots: z.array(slotField).min(1, "planningErrors.chooseSlot").max(80, "planningErrors.tooManySlots"),
  comment: z.string().trim().max(COMMENT_MAX, "planningErrors.commentTooLong").default(""),
});
export type CreateRequestInput = z.output<typeof CreateRequestSchema>;

export const DecideRequestSchema = z
  .object({
    requestId: uuidField,
    decision: z.enum(["APPROVE", "DECLINE"], { error: "planningErrors.invalidDecision" }),
    reason: z.string().trim().max(REASON_MAX, "planningErrors.reasonTooLong").default(""),
  })
  .refine((v) => v.decision === "APPROVE" || v.reason.length > 0, {
    path: ["reason"],
    message: "planningErrors.reasonRequired",
  });
export type DecideRequestInput = z.infer<typeof DecideRequestSchema>;

/** A beheerder's correction of a child's tegoed or Roefjes: an amount in hours and minutes, and the reason. */
export const CorrectLedgerSchema = z
  .object({
    childId: uuidField,
    kind: z.enum(["TEGOED", "ROEFJES"], { error: "planningErrors.invalidKind" }),
    direction: z.enum(["ADD", "REMOVE"], { error: "planningErrors.invalidDirection" }),
    hours: z
      .string()
      .trim()
      .default("0")
      .transform((v) => v || "0")
      .pipe(z.string().regex(/^\d{1,4}$/, "planningErrors.invalidAmount"))
      .transform(Number),
    minutes: z
      .string()
      .trim()
      .default("0")
      .transform((v) => v || "0")
      .pipe(z.string().regex(/^\d{1,2}$/, "planningErrors.invalidAmount"))
      .transform(Number)
      .pipe(z.number().max(59, "planningErrors.invalidAmount")),
    reason: z
      .string()
      .trim()
      .min(1, "planningErrors.correctionReasonRequired")
      .max(REASON_MAX, "planningErrors.reasonTooLong"),
  })
  .refine((v) => v.hours * 60 + v.minutes > 0, { path: ["hours"], message: "planningErrors.invalidAmount" });
export type CorrectLedgerInput = z.output<typeof CorrectLedgerSchema>;
