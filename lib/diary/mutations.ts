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
import { itemsFrom, type DiaryEntryInput, type GroupDiaryInput } from "./schema";
import { createHash } from "node:crypto";

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

/** One submission of the day sheet writes one entry per child: each gets its own key derived from the form's key. */
function childSubmissionKey(submissionKey: string | undefined, childId: string): string | undefined {
  if (!submissionKey) return undefined;
  const hex = createHash("sha256").update(`${submissionKey}:${childId}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The group day sheet (issue 18): staff record the same item (a meal, a nap, a diaper, an activity) for several
 * children at once; each child's schriftje gets its own entry. Every child must be in the writer's diaryChildScope,
 * or nothing is written (NOT_FOUND). A double tap with the same key writes nothing new and notifies nobody twice.
 */
export async function createGroupDiaryEntries(user: SessionUser, input: GroupDiaryInput): Promise<{ created: number }> {
  const authorRole = diaryAuthorRole(user);
  const childIds = [...new Set(input.childIds)];
  if (!authorRole || isParent(user) || !childIds.every(isUuid)) throw new AppError("NOT_FOUND");
  const { created, children } = await prisma.$transaction(async (tx) => {
    const children = await tx.child.findMany({
      where: { AND: [{ id: { in: childIds } }, diaryChildScope(user)] },
      select: { id: true, firstName: true, familyId: true },
    });
    if (children.length !== childIds.length) throw new AppError("NOT_FOUND");
    const keys = new Map(children.map((c) => [c.id, childSubmissionKey(input.submissionKey, c.id)]));
    const known = new Set(
      (
        await tx.diaryEntry.findMany({
          where: {
            authorId: user.id,
            submissionKey: { in: [...keys.values()].filter((k): k is string => Boolean(k)) },
          },
          select: { childId: true },
        })
      ).map((e) => e.childId),
    );
    const fresh = children.filter((c) => !known.has(c.id));
    const result = await tx.diaryEntry.createMany({
      data: fresh.map((c) => ({
        childId: c.id,
        date: dateOnly(input.date),
        authorId: user.id,
        authorRole,
        body: "",
        items: { [input.item]: input.value },
        submissionKey: keys.get(c.id),
      })),
      skipDuplicates: true,
    });
    return { created: result.count, children: fresh };
  });
  for (const child of children) await notifyAboutEntry(user, child);
  return { created };
}
