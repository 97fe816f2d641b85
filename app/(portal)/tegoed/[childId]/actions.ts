"use server";

// A beheerder's ledger correction. Thin: requireActor -> zod -> DAL (scopes, audits) -> revalidate -> state.
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/authz";
import { fieldErrorsFrom, formValues, type ActionState } from "@/lib/action-state";
import { planningStateFromError } from "@/lib/planning/errors";
import { CorrectLedgerSchema } from "@/lib/planning/schema";
import { correctLedger } from "@/lib/planning/mutations";

export async function correctLedgerAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const actor = await requireActor("BEHEERDER");
    const parsed = CorrectLedgerSchema.safeParse(values);
    if (!parsed.success)
      return { ok: false, message: "errors.INVALID_INPUT", fieldErrors: fieldErrorsFrom(parsed.error), values };
    await correctLedger(actor, parsed.data);
    revalidatePath(`/tegoed/${parsed.data.childId}`);
    revalidatePath("/ouder/planning");
    revalidatePath("/ouder/roefjes");
    return { ok: true, message: "ledger.corrected" };
  } catch (error) {
    return planningStateFromError(error, values);
  }
}
