// Photo writes: upload (process, store, record with tags), tagging after upload, the date correction, and delete.
// Scoped by lib/authz photo scopes.
import "server-only";
import { randomUUID } from "node:crypto";
import { prisma } from "../db";
import { oncePerSubmission } from "../db/unique";
import { AppError } from "../errors";
import { isUuid } from "../ids";
import { photoManageScope, photoUploadGroupScope, placementOnDate, type SessionUser } from "../authz";
import { writeAudit } from "../audit/log";
import { getStorage } from "../storage";
import { logger } from "../logger";
import { todayDate } from "../time";
import { VARIANTS, photoStorageKey, processPhoto, type Variant } from "./processing";
import { distributionOf, type PhotoDistribution } from "./queries";
import type { UploadMeta } from "./schema";
import { correctedPhotoDate, photoDateFromCapture } from "./dates";
import { PhotoError } from "./errors";
import { now as clockNow } from "../clock";

export type CreatedPhoto = { id: string; distribution: PhotoDistribution };

/** What distributionOf needs to know of each tagged child. */
const distributionChildSelect = {
  id: true,
  firstName: true,
  lastName: true,
  familyId: true,
  consentPhotograph: true,
  consentShareGroup: true,
} as const;

type Db = Pick<typeof prisma, "child">;

/**
 * CONSENT AT THE SOURCE (issue 18): the letter asks parents beforehand whether photos of their child may be *taken*.
 * A child without that consent (or without any recorded choice) may not be tagged: the photo is refused, naming the
 * children, and nothing is stored. Checked for the children being added; a tag that is already there stays (it is
 * the truth about who is in the photo, and the visibility rule hides the photo when consent is withdrawn later).
 */
async function assertMayPhotograph(db: Db, childIds: string[]): Promise<void> {
  if (childIds.length === 0) return;
  const refused = await db.child.findMany({
    where: { id: { in: childIds }, consentPhotograph: false },
    orderBy: [{ firstName: "asc" }, { lastName: "asc" }],
    select: { firstName: true, lastName: true },
  });
  if (refused.length > 0)
    throw new PhotoError("INVALID_INPUT", "noConsent", {
      names: refused.map((c) => `${c.firstName} ${c.lastName}`).join(", "),
      count: String(refused.length),
    });
}

/** Every tag must be a child placed in the photo's group on the photo's date: staff cannot tag (and so reveal) others. */
async function assertPlacedOn(
  db: Db,
  { groupId, takenOn, childIds }: { groupId: string; takenOn: Date; childIds: string[] },
) {
  if (childIds.length === 0) return;
  const placed = await db.child.count({
    where: { id: { in: childIds }, placements: { some: { AND: [{ groupId }, placementOnDate(takenOn)] } } },
  });
  if (placed !== childIds.length) throw new PhotoError("INVALID_INPUT", "tags");
}

/**
 * Staff post a photo to one of their groups. The photo is dated by the camera's capture time when that is plausible
 * (lib/photos/dates.ts), else by the upload. Tags must be children placed in that group on that date, and each must
 * have consent to be photographed.
 * Throws AppError NOT_FOUND (group not yours), PhotoError (bad tags, no consent), or PhotoRejectedError (bad image).
 */
