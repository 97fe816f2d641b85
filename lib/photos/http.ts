// The HTTP edge of photos: upload, image bytes, ZIP archive. Route handlers in app/api/photos/* only fetch the
// session and call these, so the same code is exercised by the integration tests (with a null user = anonymous).
//
// Status codes: 401 without a session; 404 for "not yours", unknown and malformed ids alike (never 403);
// 400/413/415/422 with an i18n key for bad uploads. Never a 500 for bad input.
import "server-only";
import { Readable } from "node:stream";
import { ZipArchive, type Archiver } from "archiver";
import { isAppError } from "../errors";
import { logger } from "../logger";
import { writeAudit } from "../audit/log";
import { getStorage } from "../storage";
import { isParent, type SessionUser } from "../authz";
import { PhotoRejectedError, MAX_UPLOAD_BYTES, isVariant } from "./processing";
import { findPhotoObject, listArchiveEntries } from "./queries";
import { createPhoto } from "./mutations";
import { uploadMetaFromSearchParams } from "./schema";
import { archiveFileName } from "./file-names";
import { PhotoError } from "./errors";

export type UploadResult =
  | { ok: true; id: string; distribution: string }
  | { ok: false; error: string; values?: Record<string, string> };

const json = (body: UploadResult, status: number) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
const unauthenticated = () => new Response("Unauthorized", { status: 401, headers: { "Cache-Control": "no-store" } });

const REJECTION_STATUS = {
  empty: 400,
  tooLarge: 413,
  unsupportedType: 415,
  tooManyPixels: 413,
  unreadable: 422,
} as const;

