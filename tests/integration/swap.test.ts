// Ruildag (swap day) against the real database with fixed clocks: auto-approval by capacity, manager approval,
// like for like, validity window, closed days, swapping switched off, vervalmoment (lapse), decline, cancel, and the
// authorization matrix. childA (KDV, group A) is contracted Monday and Wednesday, OCHTEND + MIDDAG.
import { describe, expect, it } from "vitest";
import { testDb } from "../db";
import { sessionFor, liveClaimsFor } from "../session";
import { createWorld } from "../../prisma/factories";
import { loadSessionUser } from "../../lib/auth/session";
import { dateOnly } from "../../lib/time";
import { CreateSwapSchema } from "../../lib/swap/schema";
import { createSwapRequest } from "../../lib/swap/mutations";
import { getSwapOverview } from "../../lib/swap/queries";
import { cancelCareRequest, decideCareRequest, reportAbsence, withdrawAbsence } from "../../lib/planning/mutations";
import { getAttendance, getParentPlanning, listDecisionQueue } from "../../lib/planning/queries";
import { groupOccupancy } from "../../lib/planning/care";
import { PlanningError } from "../../lib/planning/errors";
import { setupMatrix, type Actor } from "../matrix";

const now = new Date("2027-03-01T07:30:00Z"); // Monday 2027-03-01 08:30 CET
type World = Awaited<ReturnType<typeof createWorld>>;

const swap = (
  childId: string,
  from: string,
  toDate: string,
  toDagdeel: string | string[],
  extra: { expiresAt?: string; comment?: string } = {},
) =>
  CreateSwapSchema.parse({
    childId,
    from,
    toDate,
    toDagdeel: Array.isArray(toDagdeel) ? toDagdeel : [toDagdeel],
    ...extra,
  });

async function errorKey(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlanningError);
  return (error as PlanningError).messageKey;
}

async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

const liveAbsences = (w: World) => testDb.absence.findMany({ where: { childId: w.childA.id, withdrawnAt: null } });
const creditRows = (w: World) => testDb.creditEntry.count({ where: { childId: w.childA.id } });

