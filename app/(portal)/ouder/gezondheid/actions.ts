"use server";

import type { ActionState } from "@/lib/action-state";
import { runEssentialsAction } from "@/lib/essentials/run-action";

/** A parent keeps their child's essentials current (lib/essentials decides whose). */
export async function saveEssentialsAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runEssentialsAction(formData, ["/ouder/gezondheid"]);
}
