"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/authz";
import { stateFromError, type ActionState } from "@/lib/action-state";
import { deactivateUser, reactivateUser, sendInvite, sendPasswordResetFor } from "@/lib/accounts/mutations";

type AccountAction = "invite" | "reset" | "deactivate" | "reactivate";

/** One endpoint for the account buttons; each branch re-authorizes through requireActor + the DAL's scope. */
export async function accountAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const action = String(formData.get("intent") ?? "") as AccountAction;
  const userId = String(formData.get("userId") ?? "");
  try {
    const actor = await requireActor("BEHEERDER");
    let state: ActionState;
    if (action === "invite") {
      const { email } = await sendInvite(actor, userId);
      state = { ok: true, message: "beheer.inviteSent", messageValues: { email } };
    } else if (action === "reset") {
      const { email } = await sendPasswordResetFor(actor, userId);
      state = { ok: true, message: "beheer.resetSent", messageValues: { email } };
    } else if (action === "deactivate") {
      await deactivateUser(actor, userId);
      state = { ok: true, message: "beheer.deactivated" };
    } else if (action === "reactivate") {
      const { status } = await reactivateUser(actor, userId);
      state = { ok: true, message: status === "ACTIVE" ? "accountActions.reactivated" : "accountActions.reopened" };
    } else {
      return { ok: false, message: "errors.INVALID_INPUT" };
    }
    // Account buttons appear on the families, family and staff pages.
    revalidatePath("/beheer", "layout");
    return state;
  } catch (error) {
    return stateFromError(error);
  }
}