describe("ruildag", () => {
  it("auto-approves when capacity allows: the given-up dagdeel becomes an absence that earns nothing, the wanted day extra", async () => {
    const w = await createWorld(testDb);
    const parent = await sessionFor(w.parentA.id);
    // Give up Wednesday 03-03 OCHTEND, ask for Thursday 03-04 OCHTEND.
    const created = await createSwapRequest(
      parent,
      swap(w.childA.id, "2027-03-03|OCHTEND", "2027-03-04", "OCHTEND", { comment: "opa jarig" }),
      now,
    );
    expect(created.status).toBe("APPROVED");
    const request = await testDb.careRequest.findUniqueOrThrow({ where: { id: created.id } });
    expect(request).toMatchObject({
      type: "SWAP",
      payment: "INVOICE",
      costMinutes: 0,
      comment: "opa jarig",
      decidedById: null,
    });
    expect(request.swapFromDate).toEqual(dateOnly("2027-03-03"));
    const absences = await liveAbsences(w);
    expect(absences).toHaveLength(1);
    expect(absences[0]).toMatchObject({ dagdeel: "OCHTEND", reason: "OVERIG", earnedMinutes: 0 });
    expect(absences[0].comment).toMatch(/^Ruildag/);
    expect(await creditRows(w)).toBe(0);

    // Calendar: Wednesday morning absent, Thursday morning a swap (approved).
    const planning = await getParentPlanning(parent, w.childA.id, { now });
    const wed = planning.days.find((d) => d.date === "2027-03-03")!;
    expect(wed.slots.find((s) => s.dagdeel === "OCHTEND")!.absence).not.toBeNull();
    const thu = planning.days.find((d) => d.date === "2027-03-04")!;
    expect(thu.slots[0].request).toMatchObject({ type: "SWAP", status: "APPROVED" });
    // Attendance: absent on Wednesday, extra on Thursday; occupancy follows.
    const staff = await sessionFor(w.staffA.id);
    const wedList = await getAttendance(staff, { groupId: w.groupA.id, date: "2027-03-03", now });
    expect(
      wedList.rows.find((r) => r.childId === w.childA.id)!.slots.find((s) => s.dagdeel === "OCHTEND"),
    ).toMatchObject({ status: "absent", reason: "OVERIG" });
    const thuList = await getAttendance(staff, { groupId: w.groupA.id, date: "2027-03-04", now });
    expect(thuList.rows.find((r) => r.childId === w.childA.id)!.slots[0]).toMatchObject({
      status: "extra",
      requestType: "SWAP",
    });

    // The swap absence cannot be withdrawn on its own; the given-up dagdeel cannot be swapped twice.
    expect(await errorKey(withdrawAbsence(parent, absences[0].id, now))).toBe("swap.errors.absenceIsSwap");
    expect(
      await errorKey(createSwapRequest(parent, swap(w.childA.id, "2027-03-03|OCHTEND", "2027-03-05", "OCHTEND"), now)),
    ).toBe("swap.errors.fromAbsent");
    // Overview: the given-up dagdeel is no longer offered.
    const overview = await getSwapOverview(parent, w.childA.id, { now });
    expect(overview.giveUp.some((s) => s.date === "2027-03-03" && s.dagdeel === "OCHTEND")).toBe(false);
    expect(overview.giveUp.some((s) => s.date === "2027-03-03" && s.dagdeel === "MIDDAG")).toBe(true);
    expect(overview.swaps[0]).toMatchObject({ status: "APPROVED", fromDate: "2027-03-03", toDate: "2027-03-04" });

    // Cancelling an approved swap (before the cancel deadline of its earlier day) gives the contracted dagdeel back.
    const later = await createSwapRequest(parent, swap(w.childA.id, "2027-03-10|MIDDAG", "2027-03-12", "MIDDAG"), now);
    expect(later.status).toBe("APPROVED");
    expect(await liveAbsences(w)).toHaveLength(2);
    await cancelCareRequest(parent, later.id, now);
    expect((await liveAbsences(w)).map((a) => a.date)).toEqual([dateOnly("2027-03-03")]);
    // Too late to cancel the first one: its given-up day is within the cancel window, and the 15 minutes of grace
    // after it was made (issue 14: never fixed the moment it is made) have passed.
    const afterGrace = new Date(now.getTime() + 16 * 60_000);
    expect(await errorKey(cancelCareRequest(parent, created.id, afterGrace))).toBe(
      "planningErrors.cancelDeadlinePassed",
    );
  });

  it("leaves the swap for a manager when the group is full; approval gives up the day, the swap frees its place", async () => {
    const w = await createWorld(testDb);
    await testDb.groupCapacity.updateMany({ where: { groupId: w.groupA.id }, data: { capacity: 0 } });
    const parent = await sessionFor(w.parentA.id);
    const created = await createSwapRequest(
      parent,
      swap(w.childA.id, "2027-03-08|MIDDAG", "2027-03-09", "MIDDAG"),
      now,
    );
    expect(created.status).toBe("REQUESTED");
    expect(await liveAbsences(w)).toHaveLength(0);
    const manager = await sessionFor(w.managerA.id);
    const queue = await listDecisionQueue(manager, now);
    expect(queue.find((q) => q.id === created.id)).toMatchObject({
      type: "SWAP",
      costMinutes: 0,
      swapFrom: { date: "2027-03-08", dagdeel: "MIDDAG" },
    });
    const before = await groupOccupancy(testDb, {
      groupId: w.groupA.id,
      careType: "KDV",
      date: dateOnly("2027-03-08"),
      dagdeel: "MIDDAG",
      inVacation: false,
    });
    await decideCareRequest(manager, { requestId: created.id, decision: "APPROVE", reason: "" }, now);
    expect(await testDb.careRequest.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      status: "APPROVED",
      decidedById: w.managerA.id,
    });
    expect(await liveAbsences(w)).toHaveLength(1);
    const after = await groupOccupancy(testDb, {
      groupId: w.groupA.id,
      careType: "KDV",
      date: dateOnly("2027-03-08"),
      dagdeel: "MIDDAG",
      inVacation: false,
    });
    expect(after.absent).toBe(before.absent + 1);
  });

  it("declined swaps change nothing", async () => {
    const w = await createWorld(testDb);
    await testDb.groupCapacity.updateMany({ where: { groupId: w.groupA.id }, data: { capacity: 0 } });
    const parent = await sessionFor(w.parentA.id);
    const created = await createSwapRequest(
      parent,
      swap(w.childA.id, "2027-03-08|OCHTEND", "2027-03-09", "OCHTEND"),
      now,
    );
    await decideCareRequest(
      await sessionFor(w.beheerder.id),
      { requestId: created.id, decision: "DECLINE", reason: "vol" },
      now,
    );
    expect((await testDb.careRequest.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("DECLINED");
    expect(await liveAbsences(w)).toHaveLength(0);
    expect(await creditRows(w)).toBe(0);
    // The dagdeel is free again for another swap.
    const again = await createSwapRequest(
      parent,
      swap(w.childA.id, "2027-03-08|OCHTEND", "2027-03-11", "OCHTEND"),
      now,
    );
    expect(again.status).toBe("REQUESTED");
  });

  it("is like for like: same care type, one dagdeel for one, a dagdeel the care type offers, never on top of a contracted one", async () => {
    const w = await createWorld(testDb);
    const parent = await sessionFor(w.parentA.id);
    expect(
      CreateSwapSchema.safeParse({
        childId: w.childA.id,
        from: "2027-03-03|OCHTEND",
        toDate: "2027-03-04",
        toDagdeel: ["OCHTEND", "MIDDAG"],
      }).success,
    ).toBe(false);
    expect(
      CreateSwapSchema.safeParse({
        childId: w.childA.id,
        from: "2027-03-03|OCHTEND",
        toDate: "2027-03-04",
        toDagdeel: [],
      }).success,
    ).toBe(false);
    // KDV child asking for BSO after-school care: not offered.
    expect(
      await errorKey(
        createSwapRequest(parent, swap(w.childA.id, "2027-03-03|OCHTEND", "2027-03-04", "NASCHOOLS"), now),
      ),
    ).toBe("planningErrors.dagdeelNotOffered");
    // Wanted dagdeel already contracted.
    expect(
      await errorKey(createSwapRequest(parent, swap(w.childA.id, "2027-03-03|OCHTEND", "2027-03-08", "OCHTEND"), now)),
    ).toBe("planningErrors.alreadyContracted");
    // Given-up dagdeel not contracted (Tuesday).
    expect(
      await errorKey(createSwapRequest(parent, swap(w.childA.id, "2027-03-02|OCHTEND", "2027-03-04", "OCHTEND"), now)),
    ).toBe("swap.errors.fromNotContracted");
    // Other care type: the child moves to a BSO group from 2027-04-01.
    await testDb.placement.updateMany({ where: { childId: w.childA.id }, data: { endDate: dateOnly("2027-03-31") } });
    await testDb.placement.create({
      data: { childId: w.childA.id, groupId: w.groupB.id, startDate: dateOnly("2027-04-01") },
    });
    expect(
      await errorKey(
        createSwapRequest(parent, swap(w.childA.id, "2027-03-03|OCHTEND", "2027-04-01", "NASCHOOLS"), now),
      ),
    ).toBe("swap.errors.otherCareType");
    expect(await liveAbsences(w)).toHaveLength(0);
    expect(await testDb.careRequest.count({ where: { childId: w.childA.id } })).toBe(0);
  });

  it("BSO swaps after-school care on school days only: NASCHOOLS for NASCHOOLS, not in school vacations", async () => {
    const w = await createWorld(testDb);
    const parent = await sessionFor(w.parentB.id);
    // childB (BSO, group B) has Tuesday NASCHOOLS.
    expect(
      await errorKey(
        createSwapRequest(parent, swap(w.childB.id, "2027-03-02|NASCHOOLS", "2027-03-03", "OCHTEND"), now),
      ),
    ).toBe("planningErrors.dagdeelNotOffered");
    await testDb.schoolVacation.create({
      data: {
        organisationId: w.organisation.id,
        name: "Voorjaarsvakantie",
        startDate: dateOnly("2027-03-15"),
        endDate: dateOnly("2027-03-19"),
      },
    });
    expect(
      await errorKey(
        createSwapRequest(parent, swap(w.childB.id, "2027-03-02|NASCHOOLS", "2027-03-17", "NASCHOOLS"), now),
      ),
    ).toBe("planningErrors.useVacationRequest");
    expect(
      await errorKey(
        createSwapRequest(parent, swap(w.childB.id, "2027-03-16|NASCHOOLS", "2027-03-22", "NASCHOOLS"), now),
      ),
    ).toBe("swap.errors.fromNotContracted");
    const created = await createSwapRequest(
      parent,
      swap(w.childB.id, "2027-03-02|NASCHOOLS", "2027-03-03", "NASCHOOLS"),
      now,
    );
    expect(created.status).toBe("APPROVED");
    expect(
      await testDb.absence.count({
        where: {
          childId: w.childB.id,
          date: dateOnly("2027-03-02"),
          dagdeel: "NASCHOOLS",
          withdrawnAt: null,
          earnedMinutes: 0,
        },
      }),
    ).toBe(1);
    expect((await getSwapOverview(parent, w.childB.id, { now })).wantedDagdelen).toEqual(["NASCHOOLS"]);
  });

  it("refuses outside the validity window, on closed days, before the lead time and when swapping is switched off", async () => {
    const w = await createWorld(testDb);
    const parent = await sessionFor(w.parentA.id);
    await testDb.organisation.update({ where: { id: w.organisation.id }, data: { swapValidityDays: 7 } });
    expect(
      await errorKey(createSwapRequest(parent, swap(w.childA.id, "2027-03-03|OCHTEND", "2027-03-11", "OCHTEND"), now)),
    ).toBe("swap.errors.outsideWindow");
    await testDb.closedDay.create({
      data: { organisationId: w.organisation.id, date: dateOnly("2027-03-08"), name: "Studiedag" },
    });
    expect(
      await errorKey(createSwapRequest(parent, swap(w.childA.id, "2027-03-08|OCHTEND", "2027-03-09", "OCHTEND"), now)),
    ).toBe("swap.errors.fromClosed");
    expect(
      await errorKey(createSwapRequest(parent, swap(w.childA.id, "2027-03-03|OCHTEND", "2027-03-08", "MIDDAG"), now)),
    ).toBe("planningErrors.closedDay");
    expect(
      await errorKey(createSwapRequest(parent, swap(w.childA.id, "2027-03-01|OCHTEND", "2027-03-04", "OCHTEND"), now)),
    ).toBe("swap.errors.leadTime");
    // Already absent (reported earlier, with tegoed): cannot also be swapped.
    await reportAbsence(
      parent,
      { childId: w.childA.id, from: "2027-03-03", dagdeel: "MIDDAG", reason: "ZIEK", comment: "" },
      now,
    );
    expect(
      await errorKey(createSwapRequest(parent, swap(w.childA.id, "2027-03-03|MIDDAG", "2027-03-04", "MIDDAG"), now)),
    ).toBe("swap.errors.fromAbsent");

    await testDb.organisation.update({ where: { id: w.organisation.id }, data: { swapEnabled: false } });
    const error = await createSwapRequest(
      parent,
      swap(w.childA.id, "2027-03-03|OCHTEND", "2027-03-04", "OCHTEND"),
      now,
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "NOT_FOUND", messageKey: "swap.errors.disabled" });
    const overview = await getSwapOverview(parent, w.childA.id, { now });
    expect(overview.enabled).toBe(false);
    expect(overview.giveUp).toEqual([]);
    expect(await testDb.careRequest.count({ where: { childId: w.childA.id } })).toBe(0);
  });

  it("lapses at the vervalmoment: shown as lapsed, out of the queue, cannot be approved", async () => {
    const w = await createWorld(testDb);
    await testDb.groupCapacity.updateMany({ where: { groupId: w.groupA.id }, data: { capacity: 0 } });
    const parent = await sessionFor(w.parentA.id);
    expect(
      await errorKey(
        createSwapRequest(
          parent,
          swap(w.childA.id, "2027-03-03|OCHTEND", "2027-03-04", "OCHTEND", { expiresAt: "2027-03-01T08:00" }),
          now,
        ),
      ),
    ).toBe("swap.errors.expiryPast");
    // Vervalmoment Tuesday 2027-03-02 12:00 Amsterdam = 11:00 UTC.
    const created = await createSwapRequest(
      parent,
      swap(w.childA.id, "2027-03-03|OCHTEND", "2027-03-04", "OCHTEND", { expiresAt: "2027-03-02T12:00" }),
      now,
    );
    expect((await testDb.careRequest.findUniqueOrThrow({ where: { id: created.id } })).expiresAt).toEqual(
      new Date("2027-03-02T11:00:00Z"),
    );
    const manager = await sessionFor(w.managerA.id);
    const later = new Date("2027-03-02T11:00:00Z");
    expect((await listDecisionQueue(manager, new Date("2027-03-02T10:59:00Z"))).some((q) => q.id === created.id)).toBe(
      true,
    );
    expect((await listDecisionQueue(manager, later)).some((q) => q.id === created.id)).toBe(false);
    expect(
      await errorKey(decideCareRequest(manager, { requestId: created.id, decision: "APPROVE", reason: "" }, later)),
    ).toBe("swap.errors.lapsed");
    expect((await getSwapOverview(parent, w.childA.id, { now: later })).swaps[0].status).toBe("LAPSED");
    expect(await liveAbsences(w)).toHaveLength(0);
    // A lapsed swap no longer holds the given-up dagdeel.
    expect(
      (await getSwapOverview(parent, w.childA.id, { now: later })).giveUp.some(
        (s) => s.date === "2027-03-03" && s.dagdeel === "OCHTEND",
      ),
    ).toBe(true);
  });
});

