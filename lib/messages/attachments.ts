// Message attachments: images and PDF only, decided by content (lib/uploads/sniff), never by name or browser type.
// Images are decoded and re-encoded with sharp: that proves they are images and strips EXIF (GPS, device data),
// the same safety rules as photos. PDFs are stored as they are and only ever served as a download.
import "server-only";
import { randomUUID } from "node:crypto";
import sharp from "sharp";
import { sniffContentType, isImageType, type SniffedType } from "../uploads/sniff";
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
      bytes = await reencodeImage(raw, mime);
    } catch {
      return { problem: "messages.attachmentUnreadable" };
    }
  }
  const filename = safeFilename(file.name, mime);
  // Keys are ours (a fresh uuid), never derived from the user's filename.
  return { attachment: { bytes, mime, filename, storageKey: `attachments/${randomUUID()}/file.${EXTENSIONS[mime]}` } };
}

async function reencodeImage(raw: Buffer, mime: "image/jpeg" | "image/png" | "image/webp"): Promise<Buffer> {
  // limitInputPixels guards against decompression bombs; rotate() applies the EXIF orientation before it is dropped.
  const image = sharp(raw, { limitInputPixels: 40_000_000 })
    .rotate()
    .resize({ width: 2400, height: 2400, fit: "inside", withoutEnlargement: true });
  if (mime === "image/png") return image.png().toBuffer();
  if (mime === "image/webp") return image.webp({ quality: 85 }).toBuffer();
  return image.jpeg({ quality: 85 }).toBuffer();
}
