// Upload metadata, shared by the upload form (limits) and the route handler (validation). Messages are i18n keys.
import { z } from "zod";
import { submissionKeyField } from "../forms/submission-key";

export const CAPTION_MAX = 300;
export const MAX_TAGS = 40;

export const UploadMetaSchema = z.object({
  groupId: z.uuid({ message: "photos.errors.group" }),
  caption: z.string().trim().max(CAPTION_MAX, { message: "photos.errors.caption" }).default(""),
  childIds: z
    .array(z.uuid({ message: "photos.errors.tags" }))
    .max(MAX_TAGS, { message: "photos.errors.tags" })
    .default([]),
  noChildren: z.boolean().default(false),
  /** One key per file: a retried upload of the same file (lost answer) is stored once. */
  submissionKey: submissionKeyField,
});
export type UploadMeta = z.infer<typeof UploadMetaSchema>;

/** Reads the metadata from the upload URL's query string (the body is the raw image, streamed). */
export function uploadMetaFromSearchParams(params: URLSearchParams) {
  return UploadMetaSchema.safeParse({
    groupId: params.get("groupId") ?? "",
    caption: params.get("caption") ?? "",
    childIds: (params.get("childIds") ?? "").split(",").filter(Boolean),
    noChildren: params.get("noChildren") === "1",
    submissionKey: params.get("submissionKey") ?? undefined,
  });
}

/** Tagging after upload: the photo page's form (checkboxes `childIds`, checkbox `noChildren`). */
export const PhotoTagsSchema = z.object({
  photoId: z.uuid({ message: "errors.NOT_FOUND" }),
  childIds: z
    .array(z.uuid({ message: "photos.errors.tags" }))
    .max(MAX_TAGS, { message: "photos.errors.tags" })
    .default([]),
  noChildren: z.boolean().default(false),
});

/** The date correction: an <input type="datetime-local"> value, checked for real dates in lib/photos/dates.ts. */
export const PhotoDateSchema = z.object({
  photoId: z.uuid({ message: "errors.NOT_FOUND" }),
  takenAt: z.string().trim().max(20, { message: "photos.errors.date" }),
});
