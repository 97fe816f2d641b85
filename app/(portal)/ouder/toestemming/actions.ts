"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/authz";
import { fieldErrorsFrom, formValues, stateFromError, type ActionState } from "@/lib/action-state";
import { ConsentSchema } from "@/lib/consent/schema";
import { setPhotoConsent } from "@/lib/consent/mutations";

type ConsentField = "childId" | "mayPhotograph" | "shareWithGroup";

/** A parent saves the two photo consents of one child. Withdrawal is effective for the next request of anyone. */
export async function saveConsentAction(
  _state: ActionState<ConsentField>,
  formData: FormData,
): Promise<ActionState<ConsentField>> {
  const values = formValues(formData) as Partial<Record<ConsentField, string>>;
  try {
    const actor = await requireActor("PARENT");
    const parsed = ConsentSchema.safeParse(values);
    if (!parsed.success)
      return {
        ok: false,
        message: "errors.INVALID_INPUT",
        fieldErrors: fieldErrorsFrom<ConsentField>(parsed.error),
        values,
      };
    const saved = await setPhotoConsent(actor, {
      childId: parsed.data.childId,
      mayPhotograph: parsed.data.mayPhotograph === "yes",
      shareWithGroup: parsed.data.shareWithGroup === "yes",
    });
    revalidatePath("/ouder", "layout");
    return {
      ok: true,
      message: "consent.saved",
      values: {
        childId: parsed.data.childId,
        mayPhotograph: saved.mayPhotograph ? "yes" : "no",
        shareWithGroup: saved.shareWithGroup ? "yes" : "no",
      },
    };
  } catch (error) {
    return stateFromError(error, values);
  }
}
