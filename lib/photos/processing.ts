// The photo pipeline: untrusted upload bytes in, three clean variants out, through the one image ingestion path
// (lib/uploads/images.ts): decoded once and encoded anew, so EXIF (GPS, camera serial, owner name), XMP, IPTC and ICC
// comments are gone. The capture time (EXIF DateTimeOriginal) is read before that and handed back.
import { createHash } from "node:crypto";
import {
  ImageRejectedError,
  MAX_INPUT_PIXELS,
  assertAcceptableImage,
  decodeImage,
  fromPixels,
  type ImageRejection,
} from "../uploads/images";

/** Largest upload we read (bytes). Phone cameras produce 3-12 MB JPEGs; 25 MB leaves room for PNG screenshots. */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;
export { MAX_INPUT_PIXELS };

export const VARIANTS = {
  // Download 2000 px: a 4000 x 3000 camera JPEG then decodes at half scale (JPEG shrink-on-load), which is what keeps a
  // 12 MP photo inside the time and memory budget; 3 MP is plenty for prints up to 13 x 18 cm.
  thumb: { maxSide: 480, contentType: "image/webp", ext: "webp" },
  display: { maxSide: 1600, contentType: "image/webp", ext: "webp" },
  download: { maxSide: 2000, contentType: "image/jpeg", ext: "jpg" },
} as const;
export type Variant = keyof typeof VARIANTS;
export const isVariant = (value: unknown): value is Variant =>
  typeof value === "string" && Object.hasOwn(VARIANTS, value);

export type ProcessedPhoto = {
  width: number;
  height: number;
  /** sha256 (hex) of the download variant; the cache-busting part of every image URL and storage key. */
  contentHash: string;
  variants: Record<Variant, Buffer>;
  /** When the camera says the picture was taken (EXIF DateTimeOriginal), read before the metadata was dropped. */
  capturedAt: Date | null;
};

/** Photos share the ingestion path's rejections (http.ts maps each reason to a status and a message). */
export type PhotoRejection = ImageRejection;
export const PhotoRejectedError = ImageRejectedError;

/** Cheap checks before any decoding: size and real type by content (never by file name or Content-Type). */
export function assertAcceptableUpload(bytes: Uint8Array): void {
  assertAcceptableImage(bytes, MAX_UPLOAD_BYTES);
}

/**
 * Decode once (auto-rotated by EXIF orientation, shrunk to the largest variant), then encode every variant from the
 * same raw pixels. The decoder refuses a bomb from its header, before allocating pixel memory.
 */
export async function processPhoto(bytes: Buffer): Promise<ProcessedPhoto> {
  const decoded = await decodeImage(bytes, {
    maxBytes: MAX_UPLOAD_BYTES,
    maxSide: VARIANTS.download.maxSide,
    opaque: true,
  });
  const shrink = (maxSide: number) => ({
    width: maxSide,
    height: maxSide,
    fit: "inside" as const,
    withoutEnlargement: true,
  });
  const [download, display, thumb] = await Promise.all([
    fromPixels(decoded).jpeg({ quality: 85, mozjpeg: false }).toBuffer(),
    fromPixels(decoded).resize(shrink(VARIANTS.display.maxSide)).webp({ quality: 80, effort: 2 }).toBuffer(),
    fromPixels(decoded).resize(shrink(VARIANTS.thumb.maxSide)).webp({ quality: 72, effort: 2 }).toBuffer(),
  ]);
  const contentHash = createHash("sha256").update(download).digest("hex");
  return {
    width: decoded.info.width,
    height: decoded.info.height,
    contentHash,
    variants: { download, display, thumb },
    capturedAt: decoded.capturedAt,
  };
}

/** Storage key of a variant: per photo and content-hashed (the hash is also the variant's ETag, lib/photos/http.ts). */
export function photoStorageKey({
  photoId,
  contentHash,
  variant,
}: {
  photoId: string;
  contentHash: string;
  variant: Variant;
}): string {
  return `photos/${photoId}/${variant}-${contentHash.slice(0, 32)}.${VARIANTS[variant].ext}`;
}
