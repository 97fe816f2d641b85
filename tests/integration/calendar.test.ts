// The calendar beheerders keep, against the real database: the authorization matrix of every calendar action (each
// role x each action; "not yours" is NOT_FOUND and writes nothing), what the page shows after saving, generated
// holidays and per-location closed days and per-region vacations in planning (lib/planning asks the calendar of the
// location of the child's group that day).
import { describe, expect, it } from "vitest";
import { testDb } from "../db";
import { sessionFor } from "../session";
import { createChild, createGroup, createWorld } from "../../prisma/factories";
import { dateOnly } from "../../lib/time";
import {
  createClosedDay,
  createSchoolVacation,
  deleteClosedDay,
  deleteSchoolVacation,
  generateSchoolVacations,
  setLocationRegion,
  updateHolidaySettings,
  updateSchoolVacation,
} from "../../lib/calendar/mutations";
import { getCalendarAdmin, listSchoolVacations } from "../../lib/calendar/queries";
import { createCareRequests, reportAbsence } from "../../lib/planning/mutations";
import { getAttendance, getRoefjesOverview } from "../../lib/planning/queries";
import { CreateRequestSchema } from "../../lib/planning/schema";
import { PlanningError } from "../../lib/planning/errors";
import { ACTORS, setupMatrix } from "../matrix";

// Fixed instants: these tests pin `now`, so they pass on any real date (and under scripts/test-at.ts).
const now = new Date("2027-03-01T07:30:00Z"); // Monday 1 March 2027, 08:30 CET

async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error instanceof PlanningError) return error.messageKey;
    return (error as { code?: string }).code ?? String(error);
  }
}

describe("calendar authorization matrix", () => {
  it("only the organisation's own beheerder reads or changes the calendar; everyone else gets NOT_FOUND", async () => {
    const { w, users } = await setupMatrix();
    const vacation = await testDb.schoolVacation.create({
      data: {
        organisationId: w.organisation.id,
        name: "Herfst",
        startDate: dateOnly("2027-10-16"),
        endDate: dateOnly("2027-10-24"),
      },
    });
    const closed = await testDb.closedDay.create({
      data: { organisationId: w.organisation.id, date: dateOnly("2027-06-01"), name: "Teamdag" },
    });
    const before = await snapshot(w.organisation.id);
    const period = { name: "Extra", startDate: "2027-11-01", endDate: "2027-11-05" };
    const actions = {
      getCalendarAdmin: (u: (typeof users)["beheerder"]) => getCalendarAdmin(u, { now }),
      listSchoolVacations: (u: (typeof users)["beheerder"]) => listSchoolVacations(u),
      updateHolidaySettings: (u: (typeof users)["beheerder"]) =>
        updateHolidaySettings(u, { bevrijdingsdag: "LUSTRUM", closedOnGoodFriday: true }),
      setLocationRegion: (u: (typeof users)["beheerder"]) =>
        setLocationRegion(u, { locationId: w.locationA.id, region: "ZUID" }),
      createSchoolVacation: (u: (typeof users)["beheerder"]) => createSchoolVacation(u, period),
      updateSchoolVacation: (u: (typeof users)["beheerder"]) =>
        updateSchoolVacation(u, { vacationId: vacation.id, ...period, startDate: "2027-12-06", endDate: "2027-12-10" }),
      deleteSchoolVacation: (u: (typeof users)["beheerder"]) => deleteSchoolVacation(u, vacation.id),
      generateSchoolVacations: (u: (typeof users)["beheerder"]) => generateSchoolVacations(u, { schoolYear: 2028 }),
      createClosedDay: (u: (typeof users)["beheerder"]) =>
        createClosedDay(u, { date: "2027-06-02", name: "Studiedag", locationId: w.locationA.id }),
      deleteClosedDay: (u: (typeof users)["beheerder"]) => deleteClosedDay(u, closed.id),
    };
    for (const actor of ACTORS.filter((a) => a !== "beheerder" && a !== "otherOrg"))
      for (const [name, run] of Object.entries(actions))
        expect(`${actor} ${name}: ${await outcome(run(users[actor]))}`).toBe(`${actor} ${name}: NOT_FOUND`);
    // The other organisation's beheerder: every id of ours is "not found"; reads show only their own (empty) calendar.
    const other = users.otherOrg;
    expect(await outcome(setLocationRegion(other, { locationId: w.locationA.id, region: "ZUID" }))).toBe("NOT_FOUND");
    expect(await outcome(updateSchoolVacation(other, { vacationId: vacation.id, ...period }))).toBe("NOT_FOUND");
    expect(await outcome(deleteSchoolVacation(other, vacation.id))).toBe("NOT_FOUND");
    expect(await outcome(deleteClosedDay(other, closed.id))).toBe("NOT_FOUND");
    expect(
      await outcome(createClosedDay(other, { date: "2027-06-02", name: "Studiedag", locationId: w.locationA.id })),
    ).toBe("NOT_FOUND");
    expect((await listSchoolVacations(other)).map((v) => v.id)).not.toContain(vacation.id);
    expect((await getCalendarAdmin(other, { now })).closedDays).toEqual([]);
    // Deactivated users have no session at all (tests/integration/auth.test.ts); malformed ids are NOT_FOUND.
    expect(await outcome(deleteSchoolVacation(users.beheerder, "not-a-uuid"))).toBe("NOT_FOUND");
    expect(await outcome(deleteClosedDay(users.beheerder, "x'; DROP TABLE"))).toBe("NOT_FOUND");
    expect(await snapshot(w.organisation.id)).toEqual(before);

    // The own beheerder can do each of them.
    for (const [name, run] of Object.entries(actions))
      expect(`${name}: ${await outcome(run(users.beheerder))}`).toBe(`${name}: ok`);
  });
});

