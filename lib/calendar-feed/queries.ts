// Private iCalendar feeds of a child's planning (issue 17): a calendar app fetches
// /api/agenda/<token>.ics without a session, so the token (256 random bits, only its SHA-256 stored) stands in for
// the guardian who made it. The feed shows exactly what that guardian's planning page shows, read through the same
// scoped planning query as that guardian: a token of a deactivated guardian, of a guardian who left the family, or
// for a child no longer theirs yields nothing (a 404).
import "server-only";
import ical, { ICalCalendarMethod } from "ical-generator";
import { createTranslator } from "next-intl";
import { prisma } from "../db";
import { assertRole, isParent, ownFamily, type SessionUser } from "../authz";
import type { ParentUser } from "../auth/session-user";
import { hashToken } from "../auth/tokens";
import { isAppError } from "../errors";
import { loadMessages } from "../i18n/messages";
import { getParentPlanning } from "../planning/queries";
import { now as clockNow } from "../clock";
import { addCalendarDays, dateOnly } from "../time";
import type { Dagdeel } from "../generated/prisma/enums";

/** How far ahead the feed looks (calendar apps refresh it every few hours). */
export const FEED_DAYS = 92;
/** A token in a URL: base64url of 32 bytes. Anything else is not looked up at all. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export type FeedStatus = { childId: string; createdAt: Date };

/** The guardian's own feeds (which children have one, since when). Tokens are never shown again. */
export async function listOwnFeeds(user: SessionUser): Promise<FeedStatus[]> {
  assertRole(user, "PARENT");
  return prisma.calendarFeed.findMany({
    where: { userId: user.id, child: ownFamily(user) },
    select: { childId: true, createdAt: true },
  });
}

/** The parent a token stands for, or null: unknown token, user not active, not a parent, or without a family. */
async function feedOwner(token: string): Promise<{ user: ParentUser; childId: string } | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const feed = await prisma.calendarFeed.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      childId: true,
      user: {
        select: { id: true, role: true, status: true, organisationId: true, name: true, locale: true, familyId: true },
      },
    },
  });
  const owner = feed?.user;
  if (!feed || !owner || owner.status !== "ACTIVE" || !isParent(owner) || !owner.familyId) return null;
  return {
    childId: feed.childId,
    user: {
      id: owner.id,
      role: "PARENT",
      organisationId: owner.organisationId,
      name: owner.name,
      locale: owner.locale,
      familyId: owner.familyId,
    },
  };
}

/** The .ics text for a token, or null for "no such feed" (the route answers 404). */
export async function calendarFeedIcs(token: string, now = clockNow()): Promise<string | null> {
  const owner = await feedOwner(token);
  if (!owner) return null;
  const planning = await getParentPlanning(owner.user, owner.childId, { now, days: FEED_DAYS }).catch(
    (error: unknown) => {
      if (isAppError(error)) return null;
      throw error;
    },
  );
  if (!planning) return null;
  const locale = owner.user.locale === "en" ? "en" : "nl";
  // The catalogue is loaded at runtime (untyped), so the translator is used by plain key.
  const translate = createTranslator({ locale, messages: loadMessages(locale) }) as unknown as (
    key: string,
    values?: Record<string, string>,
  ) => string;
  const t = (key: string, values?: Record<string, string>) => translate(`calendarFeed.${key}`, values);
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  const dagdelen = (values: Dagdeel[]) => list.format(values.map((d) => t(`dagdeel.${d}`)));
  const name = planning.child.firstName;

  const calendar = ical({
    name: t("calendarName", { name }),
    prodId: { company: "De Roef", product: "Ouderportaal", language: locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 60 * 4,
  });
  const event = (date: string, kind: string, summary: string, description?: string) => {
    calendar.createEvent({
      // Stable per child, day and kind, so a calendar app updates an event instead of adding a second one.
      id: `${planning.child.id}-${date}-${kind}@ouderportaal.deroef`,
      start: dateOnly(date),
      end: addCalendarDays(dateOnly(date), 1),
      allDay: true,
      stamp: now,
      summary,
      description: description ?? null,
    });
  };
  for (const day of planning.days) {
    if (day.closedName) {
      event(day.date, "closed", t("closed", { reason: day.closedName }));
      continue;
    }
    const care: Dagdeel[] = [];
    const absent: Dagdeel[] = [];
    const extra: Dagdeel[] = [];
    for (const slot of day.slots) {
      if (slot.absence) absent.push(slot.dagdeel);
      else if (slot.contracted) care.push(slot.dagdeel);
      else if (slot.request?.status === "APPROVED") extra.push(slot.dagdeel);
    }
    if (care.length > 0) event(day.date, "care", t("care", { name, dagdelen: dagdelen(care) }));
    if (extra.length > 0) event(day.date, "extra", t("extra", { name, dagdelen: dagdelen(extra) }));
    if (absent.length > 0) event(day.date, "absent", t("absent", { name, dagdelen: dagdelen(absent) }));
  }
  return calendar.toString();
}
