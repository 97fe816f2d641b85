// The one ingestion path for every image that enters the system: photos (lib/photos/processing.ts), message
// attachments, news attachments and family documents that are images, and anything added later. Untrusted bytes in,
// fresh pixels out: the image is decoded and encoded anew, so nothing of the original file survives: EXIF (GPS, camera
// serial, owner name), XMP, IPTC, comments, or anything hidden after the image data. sharp writes no metadata unless
// asked (we never call keepMetadata/withMetadata/withExif).
//
// Before the metadata is dropped, the capture time (EXIF DateTimeOriginal) is read and returned, so a caller can date
// a photo by when it was taken rather than when it was uploaded.
import sharp, { type OutputInfo } from "sharp";
import exifReader from "exif-reader";
import { TZDate } from "@date-fns/tz";
import { isImageType, sniffContentType } from "./sniff";

export type ImageType = "image/jpeg" | "image/png" | "image/webp";

/** Decompression-bomb guard: refuse images with more pixels than a 48 MP camera makes, before decoding them. */
export const MAX_INPUT_PIXELS = 50_000_000;

// libvips' operation cache keeps decoded images around for reuse; every upload is a different image, so the cache
// only costs memory (it held ~100 MB in the photo benchmark).
sharp.cache(false);

export type ImageRejection = "empty" | "tooLarge" | "unsupportedType" | "tooManyPixels" | "unreadable";

export class ImageRejectedError extends Error {
  constructor(readonly reason: ImageRejection) {
    super(`image rejected: ${reason}`);
    this.name = "ImageRejectedError";
  }
}

/** Cheap checks before any decoding: size and real type by content (never by file name or Content-Type). */
export function assertAcceptableImage(bytes: Uint8Array, maxBytes: number): ImageType {
  if (bytes.length === 0) throw new ImageRejectedError("empty");
  if (bytes.length > maxBytes) throw new ImageRejectedError("tooLarge");
  const type = sniffContentType(bytes);
  if (!isImageType(type)) throw new ImageRejectedError("unsupportedType");
  return type;
}

/** Cameras write local wall-clock time; without an offset tag we take it as Dutch time (the portal's time zone). */
const CAMERA_TIME_ZONE = "Europe/Amsterdam";
const OFFSET = /^([+-])(\d{2}):(\d{2})$/;

/**
 * The moment the picture was taken (EXIF DateTimeOriginal, with OffsetTimeOriginal when the camera wrote one), or
 * null when the image does not say or says nonsense. exif-reader returns the wall clock in the Date's UTC fields.
 */
export function captureTimeFromExif(exif: Buffer | undefined): Date | null {
  if (!exif) return null;
  let photo: Record<string, unknown> | undefined;
  try {
    photo = exifReader(exif).Photo as Record<string, unknown> | undefined;
  } catch {
    return null; // broken EXIF: the image itself may still be fine
  }
  const wall = photo?.DateTimeOriginal;
  if (!(wall instanceof Date) || Number.isNaN(wall.getTime())) return null;
  const year = wall.getUTCFullYear();
  if (year < 1990 || year > 2200) return null; // an unset camera clock ("0000:00:00") or garbage
  const offset = typeof photo?.OffsetTimeOriginal === "string" ? OFFSET.exec(photo.OffsetTimeOriginal.trim()) : null;
  if (offset) {
    const minutes = (offset[1] === "-" ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]));
    return new Date(wall.getTime() - minutes * 60_000);
  }
  return new Date(
    new TZDate(
      year,
      wall.getUTCMonth(),
      wall.getUTCDate(),
      wall.getUTCHours(),
      wall.getUTCMinutes(),
      wall.getUTCSeconds(),
      CAMERA_TIME_ZONE,
    ).getTime(),
  );
}

export type DecodedImage = {
  /** Raw pixels, auto-rotated by the EXIF orientation and shrunk to fit `maxSide`; no metadata at all. */
  pixels: Buffer;
  info: Pick<OutputInfo, "width" | "height" | "channels">;
  type: ImageType;
  capturedAt: Date | null;
};

/**
 * Decode once: size/type checks, the capture time from the header, then the pixels (bomb-guarded from the header,
 * before pixel memory is allocated). `opaque` drops the alpha channel (for JPEG output).
 */
export async function decodeImage(
  bytes: Buffer,
  { maxBytes, maxSide, opaque = false }: { maxBytes: number; maxSide: number; opaque?: boolean },
): Promise<DecodedImage> {
  const type = assertAcceptableImage(bytes, maxBytes);
  const input = () => sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error", sequentialRead: true });
  try {
    const header = await input().metadata();
    let pipeline = input()
      .rotate()
      .resize({ width: maxSide, height: maxSide, fit: "inside", withoutEnlargement: true });
    if (opaque) pipeline = pipeline.removeAlpha();
    const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
    return {
      pixels: data,
      info: { width: info.width, height: info.height, channels: info.channels },
      type,
      capturedAt: captureTimeFromExif(header.exif),
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : "";
    throw new ImageRejectedError(/pixel limit/i.test(message) ? "tooManyPixels" : "unreadable");
  }
}

/** A sharp pipeline over decoded pixels, for encoding. */
export const fromPixels = ({ pixels, info }: Pick<DecodedImage, "pixels" | "info">) =>
  sharp(pixels, { raw: { width: info.width, height: info.height, channels: info.channels } });

export type IngestedImage = {
  bytes: Buffer;
  type: ImageType;
  width: number;
  height: number;
  capturedAt: Date | null;
};

/**
 * For attachments and documents: the image re-encoded in its own format (JPEG stays JPEG, PNG stays PNG, WebP stays
 * WebP), at most `maxSide` pixels on its longest side, without any metadata.
 */
export async function ingestImage(
  bytes: Buffer,
  { maxBytes, maxSide = 2400 }: { maxBytes: number; maxSide?: number },
): Promise<IngestedImage> {
  const decoded = await decodeImage(bytes, { maxBytes, maxSide, opaque: sniffContentType(bytes) === "image/jpeg" });
  const image = fromPixels(decoded);
  const encoded =
    decoded.type === "image/png"
      ? await image.png().toBuffer()
      : decoded.type === "image/webp"
        ? await image.webp({ quality: 85 }).toBuffer()
        : await image.jpeg({ quality: 85 }).toBuffer();
  return {
    bytes: encoded,
    type: decoded.type,
    width: decoded.info.width,
    height: decoded.info.height,
    capturedAt: decoded.capturedAt,
  };
}

/**
 * What may be stored of an upload already checked by type and size (lib/uploads/checked-upload.ts): an image
 * re-encoded through ingestImage, a PDF as it is (only ever served as a download). ImageRejectedError for an image
 * that does not decode.
 */
export async function ingestUpload<T extends string>(
  upload: { bytes: Buffer; type: T },
  { maxBytes }: { maxBytes: number },
): Promise<{ bytes: Buffer; type: T; capturedAt: Date | null }> {
  if (!isImageType(upload.type as never)) return { ...upload, capturedAt: null };
  const image = await ingestImage(upload.bytes, { maxBytes });
  return { bytes: image.bytes, type: image.type as T, capturedAt: image.capturedAt };
}
