// The organisation's planning rules of issue 14 against the real database with fixed clocks: afmelden of every booked
// dagdeel (extra, tegoed, Roefjes vacation day, ruildag, contracted) and what it gives back (lib/planning/README.md).
// childA (KDV, group A) is contracted Monday and Wednesday, OCHTEND + MIDDAG (330 minutes each); childB (BSO, group B)
// Tuesday and Thursday NASCHOOLS.
import { describe, expect, it } from "vitest";
import { testDb } from "../db";
import { sessionFor } from "../session";
import { createChild, createWorld } from "../../prisma/factories";
import { createContract, endContract } from "../../lib/beheer/mutations";
import { ensureRoefjesGrants } from "../../lib/planning/care";
import { dateOnly, toIsoDate } from "../../lib/time";
import { CreateRequestSchema } from "../../lib/planning/schema";
import { CreateSwapSchema } from "../../lib/swap/schema";
import { createSwapRequest } from "../../lib/swap/mutations";
import { cancelCareRequest, createCareRequests, reportAbsence, withdrawAbsence } from "../../lib/planning/mutations";
import { getAttendance, getParentPlanning, getRoefjesOverview } from "../../lib/planning/queries";
import { groupOccupancy, loadLots } from "../../lib/planning/care";
import { balanceOn } from "../../lib/planning/rules";
import { PlanningError } from "../../lib/planning/errors";
import { AbsenceDeadlinesSchema } from "../../lib/planning/deadline-schema";
import { getAbsenceDeadlines, updateAbsenceDeadlines } from "../../lib/planning/settings";
import { decideCareRequest, updateAbsence } from "../../lib/planning/mutations";

const at = (iso: string) => new Date(iso);
const request = (type: "EXTRA" | "TEGOED" | "VACATION", childIds: string[], slots: string[]) =>
  CreateRequestSchema.parse({ type, childIds, slots, comment: "" });
const afmelden = (childId: string, from: string, dagdeel = "ALL", to?: string) => ({
  childId,
  from,
  to,
  dagdeel: dagdeel as "ALL",
  reason: "ZIEK" as const,
  comment: "",
});

async function balance(childId: string, kind: "TEGOED" | "ROEFJES", today: string) {
  return balanceOn(await loadLots(testDb, childId, kind), dateOnly(today)).available;
}

async function errorKey(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlanningError);
  return (error as PlanningError).messageKey;
}

const occupancyOf = (groupId: string, date: string, dagdeel: "OCHTEND" | "MIDDAG") =>
  groupOccupancy(testDb, { groupId, careType: "KDV", date: dateOnly(date), dagdeel, inVacation: false });

