// Planning against the real database with fixed clocks: absence and tegoed (deadline, DST, closed days, withdrawal),
// spending oldest-first, insufficient balance, concurrency, refunds, Roefjes with the vacation guarantee, capacity
// auto-approval and manager decisions, and year-end expiry.
import { describe, expect, it } from "vitest";
import { testDb } from "../db";
import { sessionFor } from "../session";
import { createWorld, createChild } from "../../prisma/factories";
import { dateOnly, toIsoDate } from "../../lib/time";
import { CreateRequestSchema } from "../../lib/planning/schema";
import {
  cancelCareRequest,
  createCareRequests,
  decideCareRequest,
  reportAbsence,
  updateAbsence,
  withdrawAbsence,
  writeExpiredEntries,
} from "../../lib/planning/mutations";
import { getAttendance, getParentPlanning, getRoefjesOverview, listDecisionQueue } from "../../lib/planning/queries";
import { loadLots } from "../../lib/planning/care";
import { balanceOn } from "../../lib/planning/rules";
import { PlanningError } from "../../lib/planning/errors";

// 2027-03-01 is a Monday (CET). childA (KDV) has Monday and Wednesday, OCHTEND + MIDDAG (330 minutes each).
const MON = "2027-03-01";
const at = (iso: string) => new Date(iso);
const beforeNine = at("2027-03-01T07:30:00Z"); // 08:30 CET
const afterNine = at("2027-03-01T08:30:00Z"); // 09:30 CET

const request = (type: "EXTRA" | "TEGOED" | "VACATION", childIds: string[], slots: string[], comment = "") =>
  CreateRequestSchema.parse({ type, childIds, slots, comment });

async function balance(childId: string, kind: "TEGOED" | "ROEFJES", today: string) {
  return balanceOn(await loadLots(testDb, childId, kind), dateOnly(today));
}

async function expectPlanningError(promise: Promise<unknown>, key: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlanningError);
  expect((error as PlanningError).messageKey).toBe(`planningErrors.${key}`);
}

