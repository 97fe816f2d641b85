"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/authz";
import { fieldErrorsFrom, formValues, type ActionState } from "@/lib/action-state";
import { planningStateFromError } from "@/lib/planning/errors";
import { DecideRequestSchema } from "@/lib/planning/schema";
import { decideCareRequest } from "@/lib/planning/mutations";

/** Approve or decline one request (managers: their locations; beheerders: the organisation; the DAL scopes). */
export async function decideRequestAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const actor = await requireActor("MANAGER", "BEHEERDER");
    const parsed = DecideRequestSchema.safeParse(values);
    if (!parsed.success)
      return { ok: false, message: "errors.INVALID_INPUT", fieldErrors: fieldErrorsFrom(parsed.error), values };
    await decideCareRequest(actor, parsed.data);
    revalidatePath("/aanvragen");
    revalidatePath("/groep/aanwezigheid");
    revalidatePath("/ouder/planning");
    revalidatePath("/ouder/roefjes");
    return {
      ok: true,
      message: parsed.data.decision === "APPROVE" ? "planningApprovals.approved" : "planningApprovals.declined",
    };
  } catch (error) {
    return planningStateFromError(error, values);
  }
}
