// Message attachments: images and PDF only, decided by content (lib/uploads/sniff), never by name or browser type.
// Images go through the one image ingestion path (lib/uploads/images.ts): decoded and re-encoded, which proves they
// are images and strips EXIF (GPS, device data), the same as photos. PDFs are stored as they are and only ever
// served as a download.
import "server-only";
import { randomUUID } from "node:crypto";
import { sniffContentType, isImageType, type SniffedType } from "../uploads/sniff";
import { ingestImage } from "../uploads/images";
import { MAX_ATTACHMENT_BYTES } from "./schema";

export type PreparedAttachment = { bytes: Buffer; mime: SniffedType; filename: string; storageKey: string };
export type AttachmentProblem =
  | "messages.attachmentType"
  | "messages.attachmentTooLarge"
  | "messages.attachmentUnreadable";

const EXTENSIONS: Record<SniffedType, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "application/pdf": "pdf",
};

/** A display filename: no path, no control or quote characters, the extension of what the file really is. */
export function safeFilename(name: string, mime: SniffedType): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .replace(/\.[^.]*$/, "")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this strips
    .replace(/[\u0000-\u001f\u007f"<>|*?:;]/g, "")
    .trim()
    .slice(0, 80);
  return `${base || "bijlage"}.${EXTENSIONS[mime]}`;
}

/** The uploaded file, or null when the form had none. Throws nothing: problems come back as i18n keys. */
export async function prepareAttachment(
  file: FormDataEntryValue | null,
): Promise<{ attachment: PreparedAttachment | null } | { problem: AttachmentProblem }> {
  if (!file || typeof file === "string" || file.size === 0) return { attachment: null };
  if (file.size > MAX_ATTACHMENT_BYTES) return { problem: "messages.attachmentTooLarge" };
  const raw = Buffer.from(await file.arrayBuffer());
  const mime = sniffContentType(raw);
  if (!mime) return { problem: "messages.attachmentType" };
  let bytes: Buffer = raw;
  if (isImageType(mime)) {
    try {
      bytes = (await ingestImage(raw, { maxBytes: MAX_ATTACHMENT_BYTES })).bytes;
    } catch {
      return { problem: "messages.attachmentUnreadable" };
    }
  }
  const filename = safeFilename(file.name, mime);
  // Keys are ours (a fresh uuid), never derived from the user's filename.
  return { attachment: { bytes, mime, filename, storageKey: `attachments/${randomUUID()}/file.${EXTENSIONS[mime]}` } };
}
