// Photo reads. Every query is scoped by lib/authz.photoScope (parents: placement + consent, evaluated live).
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { isUuid } from "../ids";
import {
  assertRole,
  childScope,
  groupScope,
  isOwnChild,
  isParent,
  photoManageScope,
  placementOnDate,
  photoScope,
  photosDuringPlacements,
  photoUploadGroupScope,
  type PlacementWindow,
  type SessionUser,
} from "../authz";
import type { Prisma } from "../generated/prisma/client";
import { writeAudit } from "../audit/log";
import { toIsoDate } from "../time";
import { VARIANTS, type Variant } from "./processing";
import { decodeCursor, encodeCursor, type FeedCursor } from "./cursor";

export const FEED_PAGE_SIZE = 24;

/** Distribution status shown to staff: who gets to see the photo under the consent rule. */
export type PhotoDistribution = "visible" | "restricted" | "hidden";

export type PhotoCard = {
  id: string;
  takenAt: string;
  takenOn: string;
  caption: string;
  thumbUrl: string;
  width: number;
  height: number;
};
export type StaffPhotoCard = PhotoCard & {
  distribution: PhotoDistribution;
  noChildren: boolean;
  tags: { id: string; name: string; consentPhotograph: boolean; consentShareGroup: boolean }[];
};
export type PhotoDetail = PhotoCard & {
  displayUrl: string;
  downloadUrl: string;
  groupId: string;
  groupName: string;
  canDelete: boolean;
  /** Staff only: tags with consent; parents only see their own tagged children's names. */
  tags: { id: string; name: string; consentPhotograph: boolean; consentShareGroup: boolean }[];
  distribution: PhotoDistribution | null;
};

/**
 * Image URLs name the photo and variant only. The browser revalidates every view (lib/photos/http.ts: private,
 * no-cache, ETag from the content hash), so no URL needs to change for a copy to stop being shown.
 */
export const photoUrl = (photo: { id: string }, variant: Variant) => `/api/photos/${photo.id}/${variant}`;

const cardSelect = {
  id: true,
  takenAt: true,
  takenOn: true,
  caption: true,
  contentHash: true,
  width: true,
  height: true,
} as const;
type CardRow = {
  id: string;
  takenAt: Date;
  takenOn: Date;
  caption: string;
  contentHash: string;
  width: number;
  height: number;
};

function toCard(row: CardRow): PhotoCard {
  return {
    id: row.id,
    takenAt: row.takenAt.toISOString(),
    takenOn: toIsoDate(row.takenOn),
    caption: row.caption,
    thumbUrl: photoUrl(row, "thumb"),
    width: row.width,
    height: row.height,
  };
}

/** The placements (group + date range) of the parent's children, optionally of one child only. */
export async function loadPlacementWindows(user: SessionUser, childId?: string): Promise<PlacementWindow[]> {
  if (!isParent(user)) return [];
  return prisma.placement.findMany({
    where: { child: { AND: [childScope(user), childId ? { id: childId } : {}] } },
    select: { groupId: true, startDate: true, endDate: true },
  });
}

/** photoScope with the parent's placements loaded: the where-input every single-photo read uses. */
export async function resolvePhotoScope(user: SessionUser): Promise<Prisma.PhotoWhereInput> {
  return photoScope(user, await loadPlacementWindows(user));
}

/** Keyset pagination on (takenAt desc, id asc): the order of the index Photo(groupId, takenAt DESC, id). */
function afterCursor(cursor: FeedCursor | null): Prisma.PhotoWhereInput {
  if (!cursor) return {};
  return { OR: [{ takenAt: { lt: cursor.takenAt } }, { takenAt: cursor.takenAt, id: { gt: cursor.id } }] };
}

/** The where-input of a child's feed; exported so the EXPLAIN test checks the real query shape. */
export async function childFeedWhere(user: SessionUser, childId: string): Promise<Prisma.PhotoWhereInput> {
  assertRole(user, "PARENT");
  if (!isUuid(childId)) throw new AppError("NOT_FOUND");
  // One round trip: the child (scoped to the parent's family) and the placements of every child of that family.
  const child = await prisma.child.findFirst({
    where: { AND: [{ id: childId }, childScope(user)] },
    select: {
      family: {
        select: {
          children: { select: { id: true, placements: { select: { groupId: true, startDate: true, endDate: true } } } },
        },
      },
    },
  });
  if (!child) throw new AppError("NOT_FOUND");
  const all = child.family.children.flatMap((c) => c.placements);
  const ofChild = child.family.children.find((c) => c.id === childId)?.placements ?? [];
  // The feed of one child: photos from that child's placements, further limited by the parent's full visibility.
  return { AND: [photosDuringPlacements(ofChild), photoScope(user, all)] };
}