describe("afmelden every booked dagdeel", () => {
  it("an approved extra day after its cancel window: tegoed before the deadline, nothing after; the place is free", async () => {
    const w = await createWorld(testDb);
    const parent = await sessionFor(w.parentA.id);
    // Made a week ahead; Tuesday 2 and Thursday 4 March are not contracted.
    const made = at("2027-02-22T10:00:00Z");
    const [tue] = await createCareRequests(parent, request("EXTRA", [w.childA.id], ["2027-03-02|OCHTEND"]), made);
    const [thu] = await createCareRequests(parent, request("EXTRA", [w.childA.id], ["2027-03-04|MIDDAG"]), made);
    expect([tue.status, thu.status]).toEqual(["APPROVED", "APPROVED"]);
    const before = await occupancyOf(w.groupA.id, "2027-03-02", "OCHTEND");

    // Tuesday 07:00 CET: the cancel window closed on Sunday 07:30, the absence deadline is 09:00.
    const early = await reportAbsence(parent, afmelden(w.childA.id, "2027-03-02"), at("2027-03-02T06:00:00Z"));
    expect(early).toEqual({ count: 1, earnedMinutes: 330, roefjesMinutes: 0, cancelled: 0 });
    expect(await balance(w.childA.id, "TEGOED", "2027-03-02")).toBe(330);
    const absence = await testDb.absence.findFirstOrThrow({ where: { careRequestId: tue.id } });
    expect(absence.earnedMinutes).toBe(330);
    // The booking stays (it is on the invoice), afgemeld, no longer cancellable, and its place is free again.
    expect((await testDb.careRequest.findUniqueOrThrow({ where: { id: tue.id } })).status).toBe("APPROVED");
    expect((await occupancyOf(w.groupA.id, "2027-03-02", "OCHTEND")).approvedExtras).toBe(before.approvedExtras - 1);
    const planning = await getParentPlanning(parent, w.childA.id, { now: at("2027-03-02T06:00:00Z") });
    const view = planning.requests.find((r) => r.id === tue.id)!;
    expect([view.afgemeld, view.canCancel]).toEqual([true, false]);
    expect(planning.absences.find((a) => a.id === absence.id)).toMatchObject({
      bookedAs: "EXTRA",
      givesBack: "TEGOED",
    });
    expect(await errorKey(cancelCareRequest(await sessionFor(w.staffA.id), tue.id, at("2027-03-02T06:00:00Z")))).toBe(
      "planningErrors.requestAfgemeld",
    );
    const attendance = await getAttendance(await sessionFor(w.staffA.id), {
      groupId: w.groupA.id,
      date: "2027-03-02",
      now: at("2027-03-02T06:00:00Z"),
    });
    expect(attendance.rows.find((r) => r.childId === w.childA.id)?.slots).toMatchObject([
      { dagdeel: "OCHTEND", status: "absent", reason: "ZIEK", requestType: "EXTRA" },
    ]);

    // Thursday 09:30 CET: after the deadline it is recorded but gives nothing.
    const late = await reportAbsence(parent, afmelden(w.childA.id, "2027-03-04"), at("2027-03-04T08:30:00Z"));
    expect(late).toEqual({ count: 1, earnedMinutes: 0, roefjesMinutes: 0, cancelled: 0 });
    expect(await testDb.absence.count({ where: { careRequestId: thu.id, withdrawnAt: null } })).toBe(1);
  });

  it("cancels a request still inside its cancel window, and a pending one at any time: everything comes back", async () => {
    const w = await createWorld(testDb);
    const parent = await sessionFor(w.parentA.id);
    const made = at("2027-03-01T07:30:00Z");
    const [open] = await createCareRequests(parent, request("EXTRA", [w.childA.id], ["2027-03-09|OCHTEND"]), made);
    const result = await reportAbsence(parent, afmelden(w.childA.id, "2027-03-09"), made);
    expect(result).toEqual({ count: 1, earnedMinutes: 0, roefjesMinutes: 0, cancelled: 1 });
    expect((await testDb.careRequest.findUniqueOrThrow({ where: { id: open.id } })).status).toBe("CANCELLED");
    expect(await testDb.absence.count({ where: { childId: w.childA.id } })).toBe(0);

    // No room: the request waits for the manager; afmelden two hours before the day still cancels it.
    await testDb.groupCapacity.updateMany({ where: { groupId: w.groupA.id }, data: { capacity: 0 } });
    const [pending] = await createCareRequests(parent, request("EXTRA", [w.childA.id], ["2027-03-11|MIDDAG"]), made);
    expect(pending.status).toBe("REQUESTED");
    const late = await reportAbsence(parent, afmelden(w.childA.id, "2027-03-11"), at("2027-03-11T10:00:00Z"));
    expect(late.cancelled).toBe(1);
    expect((await testDb.careRequest.findUniqueOrThrow({ where: { id: pending.id } })).status).toBe("CANCELLED");
  });

  it("a day paid with tegoed gives that tegoed back (same validity); withdrawing reverses it; cancelling later refunds once", async () => {
    const w = await createWorld(testDb);
    const parent = await sessionFor(w.parentA.id);
    const staff = await sessionFor(w.staffA.id);
    await reportAbsence(parent, afmelden(w.childA.id, "2027-03-03", "OCHTEND"), at("2027-02-20T10:00:00Z"));
    const lot = await testDb.creditEntry.findFirstOrThrow({ where: { childId: w.childA.id, type: "EARNED" } });
    const [paid] = await createCareRequests(
      parent,
      request("TEGOED", [w.childA.id], ["2027-03-09|MIDDAG"]),
      at("2027-02-22T10:00:00Z"),
    );
    expect(paid.status).toBe("APPROVED");
    expect(await balance(w.childA.id, "TEGOED", "2027-03-08")).toBe(0);

    const now = at("2027-03-09T07:00:00Z"); // Tuesday 08:00 CET: window closed, before 09:00
    const result = await reportAbsence(parent, afmelden(w.childA.id, "2027-03-09"), now);
    expect(result).toEqual({ count: 1, earnedMinutes: 330, roefjesMinutes: 0, cancelled: 0 });
    const refund = await testDb.creditEntry.findFirstOrThrow({ where: { careRequestId: paid.id, type: "REFUNDED" } });
    expect([toIsoDate(refund.validFrom), toIsoDate(refund.expiresOn)]).toEqual([
      toIsoDate(lot.validFrom),
      toIsoDate(lot.expiresOn),
    ]);
    expect(await balance(w.childA.id, "TEGOED", "2027-03-09")).toBe(330);

    const absence = await testDb.absence.findFirstOrThrow({ where: { careRequestId: paid.id } });
    await withdrawAbsence(parent, absence.id, now);
    expect(await balance(w.childA.id, "TEGOED", "2027-03-09")).toBe(0);
    // The group cancels the (paid again) request: the refund is written again, once.
    await cancelCareRequest(staff, paid.id, now);
    expect(await balance(w.childA.id, "TEGOED", "2027-03-09")).toBe(330);
    expect(await testDb.creditEntry.count({ where: { careRequestId: paid.id, type: "REFUNDED" } })).toBe(2);
  });

  it("a Roefjes vacation day gives its Roefjes back before the deadline", async () => {
    const w = await createWorld(testDb);
    await testDb.schoolVacation.create({
      data: {
        organisationId: w.organisation.id,
        name: "Zomervakantie 2027",
        startDate: dateOnly("2027-07-17"),
        endDate: dateOnly("2027-08-29"),
      },
    });
    const parent = await sessionFor(w.parentB.id);
    const [day] = await createCareRequests(
      parent,
      request("VACATION", [w.childB.id], ["2027-07-20|OCHTEND"]),
      at("2027-03-01T10:00:00Z"),
    );
    expect(day.status).toBe("APPROVED");
    expect(await balance(w.childB.id, "ROEFJES", "2027-07-19")).toBe(12000 - 330);
    const result = await reportAbsence(parent, afmelden(w.childB.id, "2027-07-20"), at("2027-07-19T10:00:00Z"));
    expect(result).toEqual({ count: 1, earnedMinutes: 0, roefjesMinutes: 330, cancelled: 0 });
    expect(await balance(w.childB.id, "ROEFJES", "2027-07-19")).toBe(12000);
    const planning = await getParentPlanning(parent, w.childB.id, { now: at("2027-07-19T10:00:00Z") });
    expect(planning.absences[0]).toMatchObject({ earnedMinutes: 330, givesBack: "ROEFJES", bookedAs: "VACATION" });
  });

  it("a ruildag is afgemeld but gives nothing, and the swap stays", async () => {
    const w = await createWorld(testDb);
    const parent = await sessionFor(w.parentA.id);
    const swap = CreateSwapSchema.parse({
      childId: w.childA.id,
      from: "2027-03-03|OCHTEND",
      toDate: "2027-03-05",
      toDagdeel: ["OCHTEND"],
    });
    const { id, status } = await createSwapRequest(parent, swap, at("2027-03-01T07:30:00Z"));
    expect(status).toBe("APPROVED");
    // Friday 5 March 08:00 CET, well before the deadline: still nothing.
    const result = await reportAbsence(parent, afmelden(w.childA.id, "2027-03-05"), at("2027-03-05T07:00:00Z"));
    expect(result).toEqual({ count: 1, earnedMinutes: 0, roefjesMinutes: 0, cancelled: 0 });
    expect(await balance(w.childA.id, "TEGOED", "2027-03-05")).toBe(0);
    expect((await testDb.careRequest.findUniqueOrThrow({ where: { id } })).status).toBe("APPROVED");
    // The given-up Wednesday stays given up.
    expect(
      await testDb.absence.count({ where: { childId: w.childA.id, date: dateOnly("2027-03-03"), withdrawnAt: null } }),
    ).toBe(1);
  });

  it("a period covers contracted and booked dagdelen together; dagdelen already afgemeld are skipped", async () => {
    const w = await createWorld(testDb);
    const parent = await sessionFor(w.parentA.id);
    await createCareRequests(
      parent,
      request("EXTRA", [w.childA.id], ["2027-03-02|MIDDAG"]),
      at("2027-02-22T10:00:00Z"),
    );
    const now = at("2027-03-01T06:00:00Z"); // Monday 07:00 CET
    // Monday (2 contracted), Tuesday (extra, window closed on Sunday), Wednesday (2 contracted).
    const result = await reportAbsence(parent, afmelden(w.childA.id, "2027-03-01", "ALL", "2027-03-03"), now);
    expect(result).toEqual({ count: 5, earnedMinutes: 5 * 330, roefjesMinutes: 0, cancelled: 0 });
    expect(await errorKey(reportAbsence(parent, afmelden(w.childA.id, "2027-03-02"), now))).toBe(
      "planningErrors.alreadyReported",
    );
  });
});

