// What a file really is, decided by its first bytes, never by its name or the browser's Content-Type.
export type SniffedType = "image/jpeg" | "image/png" | "image/webp" | "application/pdf";

export function sniffContentType(bytes: Uint8Array): SniffedType | null {
  const starts = (...sig: number[]) => sig.every((byte, i) => bytes[i] === byte);
  if (bytes.length >= 3 && starts(0xff, 0xd8, 0xff)) return "image/jpeg";
  if (bytes.length >= 8 && starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "image/png";
  if (
    bytes.length >= 12 &&
    starts(0x52, 0x49, 0x46, 0x46) &&
    bytes[8] === 0x57 &&
    bytes[9] === 0x45 &&
    bytes[10] === 0x42 &&
    bytes[11] === 0x50
  )
    return "image/webp";
  if (bytes.length >= 5 && starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return "application/pdf";
  return null;
}

export const isImageType = (type: SniffedType | null): type is "image/jpeg" | "image/png" | "image/webp" =>
  type === "image/jpeg" || type === "image/png" || type === "image/webp";
