// The beheer actions' runner: the one action runner (lib/forms/run-action.ts) with the role BEHEERDER. Kept as a
// name so each beheer action stays one line. Not a "use server" module itself.
import "server-only";
import type { z } from "zod";
import type { ActionState } from "@/lib/action-state";
import { runAction, type RunActionOptions } from "@/lib/forms/run-action";

export async function runAdminAction<S extends z.ZodType, R, F extends string = string, P = undefined>(
  formData: FormData,
  schema: S,
  options: Omit<RunActionOptions<F, S, R, P>, "roles">,
): Promise<ActionState<F>> {
  return runAction<S, R, F, P>(formData, schema, { ...options, roles: ["BEHEERDER"] });
}
