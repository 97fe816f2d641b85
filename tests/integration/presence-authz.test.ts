// Issue 18, presence: check-in and check-out with who collected the child, the day list with late pick-ups, "who is
// here now", a parent's own times, the GGD export, and retention. Authorization matrix (each role x each action)
// against the real database; `now` is pinned to a Monday (child A's contract: Monday and Wednesday, both dagdelen).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../db";
import { sessionFor } from "../session";
import { ACTORS, type Actor, setupMatrix } from "../matrix";
import { createChild, createFamily, createGuardian } from "../../prisma/factories";
import { checkIn, checkOut, undoPresence } from "../../lib/presence/mutations";
import { getPresenceDay, listHereNow, listOwnPresenceToday, listPresenceForExport } from "../../lib/presence/queries";
import { handlePresenceCsv } from "../../lib/presence/http";
import { runRetention } from "../../lib/privacy/retention";
import { LocalStorage } from "../../lib/storage/local";
import { amsterdamInstant, dateOnly } from "../../lib/time";

type Matrix = Awaited<ReturnType<typeof setupMatrix>>;
let m: Matrix;
let guardianOption: string;
let contactOption: string;
let otherFamilyContact: string;
let noPickUpContact: string;

const MONDAY = "2026-11-30";
const at = (hhmm: string, day = MONDAY) => {
  const [h, mm] = hhmm.split(":").map(Number);
  return amsterdamInstant(dateOnly(day), h * 60 + mm);
};

const outcome = async (run: () => Promise<unknown>): Promise<string> => {
  try {
    await run();
    return "ok";
  } catch (error) {
    const e = error as { code?: string; messageKey?: string };
    if (e.code === "NOT_FOUND") return "404";
    if (e.messageKey) return e.messageKey;
    throw error;
  }
};

beforeAll(async () => {
  m = await setupMatrix();
  guardianOption = `guardian:${m.w.parentA.id}`;
  const contact = await testDb.contactPerson.create({
    data: { familyId: m.w.familyA.id, childId: m.w.childA.id, name: "Oma Test", phone: "06-1", mayPickUp: true },
  });
  contactOption = `contact:${contact.id}`;
  const notAllowed = await testDb.contactPerson.create({
    data: { familyId: m.w.familyA.id, name: "Buurman", phone: "06-2", mayPickUp: false },
  });
  noPickUpContact = `contact:${notAllowed.id}`;
  const other = await testDb.contactPerson.create({
    data: { familyId: m.w.familyB.id, name: "Oom B", phone: "06-3", mayPickUp: true },
  });
  otherFamilyContact = `contact:${other.id}`;
});

const group = () => m.w.groupA.id;
const child = () => m.w.childA.id;