async function snapshot(organisationId: string) {
  const [organisation, locations, vacations, closed] = await Promise.all([
    testDb.organisation.findUniqueOrThrow({
      where: { id: organisationId },
      select: { bevrijdingsdag: true, closedOnGoodFriday: true },
    }),
    testDb.location.findMany({ where: { organisationId }, select: { id: true, region: true }, orderBy: { id: "asc" } }),
    testDb.schoolVacation.findMany({ where: { organisationId }, orderBy: { id: "asc" } }),
    testDb.closedDay.findMany({ where: { organisationId }, orderBy: { id: "asc" } }),
  ]);
  return { organisation, locations, vacations, closed };
}

describe("calendar beheer: save, reload, save again", () => {
  it("shows exactly what is stored, and refuses overlaps per region with a clear message", async () => {
    const w = await createWorld(testDb);
    const beheerder = await sessionFor(w.beheerder.id);
    await updateHolidaySettings(beheerder, { bevrijdingsdag: "LUSTRUM", closedOnGoodFriday: true });
    await setLocationRegion(beheerder, { locationId: w.locationB.id, region: "ZUID" });
    const { id } = await createSchoolVacation(beheerder, {
      name: "Herfstvakantie 2027",
      region: "ZUID",
      startDate: "2027-10-23",
      endDate: "2027-10-31",
    });
    // Noord's herfstvakantie may overlap zuid's; a national one may not.
    await createSchoolVacation(beheerder, {
      name: "Herfst noord",
      region: "NOORD",
      startDate: "2027-10-16",
      endDate: "2027-10-24",
    });
    expect(
      await outcome(
        createSchoolVacation(beheerder, { name: "Landelijk", startDate: "2027-10-30", endDate: "2027-11-01" }),
      ),
    ).toBe("calendar.errors.vacationOverlap");
    await createClosedDay(beheerder, { date: "2027-06-02", name: "Studiedag", locationId: w.locationA.id });
    expect(
      await outcome(createClosedDay(beheerder, { date: "2027-06-02", name: "Nog een", locationId: w.locationA.id })),
    ).toBe("calendar.errors.closedDayExists");
    await createClosedDay(beheerder, { date: "2027-06-02", name: "Teamdag", locationId: null });
    expect(await outcome(createClosedDay(beheerder, { date: "2027-06-02", name: "Dubbel", locationId: null }))).toBe(
      "calendar.errors.closedDayExists",
    );

    const page = await getCalendarAdmin(beheerder, { now, year: 2030 });
    expect(page.settings).toEqual({ bevrijdingsdag: "LUSTRUM", closedOnGoodFriday: true });
    expect(page.locations.find((l) => l.id === w.locationB.id)?.region).toBe("ZUID");
    expect(page.holidays.map((h) => h.key)).toContain("bevrijdingsdag"); // 2030 is a lustrum year
    expect(page.holidays.map((h) => h.key)).toContain("goedeVrijdag");
    expect(page.vacations.find((v) => v.id === id)).toEqual({
      id,
      name: "Herfstvakantie 2027",
      region: "ZUID",
      startDate: "2027-10-23",
      endDate: "2027-10-31",
    });
    expect(page.closedDays.map((d) => `${d.date} ${d.name} ${d.locationId ?? "org"}`)).toEqual([
      `2027-06-02 Studiedag ${w.locationA.id}`,
      "2027-06-02 Teamdag org",
    ]);
    // Save again with what the page showed: nothing changes.
    await updateSchoolVacation(beheerder, { vacationId: id, ...page.vacations.find((v) => v.id === id)! });
    expect((await getCalendarAdmin(beheerder, { now })).vacations.find((v) => v.id === id)?.endDate).toBe("2027-10-31");
    expect((await getCalendarAdmin(beheerder, { now, year: 2029 })).holidays.map((h) => h.key)).not.toContain(
      "bevrijdingsdag",
    );
  });

  it("generates a school year once for the regions of the locations, published dates where shipped", async () => {
    const w = await createWorld(testDb);
    const beheerder = await sessionFor(w.beheerder.id);
    await setLocationRegion(beheerder, { locationId: w.locationB.id, region: "NOORD" });
    const first = await generateSchoolVacations(beheerder, { schoolYear: 2027 });
    expect(first).toMatchObject({ published: true, skipped: 0 });
    const rows = await listSchoolVacations(beheerder);
    expect(rows.length).toBe(first.created);
    expect(rows.some((v) => v.region === "ZUID")).toBe(false); // no location in zuid
    expect(rows).toContainEqual(
      expect.objectContaining({ region: "MIDDEN", startDate: "2028-07-08", endDate: "2028-08-20" }),
    );
    expect(rows).toContainEqual(expect.objectContaining({ region: null, startDate: "2027-12-25" }));
    const again = await generateSchoolVacations(beheerder, { schoolYear: 2027 });
    expect(again).toMatchObject({ created: 0, skipped: first.created });
    const proposal = await generateSchoolVacations(beheerder, { schoolYear: 2031 });
    expect(proposal.published).toBe(false);
    expect(proposal.created).toBeGreaterThan(0);
  });
});

