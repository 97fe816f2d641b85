"use server";

import type { ActionState } from "@/lib/action-state";
import { runAction } from "@/lib/forms/run-action";
import { DecideRequestSchema } from "@/lib/planning/schema";
import { decideCareRequest } from "@/lib/planning/mutations";

/** Approve or decline one request (managers: their locations; beheerders: the organisation; the DAL scopes). */
export async function decideRequestAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, DecideRequestSchema, {
    roles: ["MANAGER", "BEHEERDER"],
    run: (actor, input) => decideCareRequest(actor, input),
    revalidate: ["/aanvragen", "/groep/aanwezigheid", "/ouder/planning", "/ouder/roefjes"],
    success: (_result, input) => ({
      message: input.decision === "APPROVE" ? "planningApprovals.approved" : "planningApprovals.declined",
    }),
  });
}
