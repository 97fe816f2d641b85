"use server";

import { recordPaperConsent } from "@/lib/consent/mutations";
import { PaperConsentSchema } from "@/lib/consent/schema";
import type { ActionState } from "@/lib/action-state";
import { runAdminAction } from "../../run-admin-action";

/** A beheerder records the choice from a paper intake form (lib/consent/mutations.ts recordPaperConsent decides). */
export async function recordPaperConsentAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, PaperConsentSchema, {
    run: (actor, input) =>
      recordPaperConsent(actor, {
        childId: input.childId,
        formDate: input.formDate,
        mayPhotograph: input.mayPhotograph === "yes",
        shareWithGroup: input.shareWithGroup === "yes",
      }),
    success: "consent.paper.saved",
    revalidate: ["/beheer/toestemmingen"],
  });
}
