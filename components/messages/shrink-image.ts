// Phone photos as attachments (issue 17): a 3-8 MB camera JPEG is scaled down in the browser before it is sent, so
// it fits the attachment limit instead of being refused. The server still re-encodes every image it accepts
// (lib/uploads/images.ts), so nothing here is trusted; this only saves the upload and the "te groot" answer.

/** Long side of a scaled photo: plenty for a message, about 0.3-0.8 MB as JPEG. */
export const SHRINK_MAX_SIDE = 2048;
const QUALITY = 0.85;
const SCALABLE = /^image\/(jpeg|png|webp|heic|heif)$/;

/**
 * The file to send: an image over `maxBytes` (or HEIC, which only some browsers can read) redrawn as a JPEG of at
 * most SHRINK_MAX_SIDE px on the long side; anything else, or an image the browser cannot decode, as it was.
 */
export async function shrinkImageForUpload(file: File, maxBytes: number): Promise<File> {
  const heic = /^image\/hei[cf]$/.test(file.type) || /\.hei[cf]$/i.test(file.name);
  if (!(SCALABLE.test(file.type) || heic) || (file.size <= maxBytes && !heic)) return file;
  let bitmap: ImageBitmap;
  try {
    // Honours the EXIF orientation, so a portrait photo stays upright after the redraw.
    bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
  } catch {
    return file;
  }
  const scale = Math.min(1, SHRINK_MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext("2d");
  if (!context) return file;
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", QUALITY));
  if (!blob) return file;
  const name = `${file.name.replace(/\.[^.]+$/, "") || "foto"}.jpg`;
  return new File([blob], name, { type: "image/jpeg", lastModified: file.lastModified });
}
