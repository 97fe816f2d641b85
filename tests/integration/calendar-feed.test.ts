// The private iCalendar feed of a child's planning (issue 17, item 3): what it holds (care days, afmeldingen,
// closed days), that renewing revokes the old URL, and who may make, renew, stop and read one. Real database.
import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../db";
import { sessionFor } from "../session";
import { ACTORS, setupMatrix, type Actor } from "../matrix";
import { createWorld } from "../../prisma/factories";
import { isAppError } from "../../lib/errors";
import { dateOnly } from "../../lib/time";
import { reportAbsence } from "../../lib/planning/mutations";
import { calendarFeedIcs, listOwnFeeds } from "../../lib/calendar-feed/queries";
import { renewCalendarFeed, stopCalendarFeed } from "../../lib/calendar-feed/mutations";
import { newToken } from "../../lib/auth/tokens";

const at = (iso: string) => new Date(iso);
const MONDAY = at("2027-03-01T07:30:00Z"); // 08:30 in Amsterdam

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (isAppError(error) ? error.code : `unexpected: ${String(error)}`),
  );

/** The SUMMARY lines of the events on one day ("yyyymmdd"). */
function summariesOn(ics: string, day: string): string[] {
  return ics
    .split("BEGIN:VEVENT")
    .slice(1)
    .filter((event) => event.includes(`DTSTART;VALUE=DATE:${day}`))
    .map((event) => /SUMMARY:(.*)/.exec(event)?.[1]?.trim() ?? "");
}

describe("calendar feed content", () => {
  it("holds the care days, an afmelding and a closed day in words, all-day, in the guardian's language", async () => {
    const w = await createWorld(testDb);
    const parent = await sessionFor(w.parentA.id);
    // Child A (KDV) is contracted on Monday and Wednesday, morning and afternoon.
    await reportAbsence(
      parent,
      { childId: w.childA.id, from: "2027-03-03", dagdeel: "MIDDAG", reason: "ZIEK", comment: "" },
      MONDAY,
    );
    await testDb.closedDay.create({
      data: { organisationId: w.organisation.id, date: dateOnly("2027-03-08"), name: "Teamdag" },
    });
    const token = await renewCalendarFeed(parent, w.childA.id, MONDAY);
    const ics = (await calendarFeedIcs(token, MONDAY)) ?? "";
    const name = w.childA.firstName;
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(summariesOn(ics, "20270301")).toEqual([`${name}: opvang (ochtend en middag)`]);
    expect(summariesOn(ics, "20270302")).toEqual([]);
    expect(summariesOn(ics, "20270303").sort()).toEqual([`${name}: afgemeld (middag)`, `${name}: opvang (ochtend)`]);
    expect(summariesOn(ics, "20270308")).toEqual(["De Roef dicht: Teamdag"]);
    expect(summariesOn(ics, "20270310")).toEqual([`${name}: opvang (ochtend en middag)`]);
    // No codes, no ISO dates in what a parent reads.
    expect(ics).not.toMatch(/SUMMARY:.*(OCHTEND|MIDDAG|ZIEK|\d{4}-\d\d-\d\d)/);

    await testDb.user.update({ where: { id: w.parentA.id }, data: { locale: "en" } });
    const english = (await calendarFeedIcs(token, MONDAY)) ?? "";
    expect(summariesOn(english, "20270301")).toEqual([`${name}: childcare (morning and afternoon)`]);
    expect(summariesOn(english, "20270308")).toEqual(["De Roef closed: Teamdag"]);
  });
});

describe("calendar feed tokens", () => {
  it("renewing revokes the old URL at once; stopping ends it; another or a made-up token is nothing", async () => {
    const w = await createWorld(testDb);
    const parent = await sessionFor(w.parentA.id);
    const first = await renewCalendarFeed(parent, w.childA.id, MONDAY);
    expect(await calendarFeedIcs(first, MONDAY)).toContain("BEGIN:VCALENDAR");
    const second = await renewCalendarFeed(parent, w.childA.id, MONDAY);
    expect(second).not.toBe(first);
    expect(await calendarFeedIcs(first, MONDAY)).toBeNull();
    expect(await calendarFeedIcs(second, MONDAY)).toContain("BEGIN:VCALENDAR");
    // Only the hash is stored.
    const row = await testDb.calendarFeed.findFirstOrThrow({ where: { userId: w.parentA.id } });
    expect(row.tokenHash).not.toContain(second);
    for (const other of [newToken(), "", "x", `${second}x`, second.toUpperCase(), row.tokenHash])
      expect(await calendarFeedIcs(other, MONDAY), other).toBeNull();
    // The second guardian's feed is their own: the first one renewing does not touch it.
    const second2 = await renewCalendarFeed(await sessionFor(w.parentA2.id), w.childA.id, MONDAY);
    await renewCalendarFeed(parent, w.childA.id, MONDAY);
    expect(await calendarFeedIcs(second2, MONDAY)).toContain("BEGIN:VCALENDAR");
    await stopCalendarFeed(await sessionFor(w.parentA2.id), w.childA.id);
    expect(await calendarFeedIcs(second2, MONDAY)).toBeNull();
  });

  it("a deactivated guardian's or a former family member's token is nothing", async () => {
    const w = await createWorld(testDb);
    const token = await renewCalendarFeed(await sessionFor(w.parentA.id), w.childA.id, MONDAY);
    await testDb.user.update({ where: { id: w.parentA.id }, data: { status: "DEACTIVATED" } });
    expect(await calendarFeedIcs(token, MONDAY)).toBeNull();
    await testDb.user.update({ where: { id: w.parentA.id }, data: { status: "ACTIVE", familyId: w.familyB.id } });
    expect(await calendarFeedIcs(token, MONDAY)).toBeNull();
  });
});

describe("calendar feed matrix", () => {
  let m: Awaited<ReturnType<typeof setupMatrix>>;
  beforeAll(async () => {
    m = await setupMatrix();
  });

  it("make/renew, stop and list for child A: only child A's own guardian", async () => {
    const expected: Record<Actor, string> = {
      parentOwn: "ok",
      parentOther: "NOT_FOUND",
      staffOwn: "NOT_FOUND",
      staffOther: "NOT_FOUND",
      managerOwn: "NOT_FOUND",
      managerOther: "NOT_FOUND",
      beheerder: "NOT_FOUND",
      otherOrg: "NOT_FOUND",
    };
    for (const actor of ACTORS) {
      const user = m.users[actor];
      expect(await outcome(renewCalendarFeed(user, m.w.childA.id, MONDAY)), `renew ${actor}`).toBe(expected[actor]);
      expect(await outcome(stopCalendarFeed(user, m.w.childA.id)), `stop ${actor}`).toBe(expected[actor]);
      const listed = actor.startsWith("parent") ? "ok" : "NOT_FOUND";
      expect(await outcome(listOwnFeeds(user)), `list ${actor}`).toBe(listed);
    }
    for (const childId of ["not-a-uuid", "", m.w.childB.id])
      expect(await outcome(renewCalendarFeed(m.users.parentOwn, childId, MONDAY)), childId).toBe("NOT_FOUND");
    // Nothing was made for anyone else; B's guardian lists only their own.
    await renewCalendarFeed(m.users.parentOwn, m.w.childA.id, MONDAY);
    expect(await testDb.calendarFeed.count({ where: { childId: m.w.childA.id } })).toBe(1);
    expect(await listOwnFeeds(m.users.parentOther)).toEqual([]);
    expect((await listOwnFeeds(m.users.parentOwn)).map((f) => f.childId)).toEqual([m.w.childA.id]);
  });
});
