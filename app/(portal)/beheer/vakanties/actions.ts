"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/authz";
import { fieldErrorsFrom, formValues, type ActionState } from "@/lib/action-state";
import { planningStateFromError } from "@/lib/planning/errors";
import { SchoolVacationSchema } from "@/lib/planning/schema";
import { createSchoolVacation, deleteSchoolVacation } from "@/lib/planning/mutations";

export async function addVacationAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const actor = await requireActor("BEHEERDER");
    const parsed = SchoolVacationSchema.safeParse(values);
    if (!parsed.success)
      return { ok: false, message: "errors.INVALID_INPUT", fieldErrors: fieldErrorsFrom(parsed.error), values };
    await createSchoolVacation(actor, parsed.data);
    revalidatePath("/beheer/vakanties");
    return { ok: true, message: "planningVacations.added" };
  } catch (error) {
    return planningStateFromError(error, values);
  }
}

export async function deleteVacationAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const actor = await requireActor("BEHEERDER");
    await deleteSchoolVacation(actor, String(formData.get("vacationId") ?? ""));
    revalidatePath("/beheer/vakanties");
    return { ok: true, message: "planningVacations.deleted" };
  } catch (error) {
    return planningStateFromError(error);
  }
}