describe("presence authorization matrix", () => {
  // Check-in, check-out and undo: the carers of the child's group (its staff, the location's manager).
  const WRITE: Record<Actor, "ok" | "404"> = {
    parentOwn: "404",
    parentOther: "404",
    staffOwn: "ok",
    staffOther: "404",
    managerOwn: "ok",
    managerOther: "404",
    beheerder: "404",
    otherOrg: "404",
  };
  // The day list and "who is here now": carers and beheerders of the organisation.
  const READ: Record<Actor, "ok" | "404"> = { ...WRITE, beheerder: "ok" };
  // The GGD export: managers of the location and beheerders only.
  const EXPORT: Record<Actor, "ok" | "404"> = {
    parentOwn: "404",
    parentOther: "404",
    staffOwn: "404",
    staffOther: "404",
    managerOwn: "ok",
    managerOther: "404",
    beheerder: "ok",
    otherOrg: "404",
  };

  for (const actor of ACTORS) {
    it(`${actor}: check in, check out, undo, day list, here now, own times, export`, async () => {
      const user = m.users[actor];
      const now = at("08:05");
      const row = () =>
        testDb.presence.findUnique({ where: { childId_date: { childId: child(), date: dateOnly(MONDAY) } } });

      expect(await outcome(() => checkIn(user, { groupId: group(), childId: child(), time: "", now })), "in").toBe(
        WRITE[actor],
      );
      expect(Boolean(await row()), "in stored").toBe(WRITE[actor] === "ok");
      if (!(await row())) await checkIn(m.users.staffOwn, { groupId: group(), childId: child(), time: "", now });

      const dayList = await outcome(() => getPresenceDay(user, { groupId: group(), now: at("10:00") }));
      expect(dayList, "day list").toBe(READ[actor]);
      const here = await listHereNow(user, { now: at("10:00") }).then(
        (groups) => groups.flatMap((g) => g.children.map((c) => c.id)).includes(child()),
        () => false,
      );
      expect(here, "here now").toBe(READ[actor] === "ok");
      const own = await listOwnPresenceToday(user, at("10:00"));
      expect(
        own.map((p) => p.childId),
        "own times",
      ).toEqual(actor === "parentOwn" ? [child()] : []);

      expect(
        await outcome(() =>
          checkOut(user, { groupId: group(), childId: child(), pickedUpBy: contactOption, time: "", now: at("17:00") }),
        ),
        "out",
      ).toBe(WRITE[actor]);
      expect(Boolean((await row())?.checkedOutAt), "out stored").toBe(WRITE[actor] === "ok");

      expect(
        await outcome(() => undoPresence(user, { groupId: group(), childId: child(), now: at("17:01") })),
        "undo",
      ).toBe(WRITE[actor] === "ok" ? "ok" : "404");

      const exported = await outcome(() =>
        listPresenceForExport(user, { locationId: m.w.locationA.id, from: MONDAY, to: MONDAY, now: at("18:00") }),
      );
      expect(exported, "export").toBe(EXPORT[actor]);
      const csv = await handlePresenceCsv(user, {
        searchParams: new URLSearchParams({ locatie: m.w.locationA.id, van: MONDAY, tot: MONDAY }),
        header: ["d", "g", "k", "b", "i", "o", "p"],
      });
      // The route reads the real clock: the period is in the past, so the scope of today applies.
      expect(csv.status, "csv").toBe(EXPORT[actor] === "ok" ? 200 : 404);

      // Clean up for the next actor.
      await testDb.presence.deleteMany({ where: { childId: child(), date: dateOnly(MONDAY) } });
    });
  }

  it("anonymous: 401 for the CSV; malformed ids are 404; a deactivated user has no session", async () => {
    const response = await handlePresenceCsv(null, { searchParams: new URLSearchParams(), header: [] });
    expect(response.status).toBe(401);
    const staff = m.users.staffOwn;
    expect(await outcome(() => checkIn(staff, { groupId: "x", childId: child(), time: "" }))).toBe("404");
    expect(await outcome(() => checkIn(staff, { groupId: group(), childId: m.w.childB.id, time: "" }))).toBe("404");
    expect(await outcome(() => listHereNow(staff, { locationId: "nope" }))).toBe("404");
    await expect(sessionFor(m.w.deactivated.id)).rejects.toThrow(/no valid session/);
  });
});

