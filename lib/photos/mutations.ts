// Photo writes: upload (process, store, record with tags) and delete. Scoped by lib/authz photo scopes.
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

/**
 * Staff post a photo to one of their groups. Tags must be children placed in that group today; a tagged child
 * without consent is allowed (the tag is the truth about who is in the photo) and makes the photo staff-only.
 * Throws AppError NOT_FOUND (group not yours), INVALID_INPUT (bad tags), or PhotoRejectedError (bad image).
 */
export async function createPhoto(
  user: SessionUser,
  { meta, bytes, now = clockNow() }: { meta: UploadMeta; bytes: Buffer; now?: Date },
): Promise<CreatedPhoto> {
  const takenOn = todayDate(now);
  const group = await prisma.group.findFirst({
    where: { AND: [{ id: meta.groupId }, photoUploadGroupScope(user)] },
    select: { id: true, location: { select: { organisationId: true } } },
  });
  if (!group) throw new AppError("NOT_FOUND");
  const childIds = [...new Set(meta.childIds)];
  if (childIds.length > 0) {
    // Every tag must be a child placed in this group today: staff cannot tag (and so reveal) other children.
    const distinctPlaced = await prisma.child.count({
      where: { id: { in: childIds }, placements: { some: { AND: [{ groupId: group.id }, placementOnDate(takenOn)] } } },
    });
    if (distinctPlaced !== childIds.length) throw new AppError("INVALID_INPUT", "photos.errors.tags");
  }

  const processed = await processPhoto(bytes);
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
            takenAt: now,
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
            meta: { groupId: group.id, tags: childIds.length },
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
