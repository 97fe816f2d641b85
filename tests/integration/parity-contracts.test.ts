// Authorization matrix and rules for contracts and contract change requests.
import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { countOpenChangeRequests, listChangeRequestsForBeheer, listOwnContracts } from "../../lib/contracts/queries";
import { decideContractChange, requestContractChange } from "../../lib/contracts/mutations";
import {
  changeRequestSchema,
  DecideChangeSchema,
  earliestEffectiveDate,
  type ChangeRequestInput,
} from "../../lib/contracts/schema";
import { dateOnly } from "../../lib/time";
import type { SessionUser } from "../../lib/auth/session-user";
import { createWorld } from "../../prisma/factories";
import { testDb } from "../db";
import { sessionFor } from "../session";

let world: Awaited<ReturnType<typeof createWorld>>;
const as: Record<string, SessionUser> = {};
const TODAY = dateOnly("2026-11-24");

beforeAll(async () => {
  world = await createWorld(testDb);
  for (const role of [
    "parentA",
    "parentA2",
    "parentB",
    "staffA",
    "staffB",
    "managerA",
    "beheerder",
    "otherBeheerder",
  ] as const) {
    as[role] = await sessionFor(world[role].id);
  }
});

// childA: KDV, Monday and Wednesday mornings and afternoons (factories).
const request = (overrides: Partial<ChangeRequestInput> = {}): ChangeRequestInput => ({
  childId: world.childA.id,
  kind: "ADD_DAY",
  weekday: 2,
  dagdeel: "OCHTEND",
  effectiveDate: "2027-01-04",
  endDate: null,
  comment: "",
  ...overrides,
});

