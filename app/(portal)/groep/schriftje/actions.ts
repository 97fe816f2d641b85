"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/authz";
import { fieldErrorsFrom, formValues, stateFromError, type ActionState } from "@/lib/action-state";
import { DiaryEntrySchema, type DiaryEntryField } from "@/lib/diary/schema";
import { createDiaryEntry } from "@/lib/diary/mutations";

/** Staff (or a manager) write in a child's schriftje. The DAL checks the child is in their groups (diaryChildScope). */
export async function saveStaffDiaryEntry(
  _state: ActionState<DiaryEntryField>,
  formData: FormData,
): Promise<ActionState<DiaryEntryField>> {
  const values = formValues(formData) as Partial<Record<DiaryEntryField, string>>;
  try {
    const actor = await requireActor("STAFF", "MANAGER");
    const parsed = DiaryEntrySchema.safeParse({ ...values, photoIds: formData.getAll("photoIds").map(String) });
    if (!parsed.success)
      return { ok: false, message: "errors.INVALID_INPUT", fieldErrors: fieldErrorsFrom(parsed.error), values };
    await createDiaryEntry(actor, parsed.data);
    revalidatePath("/groep/schriftje");
    revalidatePath(`/groep/schriftje/${parsed.data.childId}`);
    return { ok: true, message: "diary.saved" };
  } catch (error) {
    return stateFromError(error, values);
  }
}
