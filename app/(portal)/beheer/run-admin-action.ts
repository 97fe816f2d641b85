// The shape every beheer server action shares: re-authenticate as BEHEERDER -> zod parse -> DAL call ->
// revalidatePath -> ActionState (with what was typed echoed back on errors). Not a "use server" module itself.
import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { requireActor, type SessionUser } from "@/lib/authz";
import { fieldErrorsFrom, formValues, stateFromError, type ActionState } from "@/lib/action-state";
import { isAppError } from "@/lib/errors";

/** Values for the message key, when the error carries them (PlanningError: "overlaps {name}"). */
const messageValuesOf = (error: object): Record<string, string> | undefined =>
  "values" in error ? (error.values as Record<string, string>) : undefined;

type Options<S extends z.ZodType, R> = {
  /** Fields that may repeat (checkbox groups): read with getAll. */
  arrays?: string[];
  run: (actor: SessionUser, input: z.infer<S>) => Promise<R>;
  success: string | ((result: R) => Pick<ActionState, "message" | "messageValues">);
  revalidate: string[];
};

export async function runAdminAction<S extends z.ZodType, R>(
  formData: FormData,
  schema: S,
  options: Options<S, R>,
): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const actor = await requireActor("BEHEERDER");
    const input: Record<string, unknown> = { ...values };
    for (const name of options.arrays ?? []) input[name] = formData.getAll(name).map(String);
    const parsed = schema.safeParse(input);
    if (!parsed.success)
      return { ok: false, message: "errors.INVALID_INPUT", fieldErrors: fieldErrorsFrom(parsed.error), values };
    const result = await options.run(actor, parsed.data);
    for (const path of options.revalidate) revalidatePath(path);
    const success = typeof options.success === "string" ? { message: options.success } : options.success(result);
    return { ok: true, ...success };
  } catch (error) {
    // DAL errors with their own message key (e.g. "admin.familyConflict") keep it; others map to errors.<code>.
    if (isAppError(error) && error.messageKey !== error.code)
      return { ok: false, message: error.messageKey, messageValues: messageValuesOf(error), values };
    return stateFromError(error, values);
  }
}