const deadlineForm = (values: Record<string, string> = {}) =>
  AbsenceDeadlinesSchema.parse({
    KDV_OCHTEND_time: "",
    KDV_MIDDAG_time: "",
    BSO_NASCHOOLS_time: "",
    BSO_OCHTEND_time: "",
    BSO_MIDDAG_time: "",
    ...values,
  });

describe("absence deadlines per care type and dagdeel", () => {
  it("a beheerder stores them (shown after save, empty = the general deadline), audited; nobody else can", async () => {
    const w = await createWorld(testDb);
    const beheerder = await sessionFor(w.beheerder.id);
    const before = await getAbsenceDeadlines(beheerder);
    expect(before.slots.every((s) => !s.own && s.minutes === 540 && s.daysBefore === 0)).toBe(true);
    await updateAbsenceDeadlines(
      beheerder,
      deadlineForm({ KDV_OCHTEND_time: "07:30", BSO_NASCHOOLS_time: "18:00", BSO_NASCHOOLS_days: "1" }),
    );
    const after = await getAbsenceDeadlines(beheerder);
    expect(after.slots.filter((s) => s.own)).toEqual([
      { careType: "KDV", dagdeel: "OCHTEND", daysBefore: 0, minutes: 450, own: true },
      { careType: "BSO", dagdeel: "NASCHOOLS", daysBefore: 1, minutes: 1080, own: true },
    ]);
    expect(
      await testDb.auditEvent.count({
        where: { organisationId: w.organisation.id, action: "admin.organisation.absenceDeadlines" },
      }),
    ).toBe(1);
    await updateAbsenceDeadlines(beheerder, deadlineForm({ BSO_NASCHOOLS_time: "18:00", BSO_NASCHOOLS_days: "1" }));
    expect((await getAbsenceDeadlines(beheerder)).slots.filter((s) => s.own).map((s) => s.dagdeel)).toEqual([
      "NASCHOOLS",
    ]);
    for (const other of [w.parentA, w.staffA, w.managerA]) {
      const session = await sessionFor(other.id);
      await expect(getAbsenceDeadlines(session)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(updateAbsenceDeadlines(session, deadlineForm())).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    // Another organisation's beheerder sees and changes only their own organisation's deadlines.
    const otherBeheerder = await sessionFor(w.otherBeheerder.id);
    expect((await getAbsenceDeadlines(otherBeheerder)).slots.some((s) => s.own)).toBe(false);
    await updateAbsenceDeadlines(otherBeheerder, deadlineForm({ KDV_MIDDAG_time: "10:00" }));
    expect((await getAbsenceDeadlines(beheerder)).slots.filter((s) => s.own)).toHaveLength(1);
    expect(AbsenceDeadlinesSchema.safeParse({ ...deadlineForm(), KDV_MIDDAG_time: "25:00" }).success).toBe(false);
    expect(
      AbsenceDeadlinesSchema.safeParse({ KDV_OCHTEND_time: "07:30", KDV_OCHTEND_days: "15" }).error?.issues[0].message,
    ).toBe("admin.v.range");
  });

  it("afmelden earns and can be changed until the deadline of its own care type and dagdeel", async () => {
    const w = await createWorld(testDb);
    const beheerder = await sessionFor(w.beheerder.id);
    await updateAbsenceDeadlines(
      beheerder,
      deadlineForm({ KDV_OCHTEND_time: "07:30", BSO_NASCHOOLS_time: "18:00", BSO_NASCHOOLS_days: "1" }),
    );
    const parentA = await sessionFor(w.parentA.id);
    // Monday 1 March 08:00 CET: the KDV morning (07:30) has passed, the afternoon (general 09:00) not.
    const monday = await reportAbsence(parentA, afmelden(w.childA.id, "2027-03-01"), at("2027-03-01T07:00:00Z"));
    expect(monday.earnedMinutes).toBe(330);
    const [morning, afternoon] = await testDb.absence.findMany({
      where: { childId: w.childA.id },
      orderBy: { dagdeel: "asc" },
    });
    expect([morning.dagdeel, morning.earnedMinutes, afternoon.earnedMinutes]).toEqual(["OCHTEND", 0, 330]);
    expect(
      await errorKey(
        updateAbsence(parentA, { absenceId: morning.id, reason: "OVERIG", comment: "" }, at("2027-03-01T07:00:00Z")),
      ),
    ).toBe("planningErrors.changeDeadlinePassed");
    await updateAbsence(
      parentA,
      { absenceId: afternoon.id, reason: "OVERIG", comment: "" },
      at("2027-03-01T07:00:00Z"),
    );

    // BSO after school: before 18:00 the day before. Tuesday 2 March reported Monday 17:59 CET earns; Thursday 4
    // March reported Wednesday 18:00 does not.
    const parentB = await sessionFor(w.parentB.id);
    const early = await reportAbsence(parentB, afmelden(w.childB.id, "2027-03-02"), at("2027-03-01T16:59:00Z"));
    expect(early.earnedMinutes).toBe(270);
    const late = await reportAbsence(parentB, afmelden(w.childB.id, "2027-03-04"), at("2027-03-03T17:00:00Z"));
    expect(late.earnedMinutes).toBe(0);
    // The parent's page has the rules for the form's hint: school days and vacation days of this care type.
    const planning = await getParentPlanning(parentB, w.childB.id, { now: at("2027-03-01T16:59:00Z") });
    expect(planning.deadlines.regular).toEqual([{ dagdeel: "NASCHOOLS", daysBefore: 1, minutes: 1080 }]);
    expect(planning.deadlines.vacation).toEqual([
      { dagdeel: "OCHTEND", daysBefore: 0, minutes: 540 },
      { dagdeel: "MIDDAG", daysBefore: 0, minutes: 540 },
    ]);
    expect(planning.nowMinutes).toBe(17 * 60 + 59);
    expect(planning.absences[0].changeUntil).toBe("2027-03-01T17:00:00.000Z");
  });
});

describe("lead time and cancel window are consistent", () => {
  it("a request for the day after tomorrow can be undone for the grace minutes after it is made, then it is fixed", async () => {
    const w = await createWorld(testDb);
    const parent = await sessionFor(w.parentA.id);
    // Sunday 28 Feb 10:00 CET: Tuesday 2 March 07:30 is 45.5 h away, inside the 48 h window already.
    const made = at("2027-02-28T09:00:00Z");
    const [req] = await createCareRequests(parent, request("EXTRA", [w.childA.id], ["2027-03-02|OCHTEND"]), made);
    expect(req.status).toBe("APPROVED");
    const view = (await getParentPlanning(parent, w.childA.id, { now: made })).requests.find((r) => r.id === req.id)!;
    expect([view.canCancel, view.cancelUntil]).toEqual([true, "2027-02-28T09:15:00.000Z"]);
    const late = at("2027-02-28T09:15:00Z");
    const closed = (await getParentPlanning(parent, w.childA.id, { now: late })).requests.find((r) => r.id === req.id)!;
    expect([closed.canCancel, closed.cancelUntil]).toEqual([false, "2027-02-28T09:15:00.000Z"]);
    expect(await errorKey(cancelCareRequest(parent, req.id, late))).toBe("planningErrors.cancelDeadlinePassed");

    // A second one, undone within the grace: cancelled, nothing left.
    const [undo] = await createCareRequests(parent, request("EXTRA", [w.childA.id], ["2027-03-02|MIDDAG"]), made);
    await cancelCareRequest(parent, undo.id, at("2027-02-28T09:14:00Z"));
    expect((await testDb.careRequest.findUniqueOrThrow({ where: { id: undo.id } })).status).toBe("CANCELLED");
  });

  it("pending requests until the dagdeel starts; approval late in the window gives the grace from the decision", async () => {
    const w = await createWorld(testDb);
    const parent = await sessionFor(w.parentA.id);
    await testDb.groupCapacity.updateMany({ where: { groupId: w.groupA.id }, data: { capacity: 0 } });
    await testDb.organisation.update({ where: { id: w.organisation.id }, data: { requestCancelGraceMinutes: 60 } });
    const [first, second] = await createCareRequests(
      parent,
      request("EXTRA", [w.childA.id], ["2027-03-09|OCHTEND", "2027-03-09|MIDDAG"]),
      at("2027-03-01T09:00:00Z"),
    );
    expect(first.status).toBe("REQUESTED");
    // Pending: cancellable until Tuesday 07:30 CET, long after the 48 h window closed.
    const pending = (await getParentPlanning(parent, w.childA.id, { now: at("2027-03-08T10:00:00Z") })).requests;
    expect(pending.find((r) => r.id === first.id)).toMatchObject({
      canCancel: true,
      cancelUntil: "2027-03-09T06:30:00.000Z",
    });
    await cancelCareRequest(parent, first.id, at("2027-03-09T06:29:00Z"));
    // The manager approves the other on Monday 12:00 CET: the parent has the grace (60 min) from then.
    const manager = await sessionFor(w.managerA.id);
    await decideCareRequest(
      manager,
      { requestId: second.id, decision: "APPROVE", reason: "" },
      at("2027-03-08T11:00:00Z"),
    );
    expect(await errorKey(cancelCareRequest(parent, second.id, at("2027-03-08T12:00:00Z")))).toBe(
      "planningErrors.cancelDeadlinePassed",
    );
    await cancelCareRequest(parent, second.id, at("2027-03-08T11:59:00Z"));
  });
});

describe("Roefjes pro rata per contract period, re-granted on a change", () => {
  const grantChild = (childId: string) =>
    testDb.child.findUniqueOrThrow({
      where: { id: childId },
      select: {
        id: true,
        contracts: { select: { careType: true, startDate: true, endDate: true, vacationMinutesPerYear: true } },
      },
    });
  const roefjesRows = (childId: string) =>
    testDb.creditEntry.findMany({
      where: { childId, kind: "ROEFJES" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });

  it("grants a contract starting in September or ending in March its share of the year, and says why", async () => {
    const w = await createWorld(testDb);
    const september = await createChild(testDb, {
      familyId: w.familyB.id,
      groupId: w.groupB.id,
      careType: "BSO",
      startDate: "2027-09-01",
      vacationMinutesPerYear: 200 * 60,
    });
    const march = await createChild(testDb, {
      familyId: w.familyB.id,
      groupId: w.groupB.id,
      careType: "BSO",
      startDate: "2025-01-06",
      endDate: "2027-03-31",
      vacationMinutesPerYear: 200 * 60,
    });
    await ensureRoefjesGrants(testDb, await grantChild(september.id), [2027]);
    await ensureRoefjesGrants(testDb, await grantChild(march.id), [2027]);
    const [sept] = await roefjesRows(september.id);
    // 12000 x 122/365 = 4010.96 -> 4011 minutes; 12000 x 90/365 = 2958.9 -> 2959.
    expect([sept.type, sept.minutes]).toEqual(["GRANTED", 4011]);
    expect(sept.note).toBe("Roefjes 2027: 200 per jaar × 122/365 dagen (01-09-2027 t/m 31-12-2027)");
    expect((await roefjesRows(march.id)).map((r) => r.minutes)).toEqual([2959]);
    // The page shows the same (due) grant before it is written.
    const other = await createChild(testDb, {
      familyId: w.familyB.id,
      groupId: w.groupB.id,
      careType: "BSO",
      startDate: "2027-09-01",
      vacationMinutesPerYear: 200 * 60,
    });
    const overview = await getRoefjesOverview(await sessionFor(w.parentB.id), other.id, {
      now: at("2027-09-06T10:00:00Z"),
    });
    expect(overview.years.find((y) => y.year === 2027)?.granted).toBe(4011);
  });

  it("re-grants the difference when a contract ends or the vacation hours change, with the reason in the ledger", async () => {
    const w = await createWorld(testDb);
    const beheerder = await sessionFor(w.beheerder.id);
    await ensureRoefjesGrants(testDb, await grantChild(w.childB.id), [2027]);
    expect((await roefjesRows(w.childB.id)).map((r) => r.minutes)).toEqual([12000]);
    // Spend 330 minutes first: a reduction never takes back what was used.
    await testDb.schoolVacation.create({
      data: {
        organisationId: w.organisation.id,
        name: "Meivakantie 2027",
        startDate: dateOnly("2027-04-24"),
        endDate: dateOnly("2027-05-02"),
      },
    });
    await createCareRequests(
      await sessionFor(w.parentB.id),
      request("VACATION", [w.childB.id], ["2027-04-28|OCHTEND"]),
      at("2027-03-01T10:00:00Z"),
    );

    const contract = await testDb.contract.findFirstOrThrow({ where: { childId: w.childB.id } });
    await endContract(beheerder, { contractId: contract.id, endDate: "2027-06-30" });
    // 12000 x 181/365 = 5950.7 -> 5951: a delta of -6049 on the grant, the reason in the note.
    const reduced = (await roefjesRows(w.childB.id)).filter((r) => r.grantYear === 2027);
    expect(reduced.map((r) => [r.type, r.minutes])).toEqual([["ADJUSTED", -6049]]);
    expect(reduced[0].note).toContain("was 200, nu 99,18 (contract gewijzigd)");
    expect(await balance(w.childB.id, "ROEFJES", "2027-03-01")).toBe(5951 - 330);

    // A new contract from 1 July with 300 hours: +150 Roefjes pro rata (184/365 of 18000 = 9073.97 -> 9074).
    await createContract(beheerder, {
      childId: w.childB.id,
      careType: "BSO",
      startDate: "2027-07-01",
      endDate: null,
      days: [{ weekday: 2, dagdeel: "NASCHOOLS" }],
      vacationHours: 300,
    });
    const rows = (await roefjesRows(w.childB.id)).filter((r) => r.grantYear === 2027);
    expect(rows.map((r) => r.minutes)).toEqual([-6049, 9074]);
    expect(rows[1].note).toContain("+ 300 per jaar × 184/365 dagen (01-07-2027 t/m 31-12-2027)");
    expect(await balance(w.childB.id, "ROEFJES", "2027-03-01")).toBe(5951 + 9074 - 330);
    // Nothing changed: nothing written.
    expect(await ensureRoefjesGrants(testDb, await grantChild(w.childB.id), [2027])).toBe(0);
  });

  it("a BSO contract with only vacation care: no school-day care, its contracted vacation dagdelen are guaranteed", async () => {
    const w = await createWorld(testDb);
    const child = await createChild(testDb, {
      familyId: w.familyB.id,
      groupId: w.groupB.id,
      careType: "BSO",
      contractDays: [{ weekday: 2, dagdeel: "OCHTEND" }],
      vacationMinutesPerYear: 60 * 60,
    });
    await testDb.schoolVacation.create({
      data: {
        organisationId: w.organisation.id,
        name: "Zomervakantie 2027",
        startDate: dateOnly("2027-07-17"),
        endDate: dateOnly("2027-08-29"),
      },
    });
    const parent = await sessionFor(w.parentB.id);
    // A school-week Tuesday is no care day for this contract.
    expect(await errorKey(reportAbsence(parent, afmelden(child.id, "2027-03-02"), at("2027-03-01T10:00:00Z")))).toBe(
      "planningErrors.noCareInPeriod",
    );
    // Requested more than a month ahead: the contracted Tuesday morning is guaranteed, the afternoon is not.
    await testDb.groupCapacity.updateMany({ where: { groupId: w.groupB.id }, data: { capacity: 0 } });
    const [morning, afternoon] = await createCareRequests(
      parent,
      request("VACATION", [child.id], ["2027-07-20|OCHTEND", "2027-07-20|MIDDAG"]),
      at("2027-03-01T10:00:00Z"),
    );
    expect([morning.guaranteed, morning.status]).toEqual([true, "APPROVED"]);
    expect([afternoon.guaranteed, afternoon.status]).toEqual([false, "REQUESTED"]);
    const overview = await getRoefjesOverview(parent, child.id, {
      now: at("2027-03-01T10:00:00Z"),
      vacationId: (await testDb.schoolVacation.findFirstOrThrow({ where: { organisationId: w.organisation.id } })).id,
    });
    expect(overview.selected?.days.find((d) => d.date === "2027-07-27")?.slots.map((s) => s.guaranteedIfNow)).toEqual([
      true,
      false,
    ]);
  });
});
