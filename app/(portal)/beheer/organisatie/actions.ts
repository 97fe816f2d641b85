"use server";

import { runAdminAction } from "../run-admin-action";
import { updateOrganisationContact, updateOrganisationRules } from "@/lib/beheer/mutations";
import { OrganisationContactSchema, OrganisationRulesSchema } from "@/lib/beheer/schema";
import type { ActionState } from "@/lib/action-state";

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
