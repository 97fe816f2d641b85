"use server";

// Ruildag action for parents: one runAction call (roles -> zod -> DAL, which scopes and checks the settings).
import type { ActionState } from "@/lib/action-state";
import { runAction } from "@/lib/forms/run-action";
import { CreateSwapSchema } from "@/lib/swap/schema";
import { createSwapRequest } from "@/lib/swap/mutations";

export async function createSwapAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, CreateSwapSchema, {
    roles: ["PARENT"],
    arrays: ["toDagdeel"],
    run: (actor, input) => createSwapRequest(actor, input),
    revalidate: ["/ouder/planning", "/groep/aanwezigheid", "/aanvragen"],
    success: (created) => ({ message: created.status === "APPROVED" ? "swap.createdApproved" : "swap.createdPending" }),
  });
}