/** A parent's photo feed for one of their children, newest first. */
export async function listChildPhotos(
  user: SessionUser,
  { childId, cursor, take = FEED_PAGE_SIZE }: { childId: string; cursor?: string | null; take?: number },
): Promise<{ photos: PhotoCard[]; nextCursor: string | null }> {
  const where = await childFeedWhere(user, childId);
  const rows = await prisma.photo.findMany({
    where: { AND: [where, afterCursor(decodeCursor(cursor))] },
    orderBy: [{ takenAt: "desc" }, { id: "asc" }],
    take: take + 1,
    select: cardSelect,
  });
  const page = rows.slice(0, take);
  const last = page.at(-1);
  return { photos: page.map(toCard), nextCursor: rows.length > take && last ? encodeCursor(last) : null };
}

const tagSelect = {
  tags: {
    select: {
      child: {
        select: {
          id: true,
          firstName: true,
          lastName: true,
          familyId: true,
          // A shared child (second household) is "own" for both households (lib/authz isOwnChild).
          households: { select: { familyId: true } },
          consentPhotograph: true,
          consentShareGroup: true,
        },
      },
    },
  },
} as const;
type TagRow = {
  child: {
    id: string;
    firstName: string;
    lastName: string;
    familyId: string;
    households?: { familyId: string }[];
    consentPhotograph: boolean;
    consentShareGroup: boolean;
  };
};

/** What the consent rule does with a photo, for the staff view. Mirrors photoConsentAllowsParent. */
export function distributionOf(photo: { noChildren: boolean; tags: TagRow[] }): PhotoDistribution {
  if (photo.tags.length === 0) return photo.noChildren ? "visible" : "hidden";
  if (photo.tags.some((t) => !t.child.consentPhotograph)) return "hidden";
  if (photo.tags.some((t) => !t.child.consentShareGroup)) return "restricted";
  return "visible";
}

const toTag = ({ child }: TagRow) => ({
  id: child.id,
  name: `${child.firstName} ${child.lastName}`,
  consentPhotograph: child.consentPhotograph,
  consentShareGroup: child.consentShareGroup,
});

/** Staff/manager/beheerder view of a group's photos, newest first, with tags and distribution status. */
export async function listGroupPhotos(
  user: SessionUser,
  { groupId, cursor, take = FEED_PAGE_SIZE }: { groupId: string; cursor?: string | null; take?: number },
): Promise<{ photos: StaffPhotoCard[]; nextCursor: string | null }> {
  if (isParent(user) || !isUuid(groupId)) throw new AppError("NOT_FOUND");
  const group = await prisma.group.findFirst({
    where: { AND: [{ id: groupId }, groupScope(user)] },
    select: { id: true },
  });
  if (!group) throw new AppError("NOT_FOUND");
  const rows = await prisma.photo.findMany({
    where: { AND: [{ groupId }, photoScope(user), afterCursor(decodeCursor(cursor))] },
    orderBy: [{ takenAt: "desc" }, { id: "asc" }],
    take: take + 1,
    select: { ...cardSelect, noChildren: true, ...tagSelect },
  });
  const page = rows.slice(0, take);
  const last = page.at(-1);
  return {
    photos: page.map((row) => ({
      ...toCard(row),
      noChildren: row.noChildren,
      distribution: distributionOf(row),
      tags: row.tags.map(toTag),
    })),
    nextCursor: rows.length > take && last ? encodeCursor(last) : null,
  };
}

/** One photo, if the user may see it. Writes a "viewed" audit event (the detail view is a deliberate look). */
export async function getPhotoDetail(user: SessionUser, photoId: string): Promise<PhotoDetail> {
  if (!isUuid(photoId)) throw new AppError("NOT_FOUND");
  const scope = await resolvePhotoScope(user);
  const row = await prisma.photo.findFirst({
    where: { AND: [{ id: photoId }, scope] },
    select: {
      ...cardSelect,
      noChildren: true,
      groupId: true,
      group: { select: { name: true, location: { select: { organisationId: true } } } },
      ...tagSelect,
    },
  });
  if (!row) throw new AppError("NOT_FOUND");
  const canDelete = (await prisma.photo.count({ where: { AND: [{ id: photoId }, photoManageScope(user)] } })) > 0;
  await writeAudit({
    action: "photo.viewed",
    actorId: user.id,
    organisationId: row.group.location.organisationId,
    entityType: "Photo",
    entityId: row.id,
    familyId: isParent(user) ? user.familyId : null,
  });
  return {
    ...toCard(row),
    displayUrl: photoUrl(row, "display"),
    downloadUrl: photoUrl(row, "download"),
    groupId: row.groupId,
    groupName: row.group.name,
    canDelete,
    // Parents learn nothing about other families' children from a photo: only their own tagged children are named.
    tags: row.tags.filter((t) => !isParent(user) || isOwnChild(user, t.child)).map(toTag),
    distribution: isParent(user) ? null : distributionOf(row),
  };
}

export type PhotoObject = {
  key: string;
  contentType: string;
  contentHash: string;
  photoId: string;
  organisationId: string;
  takenAt: Date;
  caption: string;
};