describe("planning follows the location's calendar", () => {
  it("generated holidays close every location: no care on Koningsdag, Bevrijdingsdag per setting", async () => {
    const w = await createWorld(testDb);
    const parent = await sessionFor(w.parentA.id);
    const beheerder = await sessionFor(w.beheerder.id);
    // childA (KDV) has Monday and Wednesday. Tuesday 27 April 2027 is Koningsdag; Wednesday 5 May Bevrijdingsdag.
    const absence = (from: string) =>
      reportAbsence(parent, { childId: w.childA.id, from, dagdeel: "ALL", reason: "ZIEK", comment: "" }, now);
    expect(await outcome(absence("2027-05-05"))).toBe("planningErrors.noCareInPeriod");
    await updateHolidaySettings(beheerder, { bevrijdingsdag: "LUSTRUM", closedOnGoodFriday: false });
    expect(await absence("2027-05-05")).toMatchObject({ count: 2 }); // 2027 is no lustrum year: a care day
    const extra = CreateRequestSchema.parse({ type: "EXTRA", childIds: [w.childA.id], slots: ["2027-04-27|OCHTEND"] });
    expect(await outcome(createCareRequests(parent, extra, now))).toBe("planningErrors.closedDay");
  });

  it("a closed day of one location closes only that location", async () => {
    const w = await createWorld(testDb);
    const beheerder = await sessionFor(w.beheerder.id);
    const parent = await sessionFor(w.parentA.id);
    const staff = await sessionFor(w.staffA.id);
    // A KDV child of the same family at location B, Wednesday contract too.
    const groupB2 = await createGroup(testDb, { locationId: w.locationB.id, careType: "KDV" });
    const sibling = await createChild(testDb, {
      familyId: w.familyA.id,
      groupId: groupB2.id,
      consentById: w.parentA.id,
    });
    await createClosedDay(beheerder, { date: "2027-03-03", name: "Studiedag A", locationId: w.locationA.id });
    const absence = (childId: string) =>
      reportAbsence(parent, { childId, from: "2027-03-03", dagdeel: "ALL", reason: "ZIEK", comment: "" }, now);
    expect(await outcome(absence(w.childA.id))).toBe("planningErrors.noCareInPeriod");
    expect(await absence(sibling.id)).toMatchObject({ count: 2 });
    const list = await getAttendance(staff, { groupId: w.groupA.id, date: "2027-03-03", now });
    expect(list.closedName).toBe("Studiedag A");
    expect(list.rows).toEqual([]);
  });

  it("BSO vacations follow the region of the child's location", async () => {
    const w = await createWorld(testDb);
    const beheerder = await sessionFor(w.beheerder.id);
    const parentB = await sessionFor(w.parentB.id);
    await setLocationRegion(beheerder, { locationId: w.locationB.id, region: "ZUID" });
    await createSchoolVacation(beheerder, {
      name: "Voorjaar noord",
      region: "NOORD",
      startDate: "2027-04-03",
      endDate: "2027-04-11",
    });
    const zuid = await createSchoolVacation(beheerder, {
      name: "Voorjaar zuid",
      region: "ZUID",
      startDate: "2027-04-10",
      endDate: "2027-04-18",
    });
    const overview = await getRoefjesOverview(parentB, w.childB.id, { now });
    expect(overview.vacations.map((v) => v.id)).toEqual([zuid.id]);
    const vacationDay = (date: string) =>
      CreateRequestSchema.parse({ type: "VACATION", childIds: [w.childB.id], slots: [`${date}|OCHTEND`] });
    // Monday 5 April is in noord's vacation, not in zuid's: no vacation day for this child.
    expect(await outcome(createCareRequests(parentB, vacationDay("2027-04-05"), now))).toBe(
      "planningErrors.notInVacation",
    );
    expect(await outcome(createCareRequests(parentB, vacationDay("2027-04-12"), now))).toBe("ok");
  });
});