describe("presence rules", () => {
  it("who collected the child: a listed pick-up person or a guardian of the child's own family, nobody else", async () => {
    const staff = m.users.staffOwn;
    const now = at("08:00");
    await checkIn(staff, { groupId: group(), childId: child(), time: "", now });
    for (const bad of [otherFamilyContact, noPickUpContact, `guardian:${m.w.parentB.id}`, "contact:nope", "iemand"])
      expect(
        await outcome(() =>
          checkOut(staff, { groupId: group(), childId: child(), pickedUpBy: bad, time: "", now: at("16:00") }),
        ),
        bad,
      ).toBe("presence.errors.pickedUpBy");
    const out = await checkOut(staff, {
      groupId: group(),
      childId: child(),
      pickedUpBy: guardianOption,
      time: "",
      now: at("16:00"),
    });
    expect(out.pickedUpByName).toBe(m.w.parentA.name);
    expect(
      await outcome(() =>
        checkOut(staff, { groupId: group(), childId: child(), pickedUpBy: contactOption, time: "", now: at("16:05") }),
      ),
    ).toBe("presence.errors.alreadyOut");
    expect(
      await testDb.auditEvent.count({ where: { childId: child(), action: { startsWith: "presence." } } }),
    ).toBeGreaterThanOrEqual(2);
    await testDb.presence.deleteMany({ where: { childId: child(), date: dateOnly(MONDAY) } });
  });

  it("times typed afterwards: real, not in the future, check-out not before check-in; twice in is refused", async () => {
    const staff = m.users.staffOwn;
    const now = at("09:00");
    expect(await outcome(() => checkIn(staff, { groupId: group(), childId: child(), time: "25:00", now }))).toBe(
      "presence.errors.time",
    );
    expect(await outcome(() => checkIn(staff, { groupId: group(), childId: child(), time: "09:30", now }))).toBe(
      "presence.errors.timeFuture",
    );
    const { checkedInAt } = await checkIn(staff, { groupId: group(), childId: child(), time: "08:15", now });
    expect(checkedInAt.getTime()).toBe(at("08:15").getTime());
    expect(await outcome(() => checkIn(staff, { groupId: group(), childId: child(), time: "", now }))).toBe(
      "presence.errors.alreadyIn",
    );
    expect(
      await outcome(() =>
        checkOut(staff, { groupId: group(), childId: child(), pickedUpBy: contactOption, time: "08:00", now }),
      ),
    ).toBe("presence.errors.beforeCheckIn");
    await testDb.presence.deleteMany({ where: { childId: child(), date: dateOnly(MONDAY) } });
  });

  it("late pick-ups stand out; parents' absences show; counts add up", async () => {
    const staff = m.users.staffOwn;
    await checkIn(staff, { groupId: group(), childId: child(), time: "", now: at("08:00") });
    const onTime = await getPresenceDay(staff, { groupId: group(), now: at("18:30") });
    const mine = () => onTime.presence.find((r) => r.childId === child());
    expect(mine()?.lateMinutes).toBe(0);
    expect(mine()?.careEnd).toBe(at("18:30").toISOString());
    const late = await getPresenceDay(staff, { groupId: group(), now: at("18:52") });
    expect(late.presence.find((r) => r.childId === child())?.lateMinutes).toBe(22);
    expect(late.counts.here).toBe(1);
    await checkOut(staff, {
      groupId: group(),
      childId: child(),
      pickedUpBy: contactOption,
      time: "",
      now: at("18:45"),
    });
    const after = await getPresenceDay(staff, { groupId: group(), now: at("20:00") });
    expect(after.presence.find((r) => r.childId === child())?.lateMinutes).toBe(15);
    expect(after.counts).toMatchObject({ here: 0, gone: 1 });

    // A child whose parents reported it absent for the whole day shows as absent, not expected.
    const family = await createFamily(testDb, { organisationId: m.w.organisation.id });
    const guardian = await createGuardian(testDb, { family });
    const sick = await createChild(testDb, { familyId: family.id, groupId: group(), consentById: guardian.id });
    for (const dagdeel of ["OCHTEND", "MIDDAG"] as const)
      await testDb.absence.create({
        data: { childId: sick.id, date: dateOnly(MONDAY), dagdeel, reason: "ZIEK", reportedById: guardian.id },
      });
    const withAbsence = await getPresenceDay(staff, { groupId: group(), now: at("09:00") });
    const sickRow = withAbsence.presence.find((r) => r.childId === sick.id);
    expect(sickRow?.absent).toBe(true);
    expect(sickRow?.slots.every((s) => s.status === "absent" && s.reason === "ZIEK")).toBe(true);
    expect(withAbsence.presence.find((r) => r.childId === child())?.pickUpOptions.map((o) => o.value)).toEqual(
      expect.arrayContaining([guardianOption, contactOption]),
    );
    expect(withAbsence.presence.find((r) => r.childId === child())?.pickUpOptions.map((o) => o.value)).not.toContain(
      noPickUpContact,
    );
    await testDb.presence.deleteMany({ where: { childId: child(), date: dateOnly(MONDAY) } });
  });

  it("the export: the period's rows in order; bad periods are refused", async () => {
    const beheerder = m.users.beheerder;
    const audited = () =>
      testDb.auditEvent.count({ where: { action: "privacy.presence_exported", actorId: m.w.beheerder.id } });
    const auditedBefore = await audited();
    await checkIn(m.users.staffOwn, { groupId: group(), childId: child(), time: "", now: at("08:10") });
    await checkOut(m.users.staffOwn, {
      groupId: group(),
      childId: child(),
      pickedUpBy: contactOption,
      time: "",
      now: at("17:20"),
    });
    const list = await listPresenceForExport(beheerder, {
      locationId: m.w.locationA.id,
      from: MONDAY,
      to: MONDAY,
      now: at("20:00"),
    });
    expect(list.rows).toEqual([
      expect.objectContaining({
        date: MONDAY,
        childName: `${m.w.childA.firstName} ${m.w.childA.lastName}`,
        checkedInAt: at("08:10").toISOString(),
        checkedOutAt: at("17:20").toISOString(),
        pickedUpByName: "Oma Test",
      }),
    ]);
    for (const [from, to] of [
      ["2026-12-01", MONDAY],
      ["2025-11-01", MONDAY],
      ["2026-02-30", MONDAY],
      ["", ""],
    ])
      expect(
        await outcome(() => listPresenceForExport(beheerder, { locationId: m.w.locationA.id, from, to })),
        `${from}..${to}`,
      ).toMatch(/^presence\.errors\.period/);
    const csv = await handlePresenceCsv(beheerder, {
      searchParams: new URLSearchParams({ locatie: m.w.locationA.id, van: MONDAY, tot: MONDAY }),
      header: ["Datum", "Groep", "Kind", "Geboortedatum", "Aankomst", "Vertrek", "Opgehaald door"],
    });
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const text = await csv.text();
    expect(text.split("\r\n")[1]).toMatch(/^30-11-2026;.*;08:10;17:20;Oma Test$/);
    expect(await audited()).toBe(auditedBefore + 1);
    const bad = await handlePresenceCsv(beheerder, {
      searchParams: new URLSearchParams({ locatie: m.w.locationA.id, van: "2026-12-01", tot: MONDAY }),
      header: [],
    });
    expect(bad.status).toBe(400);
  });

  it("retention: a left child's presence history goes with its other data", async () => {
    const family = await createFamily(testDb, { organisationId: m.w.organisation.id });
    const guardian = await createGuardian(testDb, { family });
    const left = await createChild(testDb, {
      familyId: family.id,
      groupId: group(),
      consentById: guardian.id,
      endDate: MONDAY,
    });
    await checkIn(m.users.staffOwn, { groupId: group(), childId: left.id, time: "", now: at("08:00") });
    expect(await testDb.presence.count({ where: { childId: left.id } })).toBe(1);
    const storage = new LocalStorage(mkdtempSync(path.join(tmpdir(), "roef-presence-")));
    // First the farewell notice, then (the notice period later) the erasure.
    for (const iso of ["2029-06-01T10:00:00Z", "2029-06-20T10:00:00Z"])
      await runRetention({
        db: testDb,
        storage,
        now: new Date(iso),
        appUrl: "http://localhost:3100",
        organisationId: m.w.organisation.id,
      });
    expect(await testDb.child.count({ where: { id: left.id } })).toBe(0);
    expect(await testDb.presence.count({ where: { childId: left.id } })).toBe(0);
  });
});
