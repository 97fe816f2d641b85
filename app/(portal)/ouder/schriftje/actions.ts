"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/authz";
import { fieldErrorsFrom, formValues, stateFromError, type ActionState } from "@/lib/action-state";
import { DiaryEntrySchema, type DiaryEntryField } from "@/lib/diary/schema";
import { createDiaryEntry } from "@/lib/diary/mutations";

/** A parent writes in their child's schriftje. The DAL checks the child is theirs (diaryChildScope). */
export async function saveParentDiaryEntry(
  _state: ActionState<DiaryEntryField>,
  formData: FormData,
): Promise<ActionState<DiaryEntryField>> {
  const values = formValues(formData) as Partial<Record<DiaryEntryField, string>>;
  try {
    const actor = await requireActor("PARENT");
    const parsed = DiaryEntrySchema.safeParse(values);
    if (!parsed.success)
      return { ok: false, message: "errors.INVALID_INPUT", fieldErrors: fieldErrorsFrom(parsed.error), values };
    await createDiaryEntry(actor, parsed.data);
    revalidatePath("/ouder/schriftje");
    return { ok: true, message: "diary.saved" };
  } catch (error) {
    return stateFromError(error, values);
  }
}
