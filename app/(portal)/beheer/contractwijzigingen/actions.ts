"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/authz";
import { fieldErrorsFrom, formValues, stateFromError, type ActionState } from "@/lib/action-state";
import { DecideChangeSchema } from "@/lib/contracts/schema";
import { decideContractChange } from "@/lib/contracts/mutations";

type DecideField = "note" | "decision";

export async function decideChangeAction(
  _state: ActionState<DecideField>,
  formData: FormData,
): Promise<ActionState<DecideField>> {
  const values = formValues(formData) as Partial<Record<DecideField | "id", string>>;
  try {
    const actor = await requireActor("BEHEERDER");
    const parsed = DecideChangeSchema.safeParse(values);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom<DecideField>(parsed.error), values };
    await decideContractChange(actor, parsed.data);
    revalidatePath("/beheer/contractwijzigingen");
    revalidatePath("/ouder/contract");
    return {
      ok: true,
      message: parsed.data.decision === "HANDLED" ? "contract.decidedHANDLED" : "contract.decidedDECLINED",
    };
  } catch (error) {
    return stateFromError(error, values);
  }
}
