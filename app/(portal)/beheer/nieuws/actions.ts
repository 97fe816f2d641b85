"use server";

import type { ActionState } from "@/lib/action-state";
import type { Parsed } from "@/lib/forms/run-action";
import { checkUpload, hasFile, type CheckedUpload } from "@/lib/uploads/checked-upload";
import {
  NEWS_ATTACHMENT_MAX_BYTES,
  NEWS_ATTACHMENT_TYPES,
  PublishNewsSchema,
  type PublishNewsField,
} from "@/lib/news/schema";
import { deleteNews, publishNews } from "@/lib/news/mutations";
import { IdSchema, idInput } from "../id-input";
import { runAdminAction } from "../run-admin-action";

const attachmentProblemKey = {
  missing: "news.attachmentMissing",
  tooLarge: "news.attachmentTooLarge",
  wrongType: "news.attachmentWrongType",
} as const;

/** The attachment is optional: only a chosen file is checked. */
async function attachmentFrom(formData: FormData): Promise<Parsed<PublishNewsField, CheckedUpload | null>> {
  const raw = formData.get("attachment");
  if (!hasFile(raw)) return { ok: true, value: null };
  const file = await checkUpload(raw, { maxBytes: NEWS_ATTACHMENT_MAX_BYTES, accept: NEWS_ATTACHMENT_TYPES });
  return file.ok
    ? { ok: true, value: file.upload }
    : { ok: false, fieldErrors: { attachment: [attachmentProblemKey[file.problem]] } };
}

export async function publishNewsAction(
  _state: ActionState<PublishNewsField>,
  formData: FormData,
): Promise<ActionState<PublishNewsField>> {
  return runAdminAction<typeof PublishNewsSchema, unknown, PublishNewsField, CheckedUpload | null>(
    formData,
    PublishNewsSchema,
    {
      omit: ["attachment"],
      parse: attachmentFrom,
      run: (actor, input, upload) => publishNews(actor, { input, attachment: upload?.bytes ?? null }),
      revalidate: ["/beheer/nieuws", "/nieuws", "/ouder/meer"],
      success: "news.published",
      errorFields: {
        "news.locationUnknown": "locationId",
        // The DAL's own upload checks (INVALID_INPUT) belong next to the file.
        ...Object.fromEntries(Object.values(attachmentProblemKey).map((key) => [key, "attachment" as const])),
        "uploads.imageUnreadable": "attachment",
      },
    },
  );
}

export async function deleteNewsAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, IdSchema, {
    input: idInput,
    run: (actor, input) => deleteNews(actor, input.id),
    revalidate: ["/beheer/nieuws", "/nieuws"],
    success: "news.deleted",
  });
}