describe("afmelden and tegoed", () => {
  it("earns the dagdeel's minutes before 09:00 on the day, nothing after", async () => {
    const w = await createWorld(testDb);
    const parent = await sessionFor(w.parentA.id);
    const early = await reportAbsence(
      parent,
      { childId: w.childA.id, from: MON, dagdeel: "ALL", reason: "ZIEK", comment: "koorts" },
      beforeNine,
    );
    expect(early).toMatchObject({ count: 2, earnedMinutes: 660 });
    const late = await reportAbsence(
      parent,
      { childId: w.childA.id, from: "2027-03-01", to: "2027-03-03", dagdeel: "ALL", reason: "OVERIG", comment: "" },
      afterNine,
    );
    // Monday is already reported (skipped); Wednesday is reported before its own deadline and earns.
    expect(late).toMatchObject({ count: 2, earnedMinutes: 660 });
    expect((await balance(w.childA.id, "TEGOED", MON)).available).toBe(1320);

    const w2 = await createWorld(testDb);
    const lateOnly = await reportAbsence(
      await sessionFor(w2.parentA.id),
      { childId: w2.childA.id, from: MON, dagdeel: "OCHTEND", reason: "ZIEK", comment: "" },
      afterNine,
    );
    expect(lateOnly).toMatchObject({ count: 1, earnedMinutes: 0 });
    expect((await balance(w2.childA.id, "TEGOED", MON)).available).toBe(0);
  });

  it("uses Amsterdam wall-clock time across the DST change", async () => {
    const w = await createWorld(testDb);
    const parent = await sessionFor(w.parentA.id);
    // Monday 2027-03-22 (CET): 07:30 UTC is 08:30 local -> in time. Wednesday 2027-03-31 (CEST; Monday 29 March is
    // Tweede Paasdag, a generated holiday): 07:30 UTC is 09:30 -> late.
    expect(
      (
        await reportAbsence(
          parent,
          { childId: w.childA.id, from: "2027-03-22", dagdeel: "OCHTEND", reason: "ZIEK", comment: "" },
          at("2027-03-22T07:30:00Z"),
        )
      ).earnedMinutes,
    ).toBe(330);
    expect(
      (
        await reportAbsence(
          parent,
          { childId: w.childA.id, from: "2027-03-31", dagdeel: "OCHTEND", reason: "ZIEK", comment: "" },
          at("2027-03-31T07:30:00Z"),
        )
      ).earnedMinutes,
    ).toBe(0);
    expect(
      (
        await reportAbsence(
          parent,
          { childId: w.childA.id, from: "2027-03-31", dagdeel: "MIDDAG", reason: "ZIEK", comment: "" },
          at("2027-03-31T06:59:00Z"),
        )
      ).earnedMinutes,
    ).toBe(330);
  });

  it("refuses past dates, days without contracted care and closed days with clear messages", async () => {
    const w = await createWorld(testDb);
    const parent = await sessionFor(w.parentA.id);
    await expectPlanningError(
      reportAbsence(
        parent,
        { childId: w.childA.id, from: "2027-02-26", dagdeel: "ALL", reason: "ZIEK", comment: "" },
        beforeNine,
      ),
      "pastDate",
    );
    await expectPlanningError(
      reportAbsence(
        parent,
        { childId: w.childA.id, from: "2027-03-02", dagdeel: "ALL", reason: "ZIEK", comment: "" },
        beforeNine,
      ),
      "noCareInPeriod",
    );
    await testDb.closedDay.create({
      data: { organisationId: w.organisation.id, date: dateOnly("2027-03-08"), name: "Studiedag" },
    });
    await expectPlanningError(
      reportAbsence(
        parent,
        { childId: w.childA.id, from: "2027-03-08", dagdeel: "ALL", reason: "ZIEK", comment: "" },
        beforeNine,
      ),
      "noCareInPeriod",
    );
    await reportAbsence(
      parent,
      { childId: w.childA.id, from: MON, dagdeel: "ALL", reason: "ZIEK", comment: "" },
      beforeNine,
    );
    await expectPlanningError(
      reportAbsence(
        parent,
        { childId: w.childA.id, from: MON, dagdeel: "ALL", reason: "ZIEK", comment: "" },
        beforeNine,
      ),
      "alreadyReported",
    );
  });

  it("changes and withdraws until the deadline; withdrawal reverses the tegoed with a ledger row", async () => {
    const w = await createWorld(testDb);
    const parent = await sessionFor(w.parentA.id);
    await reportAbsence(
      parent,
      { childId: w.childA.id, from: "2027-03-03", dagdeel: "OCHTEND", reason: "VAKANTIE", comment: "" },
      beforeNine,
    );
    const absence = await testDb.absence.findFirstOrThrow({ where: { childId: w.childA.id } });
    await updateAbsence(parent, { absenceId: absence.id, reason: "OVERIG", comment: "oma" }, beforeNine);
    expect((await testDb.absence.findUniqueOrThrow({ where: { id: absence.id } })).comment).toBe("oma");
    await withdrawAbsence(parent, absence.id, at("2027-03-03T07:59:00Z"));
    expect((await balance(w.childA.id, "TEGOED", MON)).available).toBe(0);
    const rows = await testDb.creditEntry.findMany({ where: { childId: w.childA.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.type, r.minutes])).toEqual([
      ["EARNED", 330],
      ["ADJUSTED", -330],
    ]);

    await reportAbsence(
      parent,
      { childId: w.childA.id, from: "2027-03-03", dagdeel: "OCHTEND", reason: "ZIEK", comment: "" },
      beforeNine,
    );
    const again = await testDb.absence.findFirstOrThrow({ where: { childId: w.childA.id, withdrawnAt: null } });
    await expectPlanningError(withdrawAbsence(parent, again.id, at("2027-03-03T08:00:00Z")), "changeDeadlinePassed");
    await expectPlanningError(
      updateAbsence(parent, { absenceId: again.id, reason: "OVERIG", comment: "" }, at("2027-03-03T08:00:00Z")),
      "changeDeadlinePassed",
    );
  });

  it("refuses to withdraw an absence whose tegoed was already spent", async () => {
    const w = await createWorld(testDb);
    const parent = await sessionFor(w.parentA.id);
    await reportAbsence(
      parent,
      { childId: w.childA.id, from: "2027-03-10", dagdeel: "OCHTEND", reason: "VAKANTIE", comment: "" },
      beforeNine,
    );
    await createCareRequests(parent, request("TEGOED", [w.childA.id], ["2027-03-02|OCHTEND"]), beforeNine);
    const absence = await testDb.absence.findFirstOrThrow({ where: { childId: w.childA.id } });
    await expectPlanningError(withdrawAbsence(parent, absence.id, beforeNine), "creditAlreadyUsed");
  });
});

