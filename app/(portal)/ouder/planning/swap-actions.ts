"use server";

// Ruildag action for parents. Thin: requireActor -> zod -> DAL (which scopes and checks the settings) -> revalidate.
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/authz";
import { fieldErrorsFrom, formValues, type ActionState } from "@/lib/action-state";
import { planningStateFromError } from "@/lib/planning/errors";
import { CreateSwapSchema } from "@/lib/swap/schema";
import { createSwapRequest } from "@/lib/swap/mutations";

export async function createSwapAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const actor = await requireActor("PARENT");
    const parsed = CreateSwapSchema.safeParse({ ...values, toDagdeel: formData.getAll("toDagdeel").map(String) });
    if (!parsed.success)
      return { ok: false, message: "errors.INVALID_INPUT", fieldErrors: fieldErrorsFrom(parsed.error), values };
    const created = await createSwapRequest(actor, parsed.data);
    revalidatePath("/ouder/planning");
    revalidatePath("/groep/aanwezigheid");
    revalidatePath("/aanvragen");
    return { ok: true, message: created.status === "APPROVED" ? "swap.createdApproved" : "swap.createdPending" };
  } catch (error) {
    return planningStateFromError(error, values);
  }
}
