"use server";

import { runAdminAction } from "../run-admin-action";
import { updateOrganisationContact, updateOrganisationRules } from "@/lib/beheer/mutations";
import { OrganisationContactSchema, OrganisationRulesSchema } from "@/lib/beheer/schema";
import type { ActionState } from "@/lib/action-state";
import { AbsenceDeadlinesSchema } from "@/lib/planning/deadline-schema";
import { updateAbsenceDeadlines } from "@/lib/planning/settings";

const paths = ["/beheer/organisatie"];

export async function updateRulesAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, OrganisationRulesSchema, {
    run: updateOrganisationRules,
    success: "admin.saved",
    revalidate: paths,
  });
}

export async function updateContactAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, OrganisationContactSchema, {
    run: updateOrganisationContact,
    success: "admin.saved",
    revalidate: [...paths, "/ouder/contact"],
  });
}

export async function updateAbsenceDeadlinesAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, AbsenceDeadlinesSchema, {
    run: updateAbsenceDeadlines,
    success: "admin.saved",
    revalidate: [...paths, "/ouder/planning"],
  });
}
