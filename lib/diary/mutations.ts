// Writing in the schriftje. The child must be in the writer's diaryChildScope; the check and the insert run in one
// transaction so a placement ending in between cannot slip through.
import "server-only";
import { prisma, type Tx } from "../db";
import { oncePerSubmission } from "../db/unique";
import { AppError } from "../errors";
import { isUuid } from "../ids";
import type { SessionUser } from "../authz";
import { dateOnly } from "../time";
import { notifyUsers } from "../notifications";
import { isParent, photoScope } from "../authz";
import { diaryAuthorRole, diaryChildScope } from "./scope";
import { itemsFrom, type DiaryEntryInput } from "./schema";

export async function createDiaryEntry(user: SessionUser, input: DiaryEntryInput): Promise<{ id: string }> {
  const authorRole = diaryAuthorRole(user);
  if (!authorRole || !isUuid(input.childId)) throw new AppError("NOT_FOUND");
  const items = itemsFrom(input);
  // A double tap or a resend after a lost answer (same submission key) writes one entry and notifies once.
  const { result: entry, duplicate } = await oncePerSubmission(
    input.submissionKey,
    () =>
      prisma.$transaction(async (tx) => {
        // Security-critical: the scope is part of the where; an unscoped child id never gets an entry.
        const child = await tx.child.findFirst({
          where: { AND: [{ id: input.childId }, diaryChildScope(user)] },
          select: { id: true, firstName: true, familyId: true },
        });
        if (!child) throw new AppError("NOT_FOUND");
        const photoIds = await attachablePhotoIds(tx, user, child.id, input.photoIds);
        const created = await tx.diaryEntry.create({
          data: {
            childId: child.id,
            date: dateOnly(input.date),
            authorId: user.id,
            authorRole,
            body: input.body,
            items: items ?? undefined,
            submissionKey: input.submissionKey,
            photos: { create: photoIds.map((photoId) => ({ photoId })) },
          },
          select: { id: true },
        });
        return { ...created, child };
      }),
    (submissionKey) =>
      prisma.diaryEntry.findUnique({
        where: { authorId_submissionKey: { authorId: user.id, submissionKey } },
        select: { id: true, child: { select: { id: true, firstName: true, familyId: true } } },
      }),
  );
  if (!duplicate) await notifyAboutEntry(user, entry.child);
  return { id: entry.id };
}

/**
 * Photos a staff member may put with an entry: photos of the child (tagged) in the staff member's own photo scope.
 * Security-critical: the ids come from the form; any id outside that set is "not yours" (NOT_FOUND), nothing is
 * attached. Parents cannot attach photos. What a parent later sees is still decided by the photo rule at read time.
 */
async function attachablePhotoIds(tx: Tx, user: SessionUser, childId: string, photoIds: string[]): Promise<string[]> {
  const unique = [...new Set(photoIds)];
  if (unique.length === 0) return [];
  if (isParent(user) || !unique.every(isUuid)) throw new AppError("NOT_FOUND");
  const found = await tx.photo.findMany({
    where: { AND: [{ id: { in: unique } }, photoScope(user), { tags: { some: { childId } } }] },
    select: { id: true },
  });
  if (found.length !== unique.length) throw new AppError("NOT_FOUND");
  return unique;
}

/**
 * Staff entries notify the child's guardians (their own settings decide how). Parent entries do not e-mail staff:
 * staff see them in the group's day overview, and the organisation does not want staff chased by mail.
 */
async function notifyAboutEntry(
  user: SessionUser,
  child: { id: string; firstName: string; familyId: string },
): Promise<void> {
  if (isParent(user)) return;
  // The schriftje is shared by the child's households (separated parents): both are told.
  const guardians = await prisma.user.findMany({
    where: {
      role: "PARENT",
      OR: [{ familyId: child.familyId }, { family: { sharedChildren: { some: { childId: child.id } } } }],
    },
    select: { id: true },
  });
  await notifyUsers({
    userIds: guardians.map((g) => g.id),
    kind: "diary",
    subject: `Nieuw in het schriftje van ${child.firstName}`,
    text: `De leiding schreef in het schriftje van ${child.firstName}.`,
    link: `/ouder/schriftje?kind=${child.id}`,
  });
}
