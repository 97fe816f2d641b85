"use server";

import { runAdminAction } from "../run-admin-action";
import { createSchoolVacation, deleteSchoolVacation, updateOrganisationRules } from "@/lib/beheer/mutations";
import { OrganisationRulesSchema, VacationSchema } from "@/lib/beheer/schema";
import type { ActionState } from "@/lib/action-state";
import { z } from "zod";

const paths = ["/beheer/organisatie"];

export async function updateRulesAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, OrganisationRulesSchema, { run: updateOrganisationRules, success: "admin.saved", revalidate: paths });
}

export async function createVacationAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, VacationSchema, { run: createSchoolVacation, success: "admin.vacationCreated", revalidate: paths });
}

export async function deleteVacationAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, z.object({ vacationId: z.string() }), { run: (actor, input) => deleteSchoolVacation(actor, input.vacationId), success: "admin.vacationDeleted", revalidate: paths });
}
