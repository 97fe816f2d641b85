"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/authz";
import { stateFromError, type ActionState } from "@/lib/action-state";
import { deletePhoto } from "@/lib/photos/mutations";

/** Staff of the group or a beheerder deletes a photo; the DAL's photoManageScope decides. */
export async function deletePhotoAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const photoId = String(formData.get("photoId") ?? "");
  const back = String(formData.get("back") ?? "");
  try {
    const actor = await requireActor("STAFF", "BEHEERDER");
    await deletePhoto(actor, photoId);
  } catch (error) {
    return stateFromError(error);
  }
  revalidatePath("/groep/fotos");
  // Only our own relative page is a valid place to go back to (no open redirect).
  redirect(/^\/groep\/fotos(\?groep=[0-9a-f-]{36})?$/.test(back) ? back : "/groep/fotos");
}
