// Reading the schriftje. Every query is scoped with diaryChildScope (lib/authz.childScope underneath).
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { isUuid } from "../ids";
import { isCarer, isParent, photoScope, placementOnDate, type SessionUser } from "../authz";
import { findGroupsWithPlacedChildren } from "../groups/queries";
import { addCalendarDays, todayDate, toIsoDate } from "../time";
import { photoUrl, resolvePhotoScope } from "../photos/queries";
import { diaryChildScope } from "./scope";
import { DIARY_DAYS_BACK, parseItems, type DiaryItems } from "./schema";

export type DiaryEntryView = {
  id: string;
  date: string;
  authorName: string;
  authorRole: "STAFF" | "PARENT";
  mine: boolean;
  body: string;
  items: DiaryItems;
  /** Photos with the entry that this viewer may see (the photo rule is applied at read time). */
  photos: { id: string; thumbUrl: string }[];
  createdAt: Date;
};

export type DiaryTimeline = {
  child: { id: string; firstName: string; lastName: string };
  entries: DiaryEntryView[];
};

/** A child's schriftje, newest day first. NOT_FOUND when the child is not in the user's scope. */
export async function getDiaryTimeline(
  user: SessionUser,
  childId: string,
  { take = 60 }: { take?: number } = {},
): Promise<DiaryTimeline> {
  if (!isUuid(childId)) throw new AppError("NOT_FOUND");
  const visiblePhotos = await resolvePhotoScope(user);
  const child = await prisma.child.findFirst({
    where: { AND: [{ id: childId }, diaryChildScope(user)] },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      diaryEntries: {
        orderBy: [{ date: "desc" }, { createdAt: "desc" }],
        take,
        select: {
          id: true,
          date: true,
          authorId: true,
          authorRole: true,
          body: true,
          items: true,
          createdAt: true,
          photos: { where: { photo: visiblePhotos }, select: { photo: { select: { id: true, contentHash: true } } } },
        },
      },
    },
  });
  if (!child) throw new AppError("NOT_FOUND");
  const authorIds = [...new Set(child.diaryEntries.map((entry) => entry.authorId))];
  const authors = await prisma.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } });
  const names = new Map(authors.map((author) => [author.id, author.name]));
  return {
    child: { id: child.id, firstName: child.firstName, lastName: child.lastName },
    entries: child.diaryEntries.map((entry) => ({
      id: entry.id,
      date: toIsoDate(entry.date),
      authorName: names.get(entry.authorId) ?? "",
      authorRole: entry.authorRole,
      mine: entry.authorId === user.id,
      body: entry.body,
      items: parseItems(entry.items),
      photos: entry.photos.map(({ photo }) => ({ id: photo.id, thumbUrl: photoUrl(photo, "thumb") })),
      createdAt: entry.createdAt,
    })),
  };
}

export type GroupDayChild = {
  id: string;
  firstName: string;
  lastName: string;
  staffEntries: number;
  parentEntries: number;
};
export type GroupDay = { id: string; name: string; locationName: string; children: GroupDayChild[] };

/**
 * Staff tablet view: the groups in scope with the children placed there on the date, and how many staff and parent
 * entries each child has for that date. Parents and beheerders get nothing.
 */
export async function listGroupDiaryDay(
  user: SessionUser,
  { date = todayDate() }: { date?: Date } = {},
): Promise<GroupDay[]> {
  if (!isCarer(user)) return [];
  const groups = await findGroupsWithPlacedChildren(user, {
    scopeDay: todayDate(),
    placements: placementOnDate(date),
    child: {
      id: true,
      firstName: true,
      lastName: true,
      diaryEntries: { where: { date }, select: { authorRole: true } },
    },
  });
  return groups.map((group) => ({
    id: group.id,
    name: group.name,
    locationName: group.location.name,
    children: group.placements.map(({ child }) => ({
      id: child.id,
      firstName: child.firstName,
      lastName: child.lastName,
      staffEntries: child.diaryEntries.filter((e) => e.authorRole === "STAFF").length,
      parentEntries: child.diaryEntries.filter((e) => e.authorRole === "PARENT").length,
    })),
  }));
}

export type DiaryPhotoCandidate = { id: string; thumbUrl: string; caption: string; takenOn: string };

/**
 * Staff: recent photos of the child (tagged, in the staff member's photo scope) to put with a schriftje entry,
 * newest first. Parents get none (they cannot attach photos).
 */
export async function listDiaryPhotoCandidates(
  user: SessionUser,
  childId: string,
  { today = todayDate(), take = 24 }: { today?: Date; take?: number } = {},
): Promise<DiaryPhotoCandidate[]> {
  if (isParent(user) || !isUuid(childId)) return [];
  const photos = await prisma.photo.findMany({
    where: {
      AND: [
        photoScope(user),
        { tags: { some: { childId, child: diaryChildScope(user) } } },
        { takenOn: { gte: addCalendarDays(today, -DIARY_DAYS_BACK), lte: today } },
      ],
    },
    orderBy: [{ takenAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, contentHash: true, caption: true, takenOn: true },
  });
  return photos.map((photo) => ({
    id: photo.id,
    thumbUrl: photoUrl(photo, "thumb"),
    caption: photo.caption,
    takenOn: toIsoDate(photo.takenOn),
  }));
}
