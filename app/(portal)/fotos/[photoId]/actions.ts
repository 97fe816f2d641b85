"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/authz";
import { stateFromError, type ActionState } from "@/lib/action-state";
import { deletePhoto, setPhotoTags, setPhotoTakenAt } from "@/lib/photos/mutations";
import { PhotoDateSchema, PhotoTagsSchema } from "@/lib/photos/schema";
import { photoStateFromError } from "@/lib/photos/errors";

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

/** Staff of the group or a beheerder set who is in the photo (lib/photos/mutations.ts setPhotoTags decides). */
export async function tagPhotoAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = PhotoTagsSchema.safeParse({
    photoId: String(formData.get("photoId") ?? ""),
    childIds: formData.getAll("childIds").map(String),
    noChildren: formData.get("noChildren") === "on",
  });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "errors.INVALID_INPUT" };
  try {
    const actor = await requireActor("STAFF", "BEHEERDER");
    const { distribution } = await setPhotoTags(actor, parsed.data);
    revalidatePath(`/fotos/${parsed.data.photoId}`);
    revalidatePath("/groep/fotos");
    return { ok: true, message: "photos.tagEditor.saved", messageValues: { distribution } };
  } catch (error) {
    return photoStateFromError(error);
  }
}

/** Staff of the group or a beheerder correct when the photo was taken. */
export async function redatePhotoAction(_state: ActionState, formData: FormData): Promise<ActionState<"takenAt">> {
  const values = { takenAt: String(formData.get("takenAt") ?? "") };
  const parsed = PhotoDateSchema.safeParse({ photoId: String(formData.get("photoId") ?? ""), ...values });
  if (!parsed.success) return { ok: false, fieldErrors: { takenAt: ["photos.errors.date"] }, values };
  try {
    const actor = await requireActor("STAFF", "BEHEERDER");
    await setPhotoTakenAt(actor, parsed.data);
    revalidatePath(`/fotos/${parsed.data.photoId}`);
    revalidatePath("/groep/fotos");
    return { ok: true, message: "photos.dateEditor.saved" };
  } catch (error) {
    const state = photoStateFromError<"takenAt">(error, values);
    return state.message?.startsWith("photos.errors.")
      ? { ok: false, fieldErrors: { takenAt: [state.message] }, messageValues: state.messageValues, values }
      : state;
  }
}
