// The parent's home (issue 17, "home is today"): per child today's planning and what is new lately (photos,
// schriftje, decided requests), and for the family the recent messages and news. Everything is read through the
// features' own scoped queries (photos, diary, planning, messages, news), so the home shows nothing a parent could
// not open on the feature's page.
import "server-only";
import { prisma } from "../db";
import { assertRole, type SessionUser } from "../authz";
import { listChildPhotos } from "../photos/queries";
import { getDiaryTimeline } from "../diary/queries";
import { getParentPlanning } from "../planning/queries";
import { careRequestScope } from "../planning/scope";
import { listThreads } from "../messages/queries";
import { listNews } from "../news/queries";
import { listVisibleChildren } from "../children/queries";
import { isAppError } from "../errors";
import { now as clockNow } from "../clock";
import { todayDate, toIsoDate } from "../time";
import type { Dagdeel, RequestStatus, RequestType } from "../generated/prisma/enums";

/** "New" on the home: from the last week. */
export const HOME_NEW_DAYS = 7;
const MAX_PHOTOS = 4;

export type TodayPlanning =
  | { kind: "closed"; name: string }
  | { kind: "weekend" }
  | { kind: "care"; care: Dagdeel[]; extra: Dagdeel[]; absent: Dagdeel[]; groupName: string | null };

export type HomeItem =
  | { kind: "photos"; at: Date; count: number; thumbs: { id: string; url: string; caption: string }[]; href: string }
  | { kind: "diary"; at: Date; date: string; authorName: string; fromStaff: boolean; href: string }
  | {
      kind: "request";
      at: Date;
      status: RequestStatus;
      type: RequestType;
      date: string;
      dagdeel: Dagdeel;
      href: string;
    };

export type FamilyItem =
  | { kind: "message"; at: Date; subject: string; unread: boolean; href: string }
  | { kind: "news"; at: Date; title: string; unread: boolean; href: string };

export type HomeChild = {
  id: string;
  firstName: string;
  lastName: string;
  today: TodayPlanning | null;
  items: HomeItem[];
};

export type ParentHome = { children: HomeChild[]; family: FamilyItem[] };

const newest = <T extends { at: Date }>(items: T[]) => items.sort((a, b) => b.at.getTime() - a.at.getTime());

/** Empty instead of NOT_FOUND when a feature has nothing for this child (no placement yet, no consent). */
const orEmpty = <T>(promise: Promise<T>, empty: T) =>
  promise.catch((error: unknown) => {
    if (isAppError(error)) return empty;
    throw error;
  });

async function todayFor(user: SessionUser, childId: string, now: Date): Promise<TodayPlanning | null> {
  const planning = await orEmpty(getParentPlanning(user, childId, { now, days: 1 }), null);
  if (!planning) return null;
  const today = toIsoDate(todayDate(now));
  const day = planning.days.find((d) => d.date === today);
  if (!day) return { kind: "weekend" };
  if (day.closedName) return { kind: "closed", name: day.closedName };
  const care: Dagdeel[] = [];
  const extra: Dagdeel[] = [];
  const absent: Dagdeel[] = [];
  for (const slot of day.slots) {
    if (slot.absence) absent.push(slot.dagdeel);
    else if (slot.contracted) care.push(slot.dagdeel);
    else if (slot.request?.status === "APPROVED") extra.push(slot.dagdeel);
  }
  return { kind: "care", care, extra, absent, groupName: planning.child.groupName };
}

export async function getParentHome(user: SessionUser, now = clockNow()): Promise<ParentHome> {
  assertRole(user, "PARENT");
  const since = new Date(now.getTime() - HOME_NEW_DAYS * 24 * 3600_000);
  const children = await listVisibleChildren(user);
  const [perChild, threads, news, decided] = await Promise.all([
    Promise.all(
      children.map(async (child) => {
        const [today, photos, diary] = await Promise.all([
          todayFor(user, child.id, now),
          orEmpty(listChildPhotos(user, { childId: child.id, take: 12 }), { photos: [], nextCursor: null }),
          orEmpty(getDiaryTimeline(user, child.id, { take: 10 }), null),
        ]);
        return { child, today, photos: photos.photos, diary: diary?.entries ?? [] };
      }),
    ),
    listThreads(user, { take: 20 }),
    listNews(user, { take: 10 }),
    prisma.careRequest.findMany({
      where: {
        AND: [
          await careRequestScope(user, todayDate(now)),
          { status: { in: ["APPROVED", "DECLINED"] }, decidedAt: { gte: since } },
        ],
      },
      orderBy: { decidedAt: "desc" },
      take: 20,
      select: { id: true, childId: true, status: true, type: true, date: true, dagdeel: true, decidedAt: true },
    }),
  ]);

  const result: HomeChild[] = perChild.map(({ child, today, photos, diary }) => {
    const items: HomeItem[] = [];
    const recentPhotos = photos.filter((p) => new Date(p.takenAt) >= since);
    if (recentPhotos.length > 0)
      items.push({
        kind: "photos",
        at: new Date(recentPhotos[0].takenAt),
        count: recentPhotos.length,
        thumbs: recentPhotos.slice(0, MAX_PHOTOS).map((p) => ({ id: p.id, url: p.thumbUrl, caption: p.caption })),
        href: `/ouder/fotos/${child.id}`,
      });
    for (const entry of diary.filter((e) => e.createdAt >= since && !e.mine))
      items.push({
        kind: "diary",
        at: entry.createdAt,
        date: entry.date,
        authorName: entry.authorName,
        fromStaff: entry.authorRole === "STAFF",
        href: `/ouder/schriftje?kind=${child.id}`,
      });
    for (const request of decided.filter((r) => r.childId === child.id))
      items.push({
        kind: "request",
        at: request.decidedAt ?? since,
        status: request.status,
        type: request.type,
        date: toIsoDate(request.date),
        dagdeel: request.dagdeel,
        href: request.type === "VACATION" ? `/ouder/roefjes?kind=${child.id}` : `/ouder/planning?kind=${child.id}`,
      });
    return { id: child.id, firstName: child.firstName, lastName: child.lastName, today, items: newest(items) };
  });

  const family: FamilyItem[] = [
    ...threads
      .filter((t) => t.lastMessageAt >= since)
      .map((t) => ({
        kind: "message" as const,
        at: t.lastMessageAt,
        subject: t.subject,
        unread: t.unread,
        href: `/berichten/${t.id}`,
      })),
    ...news
      .filter((n) => n.publishedAt >= since || n.unread)
      .map((n) => ({
        kind: "news" as const,
        at: n.publishedAt,
        title: n.title,
        unread: n.unread,
        href: `/nieuws/${n.id}`,
      })),
  ];
  return { children: result, family: newest(family) };
}
