"use server";

import type { ActionState } from "@/lib/action-state";
import type { Parsed } from "@/lib/forms/run-action";
import { checkUpload, type CheckedUpload } from "@/lib/uploads/checked-upload";
import { DOCUMENT_MAX_BYTES, UploadDocumentSchema, type UploadDocumentField } from "@/lib/documents/schema";
import { deleteFamilyDocument, uploadFamilyDocument } from "@/lib/documents/mutations";
import { IdSchema, idInput } from "../id-input";
import { runAdminAction } from "../run-admin-action";

const fileProblemKey = {
  missing: "documents.fileRequired",
  tooLarge: "documents.fileTooLarge",
  wrongType: "documents.fileNotPdf",
} as const;

async function pdfFrom(formData: FormData): Promise<Parsed<UploadDocumentField, CheckedUpload>> {
  const file = await checkUpload(formData.get("file"), { maxBytes: DOCUMENT_MAX_BYTES, accept: ["application/pdf"] });
  return file.ok
    ? { ok: true, value: file.upload }
    : { ok: false, fieldErrors: { file: [fileProblemKey[file.problem]] } };
}

export async function uploadDocumentAction(
  _state: ActionState<UploadDocumentField>,
  formData: FormData,
): Promise<ActionState<UploadDocumentField>> {
  return runAdminAction<
    typeof UploadDocumentSchema,
    { familyName: string; debiteurnummer: string },
    UploadDocumentField,
    CheckedUpload
  >(formData, UploadDocumentSchema, {
    omit: ["file"],
    parse: pdfFrom,
    run: (actor, input, upload) => uploadFamilyDocument(actor, { input, bytes: upload.bytes }),
    revalidate: ["/beheer/documenten", "/ouder/documenten"],
    // Success clears the form (a next document is usually for another family).
    success: (uploaded) => ({
      message: "documents.uploaded",
      messageValues: { family: uploaded.familyName, debiteurnummer: uploaded.debiteurnummer },
    }),
    errorFields: {
      "documents.familyUnknown": "debiteurnummer",
      // The DAL's own upload checks (INVALID_INPUT) belong next to the file.
      ...Object.fromEntries(Object.values(fileProblemKey).map((key) => [key, "file" as const])),
    },
  });
}

export async function deleteDocumentAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, IdSchema, {
    input: idInput,
    run: (actor, input) => deleteFamilyDocument(actor, input.id),
    revalidate: ["/beheer/documenten", "/ouder/documenten"],
    success: "documents.deleted",
  });
}
