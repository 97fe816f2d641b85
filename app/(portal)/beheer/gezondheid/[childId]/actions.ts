"use server";

import type { ActionState } from "@/lib/action-state";
import { runEssentialsAction } from "@/lib/essentials/run-action";

/** A beheerder corrects a child's essentials (audited; lib/essentials decides whose). */
export async function saveEssentialsAdminAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runEssentialsAction(formData, ["/beheer/gezinnen"]);
}
