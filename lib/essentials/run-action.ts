// The one body of both essentials actions (the parent's and the beheerder's page): re-authenticate, parse, save,
// revalidate, and keep what was typed on an error. Not a "use server" module itself.
import "server-only";
import { revalidatePath } from "next/cache";
import { requireActor } from "../authz";
import { fieldErrorsFrom, formValues, stateFromError, type ActionState } from "../action-state";
import { EssentialsSchema } from "./schema";
import { saveEssentials } from "./mutations";

export async function runEssentialsAction(formData: FormData, revalidate: string[]): Promise<ActionState> {
  const values = formValues(formData);
  const parsed = EssentialsSchema.safeParse(values);
  if (!parsed.success)
    return { ok: false, message: "errors.INVALID_INPUT", fieldErrors: fieldErrorsFrom(parsed.error), values };
  try {
    const actor = await requireActor("PARENT", "BEHEERDER");
    const { changed } = await saveEssentials(actor, parsed.data);
    for (const path of revalidate) revalidatePath(path);
    return { ok: true, message: changed.length > 0 ? "essentials.saved" : "essentials.unchanged" };
  } catch (error) {
    return stateFromError(error, values);
  }
}