describe("contracts (read)", () => {
  it("parents see their own children's contracts: care type, days, dagdelen, Roefjes", async () => {
    const [childA] = await listOwnContracts(as.parentA2, TODAY);
    expect(childA.id).toBe(world.childA.id);
    expect(childA.contracts[0].careType).toBe("KDV");
    expect(childA.contracts[0].days).toEqual([
      { weekday: 1, dagdelen: ["OCHTEND", "MIDDAG"] },
      { weekday: 3, dagdelen: ["OCHTEND", "MIDDAG"] },
    ]);
    const [childB] = await listOwnContracts(as.parentB, TODAY);
    expect(childB.contracts[0].roefjesPerYear).toBe(200);
    for (const role of ["staffA", "managerA", "beheerder"] as const)
      await expect(listOwnContracts(as[role], TODAY)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("change requests", () => {
  it("a parent requests for their own child only; the second guardian sees the status", async () => {
    const { id } = await requestContractChange(as.parentA, request(), TODAY);
    const [childA] = await listOwnContracts(as.parentA2, TODAY);
    expect(childA.requests.map((r) => [r.id, r.status, r.weekday, r.dagdeel])).toEqual([[id, "OPEN", 2, "OCHTEND"]]);
    await expect(requestContractChange(as.parentB, request(), TODAY)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(requestContractChange(as.parentA, request({ childId: "malformed" }), TODAY)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(requestContractChange(as.parentA, request({ childId: randomUUID() }), TODAY)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    for (const role of ["staffA", "managerA", "beheerder", "otherBeheerder"] as const) {
      await expect(requestContractChange(as[role], request(), TODAY)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("rules: notice period, dagdeel fits the care type, add only new days, stop only contracted days", async () => {
    await expect(
      requestContractChange(as.parentA, request({ effectiveDate: "2026-12-01" }), TODAY),
    ).rejects.toMatchObject({ messageKey: "contract.effectiveTooSoon" });
    await expect(requestContractChange(as.parentA, request({ dagdeel: "NASCHOOLS" }), TODAY)).rejects.toMatchObject({
      messageKey: "contract.dagdeelNotForCareType",
    });
    await expect(requestContractChange(as.parentA, request({ weekday: 1 }), TODAY)).rejects.toMatchObject({
      messageKey: "contract.alreadyContracted",
    });
    await expect(
      requestContractChange(as.parentA, request({ kind: "STOP_DAY", weekday: 2 }), TODAY),
    ).rejects.toMatchObject({ messageKey: "contract.notContracted" });
    await expect(
      requestContractChange(as.parentA, request({ kind: "STOP_DAY", weekday: 3, dagdeel: "MIDDAG" }), TODAY),
    ).resolves.toHaveProperty("id");
    await expect(
      requestContractChange(as.parentA, request({ kind: "END_CONTRACT", weekday: null, dagdeel: null }), TODAY),
    ).resolves.toHaveProperty("id");
  });

  it("form schema: translated keys for empty, past, malformed and inconsistent input", () => {
    const schema = changeRequestSchema(TODAY);
    const errors = (values: Record<string, string>) => {
      const result = schema.safeParse(values);
      return result.success
        ? {}
        : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
    };
    expect(earliestEffectiveDate(TODAY)).toBe("2026-12-24");
    expect(earliestEffectiveDate(dateOnly("2027-01-31"))).toBe("2027-02-28");
    expect(errors({ childId: "", kind: "", effectiveDate: "" })).toMatchObject({
      childId: "contract.childRequired",
      kind: "contract.kindRequired",
      effectiveDate: "contract.effectiveRequired",
    });
    expect(errors({ childId: "c", kind: "ADD_DAY", effectiveDate: "2026-02-30" })).toMatchObject({
      effectiveDate: "contract.dateInvalid",
    });
    expect(
      errors({ childId: "c", kind: "ADD_DAY", effectiveDate: "2025-01-01", weekday: "2", dagdeel: "OCHTEND" }),
    ).toEqual({ effectiveDate: "contract.effectiveTooSoon" });
    expect(errors({ childId: "c", kind: "ADD_DAY", effectiveDate: "2027-01-04", weekday: "6", dagdeel: "x" })).toEqual({
      weekday: "contract.weekdayRequired",
      dagdeel: "contract.dagdeelRequired",
    });
    expect(
      errors({
        childId: "c",
        kind: "ADD_DAY",
        effectiveDate: "2027-01-04",
        weekday: "2",
        dagdeel: "OCHTEND",
        endDate: "2027-01-01",
      }),
    ).toEqual({ endDate: "contract.endBeforeEffective" });
    expect(errors({ childId: "c", kind: "END_CONTRACT", effectiveDate: "2027-01-04", endDate: "2027-02-01" })).toEqual({
      endDate: "contract.endDateNotForEnd",
    });
    expect(
      errors({
        childId: "c",
        kind: "ADD_DAY",
        effectiveDate: "2027-01-04",
        weekday: "2",
        dagdeel: "OCHTEND",
        comment: "x".repeat(1001),
      }),
    ).toEqual({ comment: "contract.commentTooLong" });
    expect(DecideChangeSchema.safeParse({ id: "x", decision: "DECLINED", note: "" }).success).toBe(false);
  });

  it("beheer queue and decisions: beheerder of the organisation only, once", async () => {
    const { id } = await requestContractChange(
      as.parentB,
      { ...request(), childId: world.childB.id, dagdeel: "NASCHOOLS", weekday: 1 },
      TODAY,
    );
    for (const role of ["parentB", "staffB", "managerA"] as const) {
      await expect(listChangeRequestsForBeheer(as[role])).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(decideContractChange(as[role], { id, decision: "HANDLED", note: "" })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
    expect((await listChangeRequestsForBeheer(as.otherBeheerder)).open).toEqual([]);
    await expect(decideContractChange(as.otherBeheerder, { id, decision: "HANDLED", note: "" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      decideContractChange(as.beheerder, { id: "malformed", decision: "HANDLED", note: "" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    await expect(countOpenChangeRequests(as.parentB)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await countOpenChangeRequests(as.otherBeheerder)).toBe(0);
    const openBefore = await countOpenChangeRequests(as.beheerder);
    const queue = await listChangeRequestsForBeheer(as.beheerder);
    expect(queue.open).toHaveLength(openBefore);
    expect(queue.open.map((r) => r.id)).toContain(id);
    expect(queue.open.find((r) => r.id === id)?.requestedByName).toBe(world.parentB.name);
    await decideContractChange(as.beheerder, { id, decision: "DECLINED", note: "Geen plek op maandag" });
    await expect(decideContractChange(as.beheerder, { id, decision: "HANDLED", note: "" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await countOpenChangeRequests(as.beheerder)).toBe(openBefore - 1);
    const [childB] = await listOwnContracts(as.parentB, TODAY);
    expect(childB.requests.find((r) => r.id === id)).toMatchObject({
      status: "DECLINED",
      handlerNote: "Geen plek op maandag",
    });
  });
});
