// News as seen by the signed-in user: the organisation's own items, plus items of locations in the user's scope.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { isUuid } from "../ids";
import { assertRole, isBeheerder, locationScope, type SessionUser } from "../authz";
import type { Prisma } from "../generated/prisma/client";

/**
 * SECURITY: org-wide news of the user's own organisation, and location news only for locations in lib/authz
 * locationScope (parents: where a child is placed now or later; staff: their groups' locations; managers: theirs).
 * Beheerders see all of their organisation's news.
 */
export function newsScope(user: SessionUser): Prisma.NewsItemWhereInput {
  if (!user.organisationId) throw new AppError("NOT_FOUND");
  const organisation = { organisationId: user.organisationId };
  if (isBeheerder(user)) return organisation;
  return { AND: [organisation, { OR: [{ locationId: null }, { location: locationScope(user) }] }] };
}

export type NewsSummary = {
  id: string;
  title: string;
  excerpt: string;
  publishedAt: Date;
  locationName: string | null;
  attachmentMime: string | null;
  unread: boolean;
};

const EXCERPT_LENGTH = 160;

/** Newest first, with the user's own read state. */
export async function listNews(user: SessionUser, { take = 50 }: { take?: number } = {}): Promise<NewsSummary[]> {
  const rows = await prisma.newsItem.findMany({
    where: newsScope(user),
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      title: true,
      body: true,
      publishedAt: true,
      attachmentMime: true,
      location: { select: { name: true } },
      reads: { where: { userId: user.id }, select: { userId: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    excerpt: row.body.length > EXCERPT_LENGTH ? `${row.body.slice(0, EXCERPT_LENGTH).trimEnd()}…` : row.body,
    publishedAt: row.publishedAt,
    locationName: row.location?.name ?? null,
    attachmentMime: row.attachmentMime,
    unread: row.reads.length === 0,
  }));
}

export async function countUnreadNews(user: SessionUser): Promise<number> {
  return prisma.newsItem.count({ where: { AND: [newsScope(user), { reads: { none: { userId: user.id } } }] } });
}

export type NewsDetail = Omit<NewsSummary, "excerpt" | "unread"> & { body: string; authorName: string };

/** One item, or NOT_FOUND (malformed, unknown and not-yours look the same). */
export async function getNewsItem(user: SessionUser, id: string): Promise<NewsDetail> {
  if (!isUuid(id)) throw new AppError("NOT_FOUND");
  const row = await prisma.newsItem.findFirst({
    where: { AND: [{ id }, newsScope(user)] },
    select: {
      id: true,
      title: true,
      body: true,
      publishedAt: true,
      attachmentMime: true,
      authorId: true,
      location: { select: { name: true } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND");
  const author = await prisma.user.findFirst({
    where: { id: row.authorId, organisationId: user.organisationId },
    select: { name: true },
  });
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    publishedAt: row.publishedAt,
    attachmentMime: row.attachmentMime,
    locationName: row.location?.name ?? null,
    authorName: author?.name ?? "",
  };
}

/** Marks an item read for the user; only items in their scope (a no-op for others). */
export async function markNewsRead(user: SessionUser, id: string): Promise<void> {
  if (!isUuid(id)) return;
  const visible = await prisma.newsItem.count({ where: { AND: [{ id }, newsScope(user)] } });
  if (visible === 0) return;
  await prisma.newsRead.upsert({
    where: { newsId_userId: { newsId: id, userId: user.id } },
    create: { newsId: id, userId: user.id },
    update: {},
  });
}

export type NewsAttachment = { storageKey: string; mime: string; title: string };

/** SECURITY: the lookup behind the attachment route; same scope as the item itself. */
export async function getNewsAttachment(user: SessionUser, id: string): Promise<NewsAttachment> {
  if (!isUuid(id)) throw new AppError("NOT_FOUND");
  const row = await prisma.newsItem.findFirst({
    where: { AND: [{ id }, newsScope(user)] },
    select: { title: true, attachmentKey: true, attachmentMime: true },
  });
  if (!row?.attachmentKey || !row.attachmentMime) throw new AppError("NOT_FOUND");
  return { storageKey: row.attachmentKey, mime: row.attachmentMime, title: row.title };
}

export type NewsLocationOption = { id: string; name: string };

/** Locations a beheerder can address news to. */
export async function listNewsLocations(user: SessionUser): Promise<NewsLocationOption[]> {
  assertRole(user, "BEHEERDER");
  return prisma.location.findMany({
    where: locationScope(user),
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
