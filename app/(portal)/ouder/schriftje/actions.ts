"use server";

import type { ActionState } from "@/lib/action-state";
import { runAction } from "@/lib/forms/run-action";
import { DiaryEntrySchema, type DiaryEntryField } from "@/lib/diary/schema";
import { createDiaryEntry } from "@/lib/diary/mutations";

/** A parent writes in their child's schriftje. The DAL checks the child is theirs (diaryChildScope). */
export async function saveParentDiaryEntry(
  _state: ActionState<DiaryEntryField>,
  formData: FormData,
): Promise<ActionState<DiaryEntryField>> {
  return runAction<typeof DiaryEntrySchema, unknown, DiaryEntryField>(formData, DiaryEntrySchema, {
    roles: ["PARENT"],
    run: (actor, input) => createDiaryEntry(actor, input),
    revalidate: ["/ouder/schriftje"],
    success: "diary.saved",
  });
}
