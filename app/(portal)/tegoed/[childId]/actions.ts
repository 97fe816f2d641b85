"use server";

// A beheerder's ledger correction: one runAction call (roles -> zod -> DAL, which scopes and audits -> revalidate).
import type { ActionState } from "@/lib/action-state";
import { runAction } from "@/lib/forms/run-action";
import { CorrectLedgerSchema } from "@/lib/planning/schema";
import { correctLedger } from "@/lib/planning/mutations";

export async function correctLedgerAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, CorrectLedgerSchema, {
    roles: ["BEHEERDER"],
    run: (actor, input) => correctLedger(actor, input),
    revalidate: (_result, input) => [`/tegoed/${input.childId}`, "/ouder/planning", "/ouder/roefjes"],
    success: "ledger.corrected",
  });
}
