// zod schema for the Ruildag form. Messages are i18n keys (swap.errors.* / planningErrors.*).
import { z } from "zod";
import { COMMENT_MAX, isoDateField, slotField } from "../planning/schema";
import { isCalendarDateTime } from "../time";

const uuidField = z
  .string()
  .trim()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "planningErrors.invalidId");

/** Like for like: exactly one given-up dagdeel ("yyyy-MM-dd|DAGDEEL") for exactly one wanted dagdeel. */
export const CreateSwapSchema = z.object({
  childId: uuidField,
  from: slotField,
  toDate: isoDateField,
  toDagdeel: z
    .array(z.enum(["OCHTEND", "MIDDAG", "NASCHOOLS"], { error: "planningErrors.invalidDagdeel" }))
    .length(1, "swap.errors.oneForOne"),
  /** Vervalmoment, Amsterdam wall clock from <input type="datetime-local">; empty = no expiry. */
  expiresAt: z.union([z.literal(""), z.string().refine(isCalendarDateTime, "swap.errors.invalidExpiry")]).default(""),
  comment: z.string().trim().max(COMMENT_MAX, "planningErrors.commentTooLong").default(""),
});
export type CreateSwapInput = z.output<typeof CreateSwapSchema>;
export { isoDateField };
