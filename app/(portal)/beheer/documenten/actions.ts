"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/authz";
import { fieldErrorsFrom, formValues, stateFromError, type ActionState } from "@/lib/action-state";
import { isAppError } from "@/lib/errors";
import { checkUpload } from "@/lib/uploads/checked-upload";
import { DOCUMENT_MAX_BYTES, UploadDocumentSchema, type UploadDocumentField } from "@/lib/documents/schema";
import { deleteFamilyDocument, uploadFamilyDocument } from "@/lib/documents/mutations";

const fileProblemKey = {
  missing: "documents.fileRequired",
  tooLarge: "documents.fileTooLarge",
  wrongType: "documents.fileNotPdf",
} as const;

export async function uploadDocumentAction(
  _state: ActionState<UploadDocumentField>,
  formData: FormData,
): Promise<ActionState<UploadDocumentField>> {
  const values = formValues(formData, ["file"]) as Partial<Record<UploadDocumentField, string>>;
  try {
    const actor = await requireActor("BEHEERDER");
    const parsed = UploadDocumentSchema.safeParse(values);
    const file = await checkUpload(formData.get("file"), { maxBytes: DOCUMENT_MAX_BYTES, accept: ["application/pdf"] });
    if (!parsed.success || !file.ok) {
      const fieldErrors = parsed.success ? {} : fieldErrorsFrom<UploadDocumentField>(parsed.error);
      if (!file.ok) fieldErrors.file = [fileProblemKey[file.problem]];
      return { ok: false, message: "errors.INVALID_INPUT", fieldErrors, values };
    }
    const uploaded = await uploadFamilyDocument(actor, { input: parsed.data, bytes: file.upload.bytes });
    revalidatePath("/beheer/documenten");
    revalidatePath("/ouder/documenten");
    // Success clears the form (a next document is usually for another family).
    return {
      ok: true,
      message: "documents.uploaded",
      messageValues: { family: uploaded.familyName, debiteurnummer: uploaded.debiteurnummer },
    };
  } catch (error) {
    if (isAppError(error) && error.messageKey === "documents.familyUnknown")
      return { ok: false, fieldErrors: { debiteurnummer: [error.messageKey] }, values };
    if (isAppError(error) && error.code === "INVALID_INPUT")
      return { ok: false, fieldErrors: { file: [error.messageKey] }, values };
    return stateFromError(error, values);
  }
}

export async function deleteDocumentAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const actor = await requireActor("BEHEERDER");
    await deleteFamilyDocument(actor, String(formData.get("id") ?? ""));
    revalidatePath("/beheer/documenten");
    revalidatePath("/ouder/documenten");
    return { ok: true, message: "documents.deleted" };
  } catch (error) {
    return stateFromError(error);
  }
}
