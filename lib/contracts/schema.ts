// Contract change requests (extra day per week, stop a day, end the contract). Messages are i18n keys ("contract").
import { addMonths } from "date-fns";
import { z } from "zod";
import { submissionKeyField } from "../forms/submission-key";
import { dateOnly, isCalendarDate, toIsoDate } from "../time";
import {
  CONTRACT_NOTICE_MONTHS,
  CHANGE_COMMENT_MAX,
  HANDLER_NOTE_MAX,
  CHANGE_KINDS,
  WEEKDAYS,
  DAGDELEN,
} from "./limits";
export * from "./limits";

/** The earliest effective date for a request made today (Amsterdam calendar). */
export function earliestEffectiveDate(today: Date): string {
  return toIsoDate(dateOnly(toIsoDate(addMonths(today, CONTRACT_NOTICE_MONTHS))));
}

const isIsoDate = isCalendarDate;

const isoDate = (message: string) => z.string().trim().refine(isIsoDate, { message, abort: true });

/** The request schema for a given "today", so the notice period is part of the form validation. */
export function changeRequestSchema(today: Date) {
  const earliest = earliestEffectiveDate(today);
  return z
    .object({
      childId: z.string().trim().min(1, "contract.childRequired").max(36, "contract.childRequired"),
      kind: z.enum(CHANGE_KINDS, { message: "contract.kindRequired" }),
      weekday: z.string().trim().default(""),
      dagdeel: z.string().trim().default(""),
      effectiveDate: z
        .string()
        .trim()
        .min(1, { message: "contract.effectiveRequired", abort: true })
        .pipe(isoDate("contract.dateInvalid")),
      endDate: z.string().trim().default(""),
      comment: z.string().trim().max(CHANGE_COMMENT_MAX, "contract.commentTooLong").default(""),
      submissionKey: submissionKeyField,
    })
    .superRefine((value, ctx) => {
      // Object-level checks also run after a field issue that did not abort: compare only real dates.
      if (isIsoDate(value.effectiveDate) && value.effectiveDate < earliest)
        ctx.addIssue({ code: "custom", path: ["effectiveDate"], message: "contract.effectiveTooSoon" });
      if (value.kind !== "END_CONTRACT") {
        if (!WEEKDAYS.map(String).includes(value.weekday))
          ctx.addIssue({ code: "custom", path: ["weekday"], message: "contract.weekdayRequired" });
        if (!(DAGDELEN as readonly string[]).includes(value.dagdeel))
          ctx.addIssue({ code: "custom", path: ["dagdeel"], message: "contract.dagdeelRequired" });
      }
      if (value.endDate) {
        if (value.kind === "END_CONTRACT")
          ctx.addIssue({ code: "custom", path: ["endDate"], message: "contract.endDateNotForEnd" });
        else if (!isIsoDate(value.endDate))
          ctx.addIssue({ code: "custom", path: ["endDate"], message: "contract.dateInvalid" });
        else if (value.endDate <= value.effectiveDate)
          ctx.addIssue({ code: "custom", path: ["endDate"], message: "contract.endBeforeEffective" });
      }
    })
    .transform((value) => ({
      childId: value.childId,
      kind: value.kind,
      weekday: value.kind === "END_CONTRACT" ? null : Number(value.weekday),
      dagdeel: value.kind === "END_CONTRACT" ? null : (value.dagdeel as (typeof DAGDELEN)[number]),
      effectiveDate: value.effectiveDate,
      endDate: value.endDate || null,
      comment: value.comment,
      submissionKey: value.submissionKey,
    }));
}
export type ChangeRequestInput = Omit<z.output<ReturnType<typeof changeRequestSchema>>, "submissionKey"> & {
  submissionKey?: string;
};
export type ChangeRequestField = "childId" | "kind" | "weekday" | "dagdeel" | "effectiveDate" | "endDate" | "comment";

export const DecideChangeSchema = z
  .object({
    id: z.string().trim().max(36),
    decision: z.enum(["HANDLED", "DECLINED"], { message: "contract.decisionRequired" }),
    note: z.string().trim().max(HANDLER_NOTE_MAX, "contract.noteTooLong").default(""),
  })
  .refine((value) => value.decision === "HANDLED" || value.note.length > 0, {
    path: ["note"],
    message: "contract.noteRequiredForDecline",
  });
export type DecideChangeInput = z.infer<typeof DecideChangeSchema>;
