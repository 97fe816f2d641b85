"use server";

import { z } from "zod";
import type { ActionState } from "@/lib/action-state";
import { deactivateUser, reactivateUser, sendInvite, sendPasswordResetFor } from "@/lib/accounts/mutations";
import { runAction } from "@/lib/forms/run-action";

const AccountActionSchema = z.object({
  intent: z.enum(["invite", "reset", "deactivate", "reactivate"], { message: "errors.INVALID_INPUT" }),
  userId: z.string().default(""),
});

/** One endpoint for the account buttons; each branch re-authorizes through requireActor + the DAL's scope. */
export async function accountAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, AccountActionSchema, {
    roles: ["BEHEERDER"],
    run: async (actor, { intent, userId }): Promise<Pick<ActionState, "message" | "messageValues">> => {
      if (intent === "invite") {
        const { email } = await sendInvite(actor, userId);
        return { message: "beheer.inviteSent", messageValues: { email } };
      }
      if (intent === "reset") {
        const { email } = await sendPasswordResetFor(actor, userId);
        return { message: "beheer.resetSent", messageValues: { email } };
      }
      if (intent === "deactivate") {
        await deactivateUser(actor, userId);
        return { message: "beheer.deactivated" };
      }
      const { status } = await reactivateUser(actor, userId);
      return { message: status === "ACTIVE" ? "accountActions.reactivated" : "accountActions.reopened" };
    },
    // Account buttons appear on the families, family and staff pages.
    revalidate: [["/beheer", "layout"]],
    success: (result) => result,
  });
}