/** Reads a request body with a hard byte cap, stopping as soon as the cap is passed (no buffering of a huge body). */
async function readCapped(body: ReadableStream<Uint8Array> | null, cap: number): Promise<Buffer | "tooLarge"> {
  if (!body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > cap) {
      await reader.cancel().catch(() => {});
      return "tooLarge";
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

/** POST /api/photos?groupId&caption&childIds&noChildren, body = the image file (one file per request). */
export async function handleUpload(user: SessionUser | null, request: Request): Promise<Response> {
  if (!user) return unauthenticated();
  const meta = uploadMetaFromSearchParams(new URL(request.url).searchParams);
  if (!meta.success)
    return json({ ok: false, error: meta.error.issues[0]?.message ?? "photos.errors.unreadable" }, 400);
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_UPLOAD_BYTES) return json({ ok: false, error: "photos.errors.tooLarge" }, 413);
  // A connection dropped mid-upload (tablet out of wifi range) is the client's problem to retry, not a 500.
  const bytes = await readCapped(request.body, MAX_UPLOAD_BYTES).catch(() => "aborted" as const);
  if (bytes === "aborted") return json({ ok: false, error: "photos.errors.network" }, 400);
  if (bytes === "tooLarge") return json({ ok: false, error: "photos.errors.tooLarge" }, 413);
  try {
    const created = await createPhoto(user, { meta: meta.data, bytes });
    return json({ ok: true, id: created.id, distribution: created.distribution }, 201);
  } catch (error) {
    if (error instanceof PhotoRejectedError)
      return json({ ok: false, error: `photos.errors.${error.reason}` }, REJECTION_STATUS[error.reason]);
    // Consent at the source and tags off the photo's date: the message names the children, nothing was stored.
    if (error instanceof PhotoError) return json({ ok: false, error: error.messageKey, values: error.values }, 422);
    if (isAppError(error)) {
      if (error.code === "NOT_FOUND") return json({ ok: false, error: "photos.errors.group" }, 404);
      return json(
        { ok: false, error: error.messageKey.includes(".") ? error.messageKey : `errors.${error.code}` },
        400,
      );
    }
    logger.error({ err: error }, "photo upload failed");
    return json({ ok: false, error: "photos.errors.unexpected" }, 500);
  }
}

/** True when an If-None-Match header names this entity tag (a list, weak validators and "*" included). */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(",")
    .map((tag) => tag.trim().replace(/^W\//, ""))
    .some((tag) => tag === "*" || tag === etag);
}

/**
 * GET /api/photos/:id/:variant. Every view is authorized: the browser may keep the bytes (private: never a shared
 * cache) but must ask again each time (no-cache), and only after the visibility rule, which already ran above, says
 * yes does it get a 304 for the copy it has. So logging out, deactivation and withdrawn consent hide a photo at once,
 * also from the browser's cache. Downloads are not kept at all (no-store), and each one is audited.
 */
export async function handleImage(
  user: SessionUser | null,
  { photoId, variant, ifNoneMatch = null }: { photoId: string; variant: string; ifNoneMatch?: string | null },
): Promise<Response> {
  if (!user) return unauthenticated();
  if (!isVariant(variant)) return notFound();
  const object = await findPhotoObject(user, { photoId, variant });
  if (!object) return notFound();
  const isDownload = variant === "download";
  const etag = `"${object.contentHash.slice(0, 32)}-${variant}"`;
  const caching = { "Cache-Control": isDownload ? "private, no-store" : "private, no-cache", ETag: etag };
  if (!isDownload && etagMatches(ifNoneMatch, etag)) return new Response(null, { status: 304, headers: caching });
  const stored = await getStorage().get(object.key);
  if (!stored) return notFound();
  if (isDownload) {
    await writeAudit({
      action: "photo.downloaded",
      actorId: user.id,
      organisationId: object.organisationId,
      entityType: "Photo",
      entityId: object.photoId,
      familyId: isParent(user) ? user.familyId : null,
    });
  }
  const headers: Record<string, string> = {
    ...caching,
    "Content-Type": object.contentType,
    "Content-Length": String(stored.size),
    "X-Content-Type-Options": "nosniff",
  };
  if (isDownload)
    headers["Content-Disposition"] =
      `attachment; filename="${archiveFileName({ takenAt: object.takenAt, caption: object.caption, id: object.photoId })}"`;
  return new Response(Readable.toWeb(stored.body) as ReadableStream, { status: 200, headers });
}

/** GET /api/photos/archive/:childId: every photo of my child as a streamed ZIP (stored, not re-compressed: JPEGs). */
export async function handleArchive(user: SessionUser | null, childId: string): Promise<Response> {
  if (!user) return unauthenticated();
  let archive: Awaited<ReturnType<typeof listArchiveEntries>>;
  try {
    archive = await listArchiveEntries(user, childId);
  } catch (error) {
    if (isAppError(error)) return notFound();
    throw error;
  }
  await writeAudit({
    action: "photo.archive_downloaded",
    actorId: user.id,
    organisationId: archive.child.organisationId,
    entityType: "Child",
    entityId: archive.child.id,
    childId: archive.child.id,
    familyId: archive.child.familyId,
    meta: { photos: archive.entries.length },
  });
  const zip = new ZipArchive({ store: true });
  zip.on("warning", (err) => logger.warn({ err }, "zip warning"));
  zip.on("error", (err) => logger.error({ err }, "zip failed"));
  void appendSequentially(zip, archive.entries);
  const name = `fotos-${archive.child.firstName.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.zip`;
  return new Response(Readable.toWeb(zip) as ReadableStream, {
    status: 200,
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

/** One storage read at a time: a child may have thousands of photos; opening them all at once would exhaust handles. */
async function appendSequentially(
  zip: Archiver,
  entries: { id: string; takenAt: Date; caption: string; downloadKey: string }[],
): Promise<void> {
  const storage = getStorage();
  const used = new Set<string>();
  try {
    for (const entry of entries) {
      const stored = await storage.get(entry.downloadKey);
      if (!stored) continue;
      let name = archiveFileName(entry);
      while (used.has(name)) name = name.replace(/\.jpg$/, "-1.jpg");
      used.add(name);
      await new Promise<void>((resolve, reject) => {
        zip.once("entry", () => resolve());
        stored.body.once("error", reject);
        zip.append(stored.body, { name, date: entry.takenAt });
      });
    }
    await zip.finalize();
  } catch (err) {
    logger.error({ err }, "zip stream aborted");
    zip.abort();
  }
}