describe("care on tegoed", () => {
  it("spends the oldest lot first and shows the rest", async () => {
    const w = await createWorld(testDb);
    const parent = await sessionFor(w.parentA.id);
    await testDb.organisation.update({ where: { id: w.organisation.id }, data: { tegoedValidityDays: 30 } });
    await reportAbsence(
      parent,
      { childId: w.childA.id, from: "2027-03-10", dagdeel: "OCHTEND", reason: "VAKANTIE", comment: "" },
      beforeNine,
    ); // expires 2027-04-09
    await reportAbsence(
      parent,
      { childId: w.childA.id, from: "2027-03-03", dagdeel: "MIDDAG", reason: "VAKANTIE", comment: "" },
      beforeNine,
    ); // expires 2027-04-02
    const [created] = await createCareRequests(
      parent,
      request("TEGOED", [w.childA.id], ["2027-03-02|OCHTEND"]),
      beforeNine,
    );
    expect(created.status).toBe("APPROVED"); // capacity 12 allows
    const spent = await testDb.creditEntry.findFirstOrThrow({ where: { careRequestId: created.id, type: "SPENT" } });
    expect(toIsoDate(spent.expiresOn)).toBe("2027-04-02");
    const planning = await getParentPlanning(parent, w.childA.id, { now: beforeNine });
    expect(planning.tegoed.available).toBe(330);
    expect(planning.days.find((d) => d.date === "2027-03-02")?.slots[0].request?.status).toBe("APPROVED");
  });

  it("refuses when the balance is insufficient and writes nothing", async () => {
    const w = await createWorld(testDb);
    const parent = await sessionFor(w.parentA.id);
    await reportAbsence(
      parent,
      { childId: w.childA.id, from: "2027-03-03", dagdeel: "OCHTEND", reason: "VAKANTIE", comment: "" },
      beforeNine,
    );
    await expectPlanningError(
      createCareRequests(
        parent,
        request("TEGOED", [w.childA.id], ["2027-03-02|OCHTEND", "2027-03-02|MIDDAG"]),
        beforeNine,
      ),
      "insufficientTegoed",
    );
    expect(await testDb.careRequest.count({ where: { childId: w.childA.id } })).toBe(0);
    expect((await balance(w.childA.id, "TEGOED", MON)).available).toBe(330);
  });

  it("never spends the same tegoed twice under concurrent requests", async () => {
    const w = await createWorld(testDb);
    const parent = await sessionFor(w.parentA.id);
    await reportAbsence(
      parent,
      { childId: w.childA.id, from: "2027-03-03", dagdeel: "OCHTEND", reason: "VAKANTIE", comment: "" },
      beforeNine,
    );
    const results = await Promise.allSettled([
      createCareRequests(parent, request("TEGOED", [w.childA.id], ["2027-03-02|OCHTEND"]), beforeNine),
      createCareRequests(parent, request("TEGOED", [w.childA.id], ["2027-03-04|OCHTEND"]), beforeNine),
      createCareRequests(parent, request("TEGOED", [w.childA.id], ["2027-03-05|OCHTEND"]), beforeNine),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results)
      if (r.status === "rejected")
        expect((r.reason as PlanningError).messageKey).toBe("planningErrors.insufficientTegoed");
    const spent = await testDb.creditEntry.aggregate({
      where: { childId: w.childA.id, type: "SPENT" },
      _sum: { minutes: true },
    });
    expect(spent._sum.minutes).toBe(-330);
    expect((await balance(w.childA.id, "TEGOED", MON)).available).toBe(0);
  });

  it("refunds on cancel and on decline with the original validity; cancel closes before the window", async () => {
    const w = await createWorld(testDb);
    const parent = await sessionFor(w.parentA.id);
    await reportAbsence(
      parent,
      { childId: w.childA.id, from: "2027-03-03", dagdeel: "ALL", reason: "VAKANTIE", comment: "" },
      beforeNine,
    );
    const [first] = await createCareRequests(
      parent,
      request("TEGOED", [w.childA.id], ["2027-03-09|OCHTEND"]),
      beforeNine,
    );
    await cancelCareRequest(parent, first.id, beforeNine);
    expect((await balance(w.childA.id, "TEGOED", MON)).available).toBe(660);
    const refund = await testDb.creditEntry.findFirstOrThrow({ where: { careRequestId: first.id, type: "REFUNDED" } });
    const spent = await testDb.creditEntry.findFirstOrThrow({ where: { careRequestId: first.id, type: "SPENT" } });
    expect(refund.expiresOn).toEqual(spent.expiresOn);
    await expectPlanningError(cancelCareRequest(parent, first.id, beforeNine), "notCancellable");

    // Cancel window: 48 hours before 07:30 on Tuesday 2027-03-09 = Sunday 2027-03-07 07:30 CET.
    const [second] = await createCareRequests(
      parent,
      request("TEGOED", [w.childA.id], ["2027-03-09|OCHTEND"]),
      beforeNine,
    );
    await expectPlanningError(cancelCareRequest(parent, second.id, at("2027-03-07T06:30:00Z")), "cancelDeadlinePassed");

    // Decline by the manager refunds too.
    await testDb.groupCapacity.updateMany({ where: { groupId: w.groupA.id }, data: { capacity: 0 } });
    const [third] = await createCareRequests(
      parent,
      request("TEGOED", [w.childA.id], ["2027-03-11|MIDDAG"]),
      beforeNine,
    );
    expect(third.status).toBe("REQUESTED");
    expect((await balance(w.childA.id, "TEGOED", MON)).available).toBe(0);
    const manager = await sessionFor(w.managerA.id);
    expect((await listDecisionQueue(manager, beforeNine)).map((q) => q.id)).toContain(third.id);
    await decideCareRequest(manager, { requestId: third.id, decision: "DECLINE", reason: "Groep vol" }, beforeNine);
    expect((await balance(w.childA.id, "TEGOED", MON)).available).toBe(330);
    const mail = await testDb.outboxMail.findFirst({ where: { to: w.parentA.email }, orderBy: { createdAt: "desc" } });
    expect(mail?.subject).toContain("afgewezen");
    await expectPlanningError(
      decideCareRequest(manager, { requestId: third.id, decision: "APPROVE", reason: "" }, beforeNine),
      "alreadyDecided",
    );
  });

  it("expires tegoed after its validity; the expiry job does not change balances", async () => {
    const w = await createWorld(testDb);
    const parent = await sessionFor(w.parentA.id);
    await testDb.organisation.update({ where: { id: w.organisation.id }, data: { tegoedValidityDays: 30 } });
    await reportAbsence(
      parent,
      { childId: w.childA.id, from: MON, dagdeel: "OCHTEND", reason: "ZIEK", comment: "" },
      beforeNine,
    ); // expires 2027-03-31
    expect(await balance(w.childA.id, "TEGOED", "2027-03-31")).toEqual({ available: 330, expired: 0 });
    expect(await balance(w.childA.id, "TEGOED", "2027-04-01")).toEqual({ available: 0, expired: 330 });
    await expectPlanningError(
      createCareRequests(parent, request("TEGOED", [w.childA.id], ["2027-04-06|OCHTEND"]), beforeNine),
      "insufficientTegoed",
    );
    await writeExpiredEntries(dateOnly("2027-04-01"));
    await writeExpiredEntries(dateOnly("2027-04-01")); // idempotent
    expect(await testDb.creditEntry.count({ where: { childId: w.childA.id, type: "EXPIRED" } })).toBe(1);
    expect(await balance(w.childA.id, "TEGOED", "2027-04-01")).toEqual({ available: 0, expired: 0 });
  });
});

describe("extra opvang", () => {
  it("requests for several children in one batch, respects the lead time and refuses overlaps and contracted days", async () => {
    const w = await createWorld(testDb);
    const parent = await sessionFor(w.parentA.id);
    const sibling = await createChild(testDb, {
      familyId: w.familyA.id,
      groupId: w.groupA.id,
      contractDays: [{ weekday: 2, dagdeel: "OCHTEND" }],
    });
    const created = await createCareRequests(
      parent,
      request("EXTRA", [w.childA.id, sibling.id], ["2027-03-04|MIDDAG"], "opa jarig"),
      beforeNine,
    );
    expect(created).toHaveLength(2);
    expect(
      new Set(
        (await testDb.careRequest.findMany({ where: { id: { in: created.map((c) => c.id) } } })).map((r) => r.batchId),
      ).size,
    ).toBe(1);
    await expectPlanningError(
      createCareRequests(parent, request("EXTRA", [w.childA.id], ["2027-03-04|MIDDAG"]), beforeNine),
      "overlap",
    );
    await expectPlanningError(
      createCareRequests(parent, request("EXTRA", [w.childA.id], ["2027-03-01|MIDDAG"]), beforeNine),
      "leadTime",
    );
    await expectPlanningError(
      createCareRequests(parent, request("EXTRA", [w.childA.id], ["2027-02-20|MIDDAG"]), beforeNine),
      "pastDate",
    );
    await expectPlanningError(
      createCareRequests(parent, request("EXTRA", [w.childA.id], ["2027-03-03|MIDDAG"]), beforeNine),
      "alreadyContracted",
    );
    await expectPlanningError(
      createCareRequests(parent, request("EXTRA", [w.childA.id], ["2027-03-06|MIDDAG"]), beforeNine),
      "closedDay",
    );
    await expectPlanningError(
      createCareRequests(parent, request("EXTRA", [w.childA.id], ["2027-03-04|NASCHOOLS"]), beforeNine),
      "dagdeelNotOffered",
    );
  });

  it("auto-approves while capacity allows (absences free a place), then leaves requests for the manager", async () => {
    const w = await createWorld(testDb);
    const parent = await sessionFor(w.parentA.id);
    // Capacity 1 on Monday morning, taken by childA's contract.
    await testDb.groupCapacity.updateMany({
      where: { groupId: w.groupA.id, dagdeel: "OCHTEND" },
      data: { capacity: 1 },
    });
    const other = await createChild(testDb, {
      familyId: w.familyA.id,
      groupId: w.groupA.id,
      contractDays: [{ weekday: 2, dagdeel: "OCHTEND" }],
    });
    const [pending] = await createCareRequests(
      parent,
      request("EXTRA", [other.id], ["2027-03-08|OCHTEND"]),
      beforeNine,
    );
    expect(pending.status).toBe("REQUESTED");
    await reportAbsence(
      parent,
      { childId: w.childA.id, from: "2027-03-15", dagdeel: "OCHTEND", reason: "VAKANTIE", comment: "" },
      beforeNine,
    );
    const [approved] = await createCareRequests(
      parent,
      request("EXTRA", [other.id], ["2027-03-15|OCHTEND"]),
      beforeNine,
    );
    expect(approved.status).toBe("APPROVED");

    const manager = await sessionFor(w.managerA.id);
    await decideCareRequest(manager, { requestId: pending.id, decision: "APPROVE", reason: "" }, beforeNine);
    expect((await testDb.careRequest.findUniqueOrThrow({ where: { id: pending.id } })).status).toBe("APPROVED");
    const mail = await testDb.outboxMail.findFirst({
      where: { to: w.parentA.email, subject: { contains: "goedgekeurd" } },
    });
    expect(mail).not.toBeNull();

    const staff = await sessionFor(w.staffA.id);
    const attendance = await getAttendance(staff, { groupId: w.groupA.id, date: "2027-03-15", now: beforeNine });
    const childARow = attendance.rows.find((r) => r.childId === w.childA.id)!;
    expect(childARow.slots.find((s) => s.dagdeel === "OCHTEND")).toMatchObject({
      status: "absent",
      reason: "VAKANTIE",
    });
    expect(attendance.rows.find((r) => r.childId === other.id)?.slots).toEqual([
      expect.objectContaining({ dagdeel: "OCHTEND", status: "extra" }),
    ]);
  });

  it("never auto-approves two concurrent requests into the last place", async () => {
    const w = await createWorld(testDb);
    const parent = await sessionFor(w.parentA.id);
    const parentB = await sessionFor(w.parentB.id);
    const other = await createChild(testDb, {
      familyId: w.familyB.id,
      groupId: w.groupA.id,
      contractDays: [{ weekday: 1, dagdeel: "OCHTEND" }],
    });
    // Tuesday morning: nobody contracted, capacity 1.
    await testDb.groupCapacity.updateMany({
      where: { groupId: w.groupA.id, dagdeel: "OCHTEND" },
      data: { capacity: 1 },
    });
    const results = await Promise.all([
      createCareRequests(parent, request("EXTRA", [w.childA.id], ["2027-03-09|OCHTEND"]), beforeNine),
      createCareRequests(parentB, request("EXTRA", [other.id], ["2027-03-09|OCHTEND"]), beforeNine),
    ]);
    expect(results.map(([r]) => r.status).sort()).toEqual(["APPROVED", "REQUESTED"]);
  });

  it("lets staff register inside the short-notice window, approved at once", async () => {
    const w = await createWorld(testDb);
    const staff = await sessionFor(w.staffA.id);
    const [created] = await createCareRequests(
      staff,
      request("EXTRA", [w.childA.id], ["2027-03-02|OCHTEND"]),
      beforeNine,
    );
    expect(created.status).toBe("APPROVED");
    const abs = await reportAbsence(
      staff,
      { childId: w.childA.id, from: MON, dagdeel: "MIDDAG", reason: "ZIEK", comment: "gebeld" },
      afterNine,
    );
    expect(abs.earnedMinutes).toBe(0);
  });
});

describe("Roefjes (BSO vacation care)", () => {
  async function bsoWorld() {
    const w = await createWorld(testDb);
    await testDb.schoolVacation.create({
      data: {
        organisationId: w.organisation.id,
        name: "Zomervakantie 2027",
        startDate: dateOnly("2027-07-17"),
        endDate: dateOnly("2027-08-29"),
      },
    });
    await testDb.schoolVacation.create({
      data: {
        organisationId: w.organisation.id,
        name: "Kerstvakantie 2026",
        startDate: dateOnly("2026-12-19"),
        endDate: dateOnly("2027-01-03"),
      },
    });
    return { ...w, parentB: await sessionFor(w.parentB.id) };
  }

  it("shows the contract's vacation minutes per calendar year, this and next, without writing on a page view", async () => {
    const w = await bsoWorld();
    const overview = await getRoefjesOverview(w.parentB, w.childB.id, { now: beforeNine });
    expect(overview.years).toEqual([
      { year: 2027, granted: 12000, available: 12000, expired: 0, spent: 0 },
      { year: 2028, granted: 12000, available: 12000, expired: 0, spent: 0 },
    ]);
    expect(overview.ledger.filter((l) => l.type === "GRANTED").map((l) => l.date)).toEqual([
      "2027-01-01",
      "2028-01-01",
    ]);
    // The grant is written by the "roefjes.grant" job on 1 January (tests/integration/jobs.test.ts), never by a GET.
    expect(await testDb.creditEntry.count({ where: { childId: w.childB.id } })).toBe(0);
  });

  it("guarantees contracted vacation days requested a month ahead; others follow capacity and approval", async () => {
    const w = await bsoWorld();
    // childB's BSO contract: Tuesday and Thursday. 2027-07-20 is a Tuesday, 2027-07-19 a Monday.
    const guaranteed = await createCareRequests(
      w.parentB,
      request("VACATION", [w.childB.id], ["2027-07-20|OCHTEND", "2027-07-20|MIDDAG"]),
      beforeNine,
    );
    expect(guaranteed.map((r) => [r.status, r.guaranteed])).toEqual([
      ["APPROVED", true],
      ["APPROVED", true],
    ]);
    await testDb.groupCapacity.updateMany({ where: { groupId: w.groupB.id }, data: { capacity: 0 } });
    const [monday] = await createCareRequests(
      w.parentB,
      request("VACATION", [w.childB.id], ["2027-07-19|OCHTEND"]),
      beforeNine,
    );
    expect(monday).toMatchObject({ status: "REQUESTED", guaranteed: false });
    // Too late for the guarantee: 2027-07-01 is after 2027-06-17 (one month before 17 July).
    const [late] = await createCareRequests(
      w.parentB,
      request("VACATION", [w.childB.id], ["2027-07-22|OCHTEND"]),
      at("2027-07-01T10:00:00Z"),
    );
    expect(late).toMatchObject({ status: "REQUESTED", guaranteed: false });
    const overview = await getRoefjesOverview(w.parentB, w.childB.id, { now: beforeNine });
    expect(overview.years[0]).toMatchObject({ year: 2027, available: 12000 - 4 * 330 });
    await expectPlanningError(
      createCareRequests(w.parentB, request("VACATION", [w.childB.id], ["2027-06-15|OCHTEND"]), beforeNine),
      "notInVacation",
    );
    await expectPlanningError(
      createCareRequests(w.parentB, request("EXTRA", [w.childB.id], ["2027-07-20|NASCHOOLS"]), beforeNine),
      "useVacationRequest",
    );
  });

  it("refuses more Roefjes than the year's balance, and spends only that year's Roefjes", async () => {
    const w = await bsoWorld();
    await testDb.contract.updateMany({ where: { childId: w.childB.id }, data: { vacationMinutesPerYear: 330 } });
    await expectPlanningError(
      createCareRequests(
        w.parentB,
        request("VACATION", [w.childB.id], ["2027-07-20|OCHTEND", "2027-07-20|MIDDAG"]),
        beforeNine,
      ),
      "insufficientRoefjes",
    );
    await createCareRequests(w.parentB, request("VACATION", [w.childB.id], ["2027-07-20|OCHTEND"]), beforeNine);
    // The 2026 grant cannot pay for 2027 days and vice versa.
    const spent = await testDb.creditEntry.findFirstOrThrow({ where: { childId: w.childB.id, type: "SPENT" } });
    expect(toIsoDate(spent.expiresOn)).toBe("2027-12-31");
  });

  it("expires Roefjes at year end (derived), across the new year", async () => {
    const w = await bsoWorld();
    const dec = at("2026-12-01T10:00:00Z");
    await createCareRequests(w.parentB, request("VACATION", [w.childB.id], ["2026-12-22|OCHTEND"]), dec);
    const lastDay = await getRoefjesOverview(w.parentB, w.childB.id, { now: at("2026-12-31T22:59:00Z") }); // 23:59 CET
    expect(lastDay.years[0]).toMatchObject({ year: 2026, available: 12000 - 330, expired: 0, spent: 330 });
    const newYear = await getRoefjesOverview(w.parentB, w.childB.id, { now: at("2026-12-31T23:00:00Z") }); // 00:00 CET, 1 Jan
    expect(newYear.years[0]).toMatchObject({ year: 2026, available: 0, expired: 12000 - 330 });
    expect(newYear.ledger.some((l) => l.type === "EXPIRED" && l.derived && l.minutes === -(12000 - 330))).toBe(true);
  });
});