export async function createPhoto(
  user: SessionUser,
  { meta, bytes, now = clockNow() }: { meta: UploadMeta; bytes: Buffer; now?: Date },
): Promise<CreatedPhoto> {
  const group = await prisma.group.findFirst({
    where: { AND: [{ id: meta.groupId }, photoUploadGroupScope(user)] },
    select: { id: true, location: { select: { organisationId: true } } },
  });
  if (!group) throw new AppError("NOT_FOUND");
  const childIds = [...new Set(meta.childIds)];
  // Only ids of children this group had (today or on the photo's date) can pass assertPlacedOn below; checking
  // consent first refuses before any decoding, and names only children placed in this group.
  await assertMayPhotograph(prisma, childIds.length > 0 ? await placedInGroupEver(group.id, childIds) : []);

  const processed = await processPhoto(bytes);
  const { takenAt, dateSource } = photoDateFromCapture(processed.capturedAt, now);
  const takenOn = todayDate(takenAt);
  await assertPlacedOn(prisma, { groupId: group.id, takenOn, childIds });
  const id = randomUUID();
  const keys = Object.fromEntries(
    (Object.keys(VARIANTS) as Variant[]).map((variant) => [
      variant,
      photoStorageKey({ photoId: id, contentHash: processed.contentHash, variant }),
    ]),
  ) as Record<Variant, string>;
  const storage = getStorage();
  await Promise.all(
    (Object.keys(VARIANTS) as Variant[]).map((variant) =>
      storage.put(keys[variant], processed.variants[variant], VARIANTS[variant].contentType),
    ),
  );

  // A retried upload of the same file (same submission key: a lost answer, a double tap) is stored once; the
  // second attempt's bytes are removed again with its rolled-back row, and it answers with the first photo.
  const write = async (): Promise<CreatedPhoto> => {
    try {
      const photo = await prisma.$transaction(async (tx) => {
        const created = await tx.photo.create({
          data: {
            id,
            groupId: group.id,
            takenOn,
            takenAt,
            dateSource,
            createdAt: now,
            caption: meta.caption,
            uploadedById: user.id,
            // "No children" only makes sense without tags; a tagged photo is governed by its tags.
            noChildren: childIds.length === 0 && meta.noChildren,
            // Kept with the tags in this one write: the visibility rule relies on it (lib/photos/visibility.ts).
            tagged: childIds.length > 0,
            contentHash: processed.contentHash,
            width: processed.width,
            height: processed.height,
            thumbKey: keys.thumb,
            displayKey: keys.display,
            downloadKey: keys.download,
            submissionKey: meta.submissionKey,
            tags: { create: childIds.map((childId) => ({ childId })) },
          },
          select: {
            id: true,
            noChildren: true,
            tags: { select: { child: { select: distributionChildSelect } } },
          },
        });
        await writeAudit(
          {
            action: "photo.uploaded",
            actorId: user.id,
            organisationId: group.location.organisationId,
            entityType: "Photo",
            entityId: id,
            meta: { groupId: group.id, tags: childIds.length, dateSource },
          },
          tx,
        );
        return created;
      });
      return { id: photo.id, distribution: distributionOf(photo) };
    } catch (error) {
      // Do not leave orphaned bytes behind when the row could not be written.
      await removeObjects(Object.values(keys));
      throw error;
    }
  };
  const { result } = await oncePerSubmission(meta.submissionKey, write, async (submissionKey) => {
    const first = await prisma.photo.findUnique({
      where: { uploadedById_submissionKey: { uploadedById: user.id, submissionKey } },
      select: { id: true, noChildren: true, tags: { select: { child: { select: distributionChildSelect } } } },
    });
    return first && { id: first.id, distribution: distributionOf(first) };
  });
  return result;
}