describe("ruildag authorization matrix", () => {
  const setup = setupMatrix;

  it("create and read: only the child's own parents (others NOT_FOUND, nothing written); bad ids are NOT_FOUND", async () => {
    const { w, users } = await setup();
    const create: Record<Actor, string> = {
      parentOwn: "ok",
      parentOther: "NOT_FOUND",
      staffOwn: "NOT_FOUND",
      staffOther: "NOT_FOUND",
      managerOwn: "NOT_FOUND",
      managerOther: "NOT_FOUND",
      beheerder: "NOT_FOUND",
      otherOrg: "NOT_FOUND",
    };
    const actual: Record<string, string> = {};
    for (const actor of Object.keys(create) as Actor[])
      actual[actor] = await code(
        createSwapRequest(users[actor], swap(w.childA.id, "2027-03-03|OCHTEND", "2027-03-04", "OCHTEND"), now),
      );
    expect(actual).toEqual(create);
    expect(await testDb.careRequest.count({ where: { childId: w.childA.id } })).toBe(1);
    expect(await code(getSwapOverview(users.parentOwn, w.childA.id, { now }))).toBe("ok");
    for (const actor of ["parentOther", "staffOther", "managerOther", "otherOrg"] as Actor[])
      expect(await code(getSwapOverview(users[actor], w.childA.id, { now }))).toBe("NOT_FOUND");
    expect(await code(getSwapOverview(users.parentOwn, "not-a-uuid", { now }))).toBe("NOT_FOUND");
    // Deactivated guardian: no session at all.
    expect(await loadSessionUser(await liveClaimsFor(w.deactivated.id))).toBeNull();
  });

  it("decide: manager of the location and beheerder; parents, staff, other location and other organisation NOT_FOUND", async () => {
    const { w, users } = await setup();
    await testDb.groupCapacity.updateMany({ where: { groupId: w.groupA.id }, data: { capacity: 0 } });
    const expected: Record<Actor, string> = {
      parentOwn: "NOT_FOUND",
      parentOther: "NOT_FOUND",
      staffOwn: "NOT_FOUND",
      staffOther: "NOT_FOUND",
      managerOwn: "ok",
      managerOther: "NOT_FOUND",
      beheerder: "ok",
      otherOrg: "NOT_FOUND",
    };
    const actual: Record<string, string> = {};
    const slots = [
      "2027-03-04",
      "2027-03-05",
      "2027-03-09",
      "2027-03-11",
      "2027-03-12",
      "2027-03-16",
      "2027-03-18",
      "2027-03-19",
    ];
    const froms = [
      "2027-03-03|OCHTEND",
      "2027-03-03|MIDDAG",
      "2027-03-08|OCHTEND",
      "2027-03-08|MIDDAG",
      "2027-03-10|OCHTEND",
      "2027-03-10|MIDDAG",
      "2027-03-15|OCHTEND",
      "2027-03-15|MIDDAG",
    ];
    for (const [i, actor] of (Object.keys(expected) as Actor[]).entries()) {
      const created = await createSwapRequest(users.parentOwn, swap(w.childA.id, froms[i], slots[i], "OCHTEND"), now);
      actual[actor] = await code(
        decideCareRequest(users[actor], { requestId: created.id, decision: "APPROVE", reason: "" }, now),
      );
    }
    expect(actual).toEqual(expected);
    expect(await testDb.absence.count({ where: { childId: w.childA.id, withdrawnAt: null } })).toBe(2);
    // Cancelling someone else's swap: NOT_FOUND.
    const mine = await testDb.careRequest.findFirstOrThrow({ where: { childId: w.childA.id, status: "APPROVED" } });
    expect(await code(cancelCareRequest(users.parentOther, mine.id, now))).toBe("NOT_FOUND");
    expect(await code(cancelCareRequest(users.otherOrg, mine.id, now))).toBe("NOT_FOUND");
  });
});
