// Photo consent form: two yes/no questions per child. Shared by the form and the server action.
import { z } from "zod";

const yesNo = z.enum(["yes", "no"], { message: "consent.errors.choose" });

export const ConsentSchema = z.object({
  childId: z.uuid({ message: "errors.NOT_FOUND" }),
  mayPhotograph: yesNo,
  shareWithGroup: yesNo,
});
export type ConsentInput = z.infer<typeof ConsentSchema>;

/** A beheerder copies the choice from a signed paper intake form (with the form's date). */
export const PaperConsentSchema = ConsentSchema.extend({
  formDate: z
    .string()
    .trim()
    .min(1, { message: "consent.errors.formDate" })
    .max(10, { message: "consent.errors.formDate" }),
});
export type PaperConsentInput = z.infer<typeof PaperConsentSchema>;
