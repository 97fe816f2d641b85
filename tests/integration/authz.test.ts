// Authorization matrix for the foundation: every role against every scope and every beheer action, on the real
// database. Roles: parent A (+ second guardian), parent B, staff A, staff B, manager of location A, beheerder,
// beheerder of another organisation, deactivated user.
import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import {
  childScope,
  familyScope,
  groupScope,
  locationScope,
  userAdminScope,
  assertChildVisible,
} from "../../lib/authz";
import { listVisibleChildren } from "../../lib/children/queries";
import { listGroupsWithChildren } from "../../lib/groups/queries";
import { getOrganisationStats, listFamilyAccounts, listOutbox } from "../../lib/beheer/queries";
import { deactivateUser, sendInvite, sendPasswordResetFor } from "../../lib/accounts/mutations";
import { loadSessionUser } from "../../lib/auth/session";
import type { SessionUser } from "../../lib/auth/session-user";
import { createGuardian, createWorld } from "../../prisma/factories";
import { testDb } from "../db";
import { sessionFor, liveClaimsFor } from "../session";

let world: Awaited<ReturnType<typeof createWorld>>;
const as: Record<string, SessionUser> = {};

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

const ids = <T extends { id: string }>(rows: T[]) => rows.map((r) => r.id).sort();

describe("scopes", () => {
  it("children: parents see their own family's, staff and managers their groups'/locations', beheerders the organisation's", async () => {
    const visible = async (user: SessionUser) =>
      ids(await testDb.child.findMany({ where: childScope(user), select: { id: true } }));
    expect(await visible(as.parentA)).toEqual([world.childA.id]);
    expect(await visible(as.parentA2)).toEqual([world.childA.id]);
    expect(await visible(as.parentB)).toEqual([world.childB.id]);
    expect(await visible(as.staffA)).toEqual([world.childA.id]);
    expect(await visible(as.staffB)).toEqual([world.childB.id]);
    expect(await visible(as.managerA)).toEqual([world.childA.id]);
    expect(await visible(as.beheerder)).toEqual([world.childA.id, world.childB.id].sort());
    expect(await visible(as.otherBeheerder)).toEqual([]);
  });

  it("groups, families and locations follow the same lines", async () => {
    const groups = async (user: SessionUser) =>
      ids(await testDb.group.findMany({ where: groupScope(user), select: { id: true } }));
    const families = async (user: SessionUser) =>
      ids(await testDb.family.findMany({ where: familyScope(user), select: { id: true } }));
    const locations = async (user: SessionUser) =>
      ids(await testDb.location.findMany({ where: locationScope(user), select: { id: true } }));
    expect(await groups(as.parentA)).toEqual([world.groupA.id]);
    expect(await groups(as.staffB)).toEqual([world.groupB.id]);
    expect(await groups(as.managerA)).toEqual([world.groupA.id]);
    expect(await groups(as.beheerder)).toEqual([world.groupA.id, world.groupB.id].sort());
    expect(await groups(as.otherBeheerder)).toEqual([]);
    expect(await families(as.parentB)).toEqual([world.familyB.id]);
    expect(await families(as.staffA)).toEqual([world.familyA.id]);
    expect(await families(as.managerA)).toEqual([world.familyA.id]);
    expect(await families(as.otherBeheerder)).toEqual([]);
    expect(await locations(as.parentA)).toEqual([world.locationA.id]);
    expect(await locations(as.staffB)).toEqual([world.locationB.id]);
    expect(await locations(as.managerA)).toEqual([world.locationA.id]);
  });

  it("only beheerders get users to administer, and only their own organisation's", async () => {
    for (const role of ["parentA", "staffA", "managerA"] as const) {
      expect(await testDb.user.count({ where: userAdminScope(as[role]) })).toBe(0);
    }
    const own = await testDb.user.findMany({ where: userAdminScope(as.beheerder), select: { organisationId: true } });
    expect(own.length).toBeGreaterThan(5);
    expect(new Set(own.map((u) => u.organisationId))).toEqual(new Set([world.organisation.id]));
  });

  it("assertChildVisible: other families' children, unknown and malformed ids are all NOT_FOUND", async () => {
    await expect(assertChildVisible(testDb, as.parentA, world.childA.id)).resolves.toBeUndefined();
    for (const childId of [world.childB.id, randomUUID(), "not-a-uuid", "' OR 1=1 --"]) {
      await expect(assertChildVisible(testDb, as.parentA, childId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(assertChildVisible(testDb, as.staffA, world.childB.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a placement that ended removes the child from staff scope; a future placement is already visible", async () => {
    const past = await testDb.placement.findFirstOrThrow({ where: { childId: world.childB.id } });
    await testDb.placement.update({ where: { id: past.id }, data: { endDate: new Date("2025-06-30T00:00:00Z") } });
    const staffB = await sessionFor(world.staffB.id);
    expect(await testDb.child.count({ where: { AND: [{ id: world.childB.id }, childScope(staffB)] } })).toBe(0);
    // Parents keep seeing their own child (its history is theirs).
    expect(await testDb.child.count({ where: { AND: [{ id: world.childB.id }, childScope(as.parentB)] } })).toBe(1);
    await testDb.placement.update({
      where: { id: past.id },
      data: { endDate: null, startDate: new Date("2099-01-01T00:00:00Z") },
    });
    expect(await testDb.child.count({ where: { AND: [{ id: world.childB.id }, childScope(staffB)] } })).toBe(1);
    await testDb.placement.update({ where: { id: past.id }, data: { startDate: new Date("2025-01-06T00:00:00Z") } });
  });
});

describe("pages' read models", () => {
  it("overview and group lists show only what is in scope", async () => {
    expect((await listVisibleChildren(as.parentA)).map((c) => c.id)).toEqual([world.childA.id]);
    expect(await listGroupsWithChildren(as.parentA)).toEqual([]);
    const staffGroups = await listGroupsWithChildren(as.staffA);
    expect(staffGroups.map((g) => g.id)).toEqual([world.groupA.id]);
    expect(staffGroups[0].children.map((c) => c.id)).toEqual([world.childA.id]);
  });

  it("beheer read models are for beheerders only", async () => {
    for (const role of ["parentA", "staffA", "managerA"] as const) {
      await expect(getOrganisationStats(as[role])).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(listFamilyAccounts(as[role])).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(listOutbox(as[role])).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    const families = await listFamilyAccounts(as.beheerder);
    expect(ids(families)).toEqual([world.familyA.id, world.familyB.id].sort());
    expect(await listFamilyAccounts(as.otherBeheerder)).toEqual([]);
  });
});

describe("account actions", () => {
  it("invite, reset and deactivate: beheerder of the organisation only; everyone else gets NOT_FOUND", async () => {
    const target = await createGuardian(testDb, {
      family: world.familyB,
      index: 2,
      loginName: `${world.familyB.debiteurnummer}-7`,
      status: "INVITED",
    });
    for (const role of ["parentA", "parentB", "staffA", "managerA", "otherBeheerder"] as const) {
      await expect(sendInvite(as[role], target.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(sendPasswordResetFor(as[role], world.parentB.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(deactivateUser(as[role], world.parentB.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(sendInvite(as.beheerder, "malformed")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(sendInvite(as.beheerder, target.id)).resolves.toEqual({ email: target.email });
    // An active account cannot be re-invited (that would reset it); a reset link is the way.
    await expect(sendInvite(as.beheerder, world.parentA.id)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(sendPasswordResetFor(as.beheerder, world.parentA.id)).resolves.toEqual({ email: world.parentA.email });
    // A beheerder cannot lock themselves out.
    await expect(deactivateUser(as.beheerder, world.beheerder.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const unchanged = await testDb.user.findUniqueOrThrow({ where: { id: world.parentB.id } });
    expect(unchanged.status).toBe("ACTIVE");
  });

  it("a deactivated user has no session at all", async () => {
    expect(await loadSessionUser(await liveClaimsFor(world.deactivated.id))).toBeNull();
  });
});
