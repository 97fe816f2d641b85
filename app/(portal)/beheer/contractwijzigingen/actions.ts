"use server";

import type { ActionState } from "@/lib/action-state";
import { DecideChangeSchema } from "@/lib/contracts/schema";
import { decideContractChange } from "@/lib/contracts/mutations";
import { runAction } from "@/lib/forms/run-action";

type DecideField = "note" | "decision";

export async function decideChangeAction(
  _state: ActionState<DecideField>,
  formData: FormData,
): Promise<ActionState<DecideField>> {
  return runAction(formData, DecideChangeSchema, {
    roles: ["BEHEERDER"],
    run: (actor, input) => decideContractChange(actor, input),
    revalidate: ["/beheer/contractwijzigingen", "/ouder/contract"],
    success: (_result, input) => ({
      message: input.decision === "HANDLED" ? "contract.decidedHANDLED" : "contract.decidedDECLINED",
    }),
  });
}
