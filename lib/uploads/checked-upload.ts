// Reads an uploaded file from a form and decides what it is by its bytes (lib/uploads/sniff.ts), never by its name
// or the browser's Content-Type. Size is checked before the bytes are read.
import { sniffContentType, type SniffedType } from "./sniff";

export type UploadProblem = "missing" | "tooLarge" | "wrongType";
export type CheckedUpload = { bytes: Buffer; type: SniffedType };
export type UploadCheck = { ok: true; upload: CheckedUpload } | { ok: false; problem: UploadProblem };

/** An empty file input arrives as a File of size 0 (or not at all): both mean "no file". */
export function hasFile(value: FormDataEntryValue | null): value is File {
  return typeof value === "object" && value !== null && "arrayBuffer" in value && value.size > 0;
}

export async function checkUpload(
  value: FormDataEntryValue | null,
  { maxBytes, accept }: { maxBytes: number; accept: readonly SniffedType[] },
): Promise<UploadCheck> {
  if (!hasFile(value)) return { ok: false, problem: "missing" };
  if (value.size > maxBytes) return { ok: false, problem: "tooLarge" };
  const bytes = Buffer.from(await value.arrayBuffer());
  return checkBytes(bytes, { maxBytes, accept });
}

/** The same check on bytes already in memory; the DAL calls it again so no caller can skip it. */
export function checkBytes(
  bytes: Buffer,
  { maxBytes, accept }: { maxBytes: number; accept: readonly SniffedType[] },
): UploadCheck {
  if (bytes.length === 0) return { ok: false, problem: "missing" };
  if (bytes.length > maxBytes) return { ok: false, problem: "tooLarge" };
  const type = sniffContentType(bytes);
  if (!type || !accept.includes(type)) return { ok: false, problem: "wrongType" };
  return { ok: true, upload: { bytes, type } };
}