/** Where the bytes of a variant live, if the user may see the photo. Used by the image route handler. */
export async function findPhotoObject(
  user: SessionUser,
  { photoId, variant }: { photoId: string; variant: Variant },
): Promise<PhotoObject | null> {
  if (!isUuid(photoId)) return null;
  const row = await prisma.photo.findFirst({
    where: { AND: [{ id: photoId }, await resolvePhotoScope(user)] },
    select: {
      id: true,
      contentHash: true,
      thumbKey: true,
      displayKey: true,
      downloadKey: true,
      takenAt: true,
      caption: true,
      group: { select: { location: { select: { organisationId: true } } } },
    },
  });
  if (!row) return null;
  const key = variant === "thumb" ? row.thumbKey : variant === "display" ? row.displayKey : row.downloadKey;
  return {
    key,
    contentType: VARIANTS[variant].contentType,
    contentHash: row.contentHash,
    photoId: row.id,
    organisationId: row.group.location.organisationId,
    takenAt: row.takenAt,
    caption: row.caption,
  };
}

export type ArchiveEntry = { id: string; takenAt: Date; caption: string; downloadKey: string };

/** Every photo of a child's feed, oldest first, for the ZIP archive. Parents only (their own child). */
export async function listArchiveEntries(
  user: SessionUser,
  childId: string,
): Promise<{
  child: { id: string; firstName: string; familyId: string; organisationId: string };
  entries: ArchiveEntry[];
}> {
  const where = await childFeedWhere(user, childId);
  const child = await prisma.child.findFirstOrThrow({
    where: { AND: [{ id: childId }, childScope(user)] },
    select: { id: true, firstName: true, familyId: true, family: { select: { organisationId: true } } },
  });
  const entries = await prisma.photo.findMany({
    where,
    orderBy: [{ takenAt: "asc" }, { id: "asc" }],
    select: { id: true, takenAt: true, caption: true, downloadKey: true },
  });
  return {
    child: {
      id: child.id,
      firstName: child.firstName,
      familyId: child.familyId,
      organisationId: child.family.organisationId,
    },
    entries,
  };
}

/** Groups the user can open the photo page of (staff: their groups; managers, beheerders: their scope). */
export async function listPhotoGroups(
  user: SessionUser,
): Promise<{ id: string; name: string; locationName: string }[]> {
  if (isParent(user)) return [];
  const groups = await prisma.group.findMany({
    where: { AND: [groupScope(user), { active: true }] },
    orderBy: [{ location: { name: "asc" } }, { name: "asc" }],
    select: { id: true, name: true, location: { select: { name: true } } },
  });
  return groups.map((g) => ({ id: g.id, name: g.name, locationName: g.location.name }));
}

/** Whether the user may post photos to (and delete photos of) this group. */
export async function canUploadToGroup(user: SessionUser, groupId: string): Promise<boolean> {
  if (!isUuid(groupId)) return false;
  return (await prisma.group.count({ where: { AND: [{ id: groupId }, photoUploadGroupScope(user)] } })) > 0;
}

export type TaggingCandidate = {
  id: string;
  name: string;
  consentPhotograph: boolean;
  consentShareGroup: boolean;
  tagged: boolean;
};
export type PhotoTagging = {
  photoId: string;
  takenAt: string;
  takenOn: string;
  dateSource: "CAMERA" | "UPLOAD" | "STAFF";
  noChildren: boolean;
  candidates: TaggingCandidate[];
};

/**
 * For the photo page's tag editor: who may manage the photo (staff of its group, beheerders) gets the children
 * placed in the group on the photo's date, plus anyone already tagged, with their consent. Null for everyone else.
 */
export async function getPhotoTagging(user: SessionUser, photoId: string): Promise<PhotoTagging | null> {
  if (!isUuid(photoId)) return null;
  const photo = await prisma.photo.findFirst({
    where: { AND: [{ id: photoId }, photoManageScope(user)] },
    select: {
      id: true,
      groupId: true,
      takenAt: true,
      takenOn: true,
      dateSource: true,
      noChildren: true,
      tags: { select: { childId: true } },
    },
  });
  if (!photo) return null;
  const tagged = new Set(photo.tags.map((t) => t.childId));
  const children = await prisma.child.findMany({
    where: {
      OR: [
        { placements: { some: { AND: [{ groupId: photo.groupId }, placementOnDate(photo.takenOn)] } } },
        { id: { in: [...tagged] } },
      ],
    },
    orderBy: [{ firstName: "asc" }, { lastName: "asc" }],
    select: { id: true, firstName: true, lastName: true, consentPhotograph: true, consentShareGroup: true },
  });
  return {
    photoId: photo.id,
    takenAt: photo.takenAt.toISOString(),
    takenOn: toIsoDate(photo.takenOn),
    dateSource: photo.dateSource,
    noChildren: photo.noChildren,
    candidates: children.map((c) => ({
      id: c.id,
      name: `${c.firstName} ${c.lastName}`,
      consentPhotograph: c.consentPhotograph,
      consentShareGroup: c.consentShareGroup,
      tagged: tagged.has(c.id),
    })),
  };
}
