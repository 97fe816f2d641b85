// The photo pipeline: untrusted upload bytes in, three clean variants out. Nothing of the original survives: we
// decode the pixels and encode new files, so EXIF (GPS, camera serial, owner name), XMP, IPTC and ICC comments are
// gone. sharp drops metadata unless asked to keep it; we never call keepMetadata/withMetadata here.
import { createHash } from "node:crypto";
import sharp, { type OutputInfo } from "sharp";
import { isImageType, sniffContentType } from "../uploads/sniff";

/** Largest upload we read (bytes). Phone cameras produce 3-12 MB JPEGs; 25 MB leaves room for PNG screenshots. */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;
/** Decompression-bomb guard: refuse images with more pixels than a 48 MP camera makes, before decoding them. */
export const MAX_INPUT_PIXELS = 50_000_000;

// libvips' operation cache keeps decoded images around for reuse; every upload is a different image, so the cache
// only costs memory (it held ~100 MB in the benchmark).
sharp.cache(false);

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
};

export type PhotoRejection = "empty" | "tooLarge" | "unsupportedType" | "tooManyPixels" | "unreadable";

export class PhotoRejectedError extends Error {
  constructor(readonly reason: PhotoRejection) {
    super(`photo rejected: ${reason}`);
    this.name = "PhotoRejectedError";
  }
}

/** Cheap checks before any decoding: size and real type by content (never by file name or Content-Type). */
export function assertAcceptableUpload(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new PhotoRejectedError("empty");
  if (bytes.length > MAX_UPLOAD_BYTES) throw new PhotoRejectedError("tooLarge");
  if (!isImageType(sniffContentType(bytes))) throw new PhotoRejectedError("unsupportedType");
}

/**
 * Decode once (auto-rotated by EXIF orientation, shrunk to the largest variant), then encode every variant from the
 * same raw pixels. `limitInputPixels` makes libvips refuse a bomb from its header, before allocating pixel memory.
 */
export async function processPhoto(bytes: Buffer): Promise<ProcessedPhoto> {
  assertAcceptableUpload(bytes);
  const input = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error", sequentialRead: true });
  let base: { data: Buffer; info: OutputInfo };
  try {
    base = await input
      .rotate()
      .resize({
        width: VARIANTS.download.maxSide,
        height: VARIANTS.download.maxSide,
        fit: "inside",
        withoutEnlargement: true,
      })
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : "";
    throw new PhotoRejectedError(/pixel limit/i.test(message) ? "tooManyPixels" : "unreadable");
  }
  const { width, height, channels } = base.info;
  const fromRaw = () => sharp(base.data, { raw: { width, height, channels } });
  const shrink = (maxSide: number) => ({
    width: maxSide,
    height: maxSide,
    fit: "inside" as const,
    withoutEnlargement: true,
  });
  const [download, display, thumb] = await Promise.all([
    fromRaw().jpeg({ quality: 85, mozjpeg: false }).toBuffer(),
    fromRaw().resize(shrink(VARIANTS.display.maxSide)).webp({ quality: 80, effort: 2 }).toBuffer(),
    fromRaw().resize(shrink(VARIANTS.thumb.maxSide)).webp({ quality: 72, effort: 2 }).toBuffer(),
  ]);
  const contentHash = createHash("sha256").update(download).digest("hex");
  return { width, height, contentHash, variants: { download, display, thumb } };
}

/** Storage key of a variant: per photo and content-hashed, so a URL with ?v=<hash> can be cached forever. */
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
