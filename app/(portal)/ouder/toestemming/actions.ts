"use server";

import type { ActionState } from "@/lib/action-state";
import { ConsentSchema } from "@/lib/consent/schema";
import { setPhotoConsent } from "@/lib/consent/mutations";
import { runAction } from "@/lib/forms/run-action";

type ConsentField = "childId" | "mayPhotograph" | "shareWithGroup";

/** A parent saves the two photo consents of one child. Withdrawal is effective for the next request of anyone. */
export async function saveConsentAction(
  _state: ActionState<ConsentField>,
  formData: FormData,
): Promise<ActionState<ConsentField>> {
  return runAction(formData, ConsentSchema, {
    roles: ["PARENT"],
    run: (actor, input) =>
      setPhotoConsent(actor, {
        childId: input.childId,
        mayPhotograph: input.mayPhotograph === "yes",
        shareWithGroup: input.shareWithGroup === "yes",
      }),
    revalidate: [["/ouder", "layout"]],
    // The stored choice goes back to the form, so it shows what was saved.
    success: (saved, input) => ({
      message: "consent.saved",
      values: {
        childId: input.childId,
        mayPhotograph: saved.mayPhotograph ? "yes" : "no",
        shareWithGroup: saved.shareWithGroup ? "yes" : "no",
      },
    }),
  });
}
