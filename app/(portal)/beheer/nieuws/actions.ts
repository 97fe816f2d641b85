"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/authz";
import { fieldErrorsFrom, formValues, stateFromError, type ActionState } from "@/lib/action-state";
import { isAppError } from "@/lib/errors";
import { checkUpload, hasFile } from "@/lib/uploads/checked-upload";
import {
  NEWS_ATTACHMENT_MAX_BYTES,
  NEWS_ATTACHMENT_TYPES,
  PublishNewsSchema,
  type PublishNewsField,
} from "@/lib/news/schema";
import { deleteNews, publishNews } from "@/lib/news/mutations";

const attachmentProblemKey = {
  missing: "news.attachmentMissing",
  tooLarge: "news.attachmentTooLarge",
  wrongType: "news.attachmentWrongType",
} as const;

export async function publishNewsAction(
  _state: ActionState<PublishNewsField>,
  formData: FormData,
): Promise<ActionState<PublishNewsField>> {
  const values = formValues(formData, ["attachment"]) as Partial<Record<PublishNewsField, string>>;
  try {
    const actor = await requireActor("BEHEERDER");
    const parsed = PublishNewsSchema.safeParse(values);
    const raw = formData.get("attachment");
    // The attachment is optional: only a chosen file is checked.
    const file = hasFile(raw)
      ? await checkUpload(raw, { maxBytes: NEWS_ATTACHMENT_MAX_BYTES, accept: NEWS_ATTACHMENT_TYPES })
      : null;
    if (!parsed.success || (file && !file.ok)) {
      const fieldErrors = parsed.success ? {} : fieldErrorsFrom<PublishNewsField>(parsed.error);
      if (file && !file.ok) fieldErrors.attachment = [attachmentProblemKey[file.problem]];
      return { ok: false, message: "errors.INVALID_INPUT", fieldErrors, values };
    }
    await publishNews(actor, { input: parsed.data, attachment: file?.ok ? file.upload.bytes : null });
    revalidatePath("/beheer/nieuws");
    revalidatePath("/nieuws");
    revalidatePath("/ouder/meer");
    return { ok: true, message: "news.published" };
  } catch (error) {
    if (isAppError(error) && error.messageKey === "news.locationUnknown")
      return { ok: false, fieldErrors: { locationId: [error.messageKey] }, values };
    if (isAppError(error) && error.code === "INVALID_INPUT")
      return { ok: false, fieldErrors: { attachment: [error.messageKey] }, values };
    return stateFromError(error, values);
  }
}

export async function deleteNewsAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const actor = await requireActor("BEHEERDER");
    await deleteNews(actor, String(formData.get("id") ?? ""));
    revalidatePath("/beheer/nieuws");
    revalidatePath("/nieuws");
    return { ok: true, message: "news.deleted" };
  } catch (error) {
    return stateFromError(error);
  }
}