/** Of the given ids, those ever placed in the group (so a consent refusal never names a child of another group). */
async function placedInGroupEver(groupId: string, childIds: string[]): Promise<string[]> {
  const rows = await prisma.child.findMany({
    where: { id: { in: childIds }, placements: { some: { groupId } } },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

async function removeObjects(keys: string[]): Promise<void> {
  const storage = getStorage();
  await Promise.all(
    keys.map((key) =>
      storage.delete(key).catch((err: unknown) => logger.warn({ err, key }, "photo object delete failed")),
    ),
  );
}

/** Staff of the photo's group or a beheerder deletes a photo: the row (tags cascade) and all its stored variants. */
export async function deletePhoto(user: SessionUser, photoId: string): Promise<void> {
  if (!isUuid(photoId)) throw new AppError("NOT_FOUND");
  const deleted = await prisma.$transaction(async (tx) => {
    const photo = await tx.photo.findFirst({
      where: { AND: [{ id: photoId }, photoManageScope(user)] },
      select: {
        id: true,
        groupId: true,
        thumbKey: true,
        displayKey: true,
        downloadKey: true,
        group: { select: { location: { select: { organisationId: true } } } },
      },
    });
    if (!photo) throw new AppError("NOT_FOUND");
    await tx.photo.delete({ where: { id: photo.id } });
    await writeAudit(
      {
        action: "photo.deleted",
        actorId: user.id,
        organisationId: photo.group.location.organisationId,
        entityType: "Photo",
        entityId: photo.id,
        meta: { groupId: photo.groupId },
      },
      tx,
    );
    return photo;
  });
  await removeObjects([deleted.thumbKey, deleted.displayKey, deleted.downloadKey]);
}

/**
 * Tagging after upload (issue 18): staff of the photo's group (or a beheerder) set who is in the photo, or that
 * there are no children in it. Added children must be placed in the group on the photo's date and have consent to be
 * photographed (the same rule as on upload); removing a tag is always allowed. The visibility rule reads the tags
 * live (Photo.tagged follows by trigger), so parents see the change on their next request.
 */
export async function setPhotoTags(
  user: SessionUser,
  { photoId, childIds, noChildren }: { photoId: string; childIds: string[]; noChildren: boolean },
): Promise<{ distribution: PhotoDistribution }> {
  if (!isUuid(photoId)) throw new AppError("NOT_FOUND");
  const wanted = [...new Set(childIds)];
  return prisma.$transaction(async (tx) => {
    const photo = await tx.photo.findFirst({
      where: { AND: [{ id: photoId }, photoManageScope(user)] },
      select: {
        id: true,
        groupId: true,
        takenOn: true,
        noChildren: true,
        tags: { select: { childId: true } },
        group: { select: { location: { select: { organisationId: true } } } },
      },
    });
    if (!photo) throw new AppError("NOT_FOUND");
    // Lock the photo row: two tablets saving tags at once apply one after the other, never a mix of both.
    await tx.$queryRaw`SELECT 1 FROM "Photo" WHERE "id" = ${photo.id}::uuid FOR UPDATE`;
    const current = new Set(photo.tags.map((t) => t.childId));
    const added = wanted.filter((id) => !current.has(id));
    const removed = [...current].filter((id) => !wanted.includes(id));
    await assertPlacedOn(tx, { groupId: photo.groupId, takenOn: photo.takenOn, childIds: added });
    await assertMayPhotograph(tx, added);
    if (removed.length > 0) await tx.photoTag.deleteMany({ where: { photoId: photo.id, childId: { in: removed } } });
    if (added.length > 0)
      await tx.photoTag.createMany({ data: added.map((childId) => ({ photoId: photo.id, childId })) });
    const updated = await tx.photo.update({
      where: { id: photo.id },
      // "No children" only makes sense without tags; a tagged photo is governed by its tags.
      data: { noChildren: wanted.length === 0 && noChildren },
      select: {
        noChildren: true,
        tags: {
          select: {
            child: {
              select: {
                id: true,
                firstName: true,
                lastName: true,
                familyId: true,
                consentPhotograph: true,
                consentShareGroup: true,
              },
            },
          },
        },
      },
    });
    await writeAudit(
      {
        action: "photo.tagged",
        actorId: user.id,
        organisationId: photo.group.location.organisationId,
        entityType: "Photo",
        entityId: photo.id,
        meta: { added: added.length, removed: removed.length, noChildren: updated.noChildren },
      },
      tx,
    );
    return { distribution: distributionOf(updated) };
  });
}

/**
 * Staff correct when a photo was taken ("yyyy-MM-ddTHH:mm", Amsterdam wall clock). Not after the upload, not more
 * than a year before it, and every tagged child must have been placed in the group on the new date (otherwise the
 * photo would reach parents of a day their child was not there).
 */
export async function setPhotoTakenAt(
  user: SessionUser,
  { photoId, takenAt: typed }: { photoId: string; takenAt: string },
): Promise<void> {
  if (!isUuid(photoId)) throw new AppError("NOT_FOUND");
  await prisma.$transaction(async (tx) => {
    const photo = await tx.photo.findFirst({
      where: { AND: [{ id: photoId }, photoManageScope(user)] },
      select: {
        id: true,
        groupId: true,
        takenAt: true,
        createdAt: true,
        tags: { select: { childId: true } },
        group: { select: { location: { select: { organisationId: true } } } },
      },
    });
    if (!photo) throw new AppError("NOT_FOUND");
    const corrected = correctedPhotoDate(typed, photo.createdAt);
    if (!corrected.ok) throw new PhotoError("INVALID_INPUT", corrected.reason);
    const takenOn = todayDate(corrected.takenAt);
    const childIds = photo.tags.map((t) => t.childId);
    const placed = await tx.child.findMany({
      where: {
        id: { in: childIds },
        placements: { some: { AND: [{ groupId: photo.groupId }, placementOnDate(takenOn)] } },
      },
      select: { id: true },
    });
    const placedIds = new Set(placed.map((c) => c.id));
    const notPlaced = childIds.filter((id) => !placedIds.has(id));
    if (notPlaced.length > 0) {
      const names = await tx.child.findMany({
        where: { id: { in: notPlaced } },
        orderBy: [{ firstName: "asc" }, { lastName: "asc" }],
        select: { firstName: true, lastName: true },
      });
      throw new PhotoError("INVALID_INPUT", "dateNotPlaced", {
        names: names.map((c) => `${c.firstName} ${c.lastName}`).join(", "),
      });
    }
    await tx.photo.update({
      where: { id: photo.id },
      data: { takenAt: corrected.takenAt, takenOn, dateSource: "STAFF" },
    });
    await writeAudit(
      {
        action: "photo.redated",
        actorId: user.id,
        organisationId: photo.group.location.organisationId,
        entityType: "Photo",
        entityId: photo.id,
        meta: { from: photo.takenAt.toISOString(), to: corrected.takenAt.toISOString() },
      },
      tx,
    );
  });
}
