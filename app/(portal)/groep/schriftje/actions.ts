"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/authz";
import { fieldErrorsFrom, formValues, stateFromError, type ActionState } from "@/lib/action-state";
import { DiaryEntrySchema, GroupDiarySchema, type DiaryEntryField, type GroupDiaryField } from "@/lib/diary/schema";
import { createDiaryEntry, createGroupDiaryEntries } from "@/lib/diary/mutations";

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

/** The group day sheet: one item for several children at once (lib/diary createGroupDiaryEntries decides). */
export async function saveGroupDiaryAction(
  _state: ActionState<GroupDiaryField>,
  formData: FormData,
): Promise<ActionState<GroupDiaryField>> {
  const values = formValues(formData) as Partial<Record<GroupDiaryField, string>>;
  try {
    const actor = await requireActor("STAFF", "MANAGER");
    const parsed = GroupDiarySchema.safeParse({ ...values, childIds: formData.getAll("childIds").map(String) });
    if (!parsed.success)
      return { ok: false, message: "errors.INVALID_INPUT", fieldErrors: fieldErrorsFrom(parsed.error), values };
    const { created } = await createGroupDiaryEntries(actor, parsed.data);
    revalidatePath("/groep/schriftje");
    return { ok: true, message: "diary.sheet.saved", messageValues: { count: String(created) } };
  } catch (error) {
    return stateFromError(error, values);
  }
}
