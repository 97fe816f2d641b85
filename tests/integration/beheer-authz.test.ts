// Authorization matrix for the beheer DAL: every admin action x every role. Only a BEHEERDER of the same organisation
// may act; parents, staff, managers and beheerders of another organisation get NOT_FOUND (never a hint that the
// record exists). Deactivated users have no session at all.
import { beforeAll, describe, expect, it } from "vitest";
import { createUser, createWorld } from "../../prisma/factories";
import { inviteGuardians } from "../../lib/accounts/mutations";
import { AppError } from "../../lib/errors";
import { testDb } from "../db";
import { sessionFor, liveClaimsFor } from "../session";
import { loadSessionUser } from "../../lib/auth/session";
import type { SessionUser } from "../../lib/auth/session-user";
import * as admin from "../../lib/beheer/mutations";
import { createSchoolVacation, deleteSchoolVacation } from "../../lib/calendar/mutations";
import {
  getFamilyDetail,
  listConsentOverview,
  listGroupOptions,
  listLocations,
  listStaffAndManagers,
} from "../../lib/beheer/admin-queries";
import { listAuditEvents } from "../../lib/audit/queries";
import { previewImport } from "../../lib/beheer/import";
import { resolveExportFamily } from "../../lib/privacy/export";

type World = Awaited<ReturnType<typeof createWorld>>;
let w: World;
let sessions: Record<"parent" | "staff" | "manager" | "beheerder" | "otherBeheerder", SessionUser>;
let placementId: string;
let contractId: string;
let vacationId: string;

beforeAll(async () => {
  w = await createWorld(testDb);
  sessions = {
    parent: await sessionFor(w.parentA.id),
    staff: await sessionFor(w.staffA.id),
    manager: await sessionFor(w.managerA.id),
    beheerder: await sessionFor(w.beheerder.id),
    otherBeheerder: await sessionFor(w.otherBeheerder.id),
  };
  placementId = (await testDb.placement.findFirstOrThrow({ where: { childId: w.childA.id } })).id;
  contractId = (await testDb.contract.findFirstOrThrow({ where: { childId: w.childA.id } })).id;
  vacationId = (
    await testDb.schoolVacation.create({
      data: {
        organisationId: w.organisation.id,
        name: "Herfst",
        startDate: new Date("2026-10-17"),
        endDate: new Date("2026-10-25"),
      },
    })
  ).id;
});

const unique = () => Math.random().toString(36).slice(2, 8);
const debiteur = () => String(200_000_000 + Math.floor(Math.random() * 700_000_000));

/** Every admin action, with the ids of organisation A (the beheerder's organisation). */
const actions: Record<string, (actor: SessionUser) => Promise<unknown>> = {
  updateFamily: (a) => admin.updateFamily(a, { familyId: w.familyA.id, name: "Familie A", address: "Dorpsstraat 1" }),
  addGuardian: (a) =>
    admin.addGuardian(a, { familyId: w.familyB.id, name: "Tweede ouder", email: `tweede-${unique()}@example.test` }),
  createChild: (a) =>
    admin.createChild(a, { familyId: w.familyA.id, firstName: "Bram", lastName: "Test", birthDate: "2024-02-01" }),
  addPlacement: (a) =>
    admin.addPlacement(a, { childId: w.childA.id, groupId: w.groupA.id, startDate: "2027-01-04", endDate: null }),
  endPlacement: (a) => admin.endPlacement(a, { placementId, endDate: "2030-12-31" }),
  endContract: (a) => admin.endContract(a, { contractId, endDate: "2030-12-31" }),
  updateChild: (a) =>
    admin.updateChild(a, { childId: w.childA.id, firstName: "Noor", lastName: "Test", birthDate: "2023-03-14" }),
  createContract: (a) =>
    admin.createContract(a, {
      childId: w.childA.id,
      careType: "KDV",
      startDate: "2027-01-04",
      endDate: null,
      days: [{ weekday: 2, dagdeel: "OCHTEND" }],
      vacationHours: 0,
    }),
  setDagdeelTimes: (a) =>
    admin.setDagdeelTimes(a, {
      locationId: w.locationA.id,
      ochtendStart: 450,
      ochtendEnd: 780,
      middagStart: 780,
      middagEnd: 1110,
      naschoolsStart: 840,
      naschoolsEnd: 1110,
    }),
  createGroup: (a) =>
    admin.createGroup(a, {
      locationId: w.locationA.id,
      name: `Groep ${unique()}`,
      careType: "KDV",
      capacityOchtend: 10,
      capacityMiddag: 10,
      capacityNaschools: 0,
    }),
  setGroupCapacity: (a) =>
    admin.setGroupCapacity(a, { groupId: w.groupA.id, capacityOchtend: 14, capacityMiddag: 14, capacityNaschools: 0 }),
  createStaffMember: (a) =>
    admin.createStaffMember(a, {
      name: "Nieuwe collega",
      email: `collega-${unique()}@example.test`,
      groupIds: [w.groupA.id],
    }),
  setStaffGroups: (a) => admin.setStaffGroups(a, { userId: w.staffA.id, groupIds: [w.groupA.id] }),
  createManager: (a) =>
    admin.createManager(a, {
      name: "Manager",
      email: `manager-${unique()}@example.test`,
      locationIds: [w.locationA.id],
    }),
  setManagerLocations: (a) => admin.setManagerLocations(a, { userId: w.managerA.id, locationIds: [w.locationA.id] }),
  addChildHousehold: (a) =>
    admin.addChildHousehold(a, { childId: w.childB.id, debiteurnummer: w.familyA.debiteurnummer }),
  removeChildHousehold: async (a) => {
    await testDb.childHousehold.upsert({
      where: { childId_familyId: { childId: w.childA.id, familyId: w.familyB.id } },
      create: { childId: w.childA.id, familyId: w.familyB.id },
      update: {},
    });
    return admin.removeChildHousehold(a, { childId: w.childA.id, householdId: w.familyB.id });
  },
  changeUserEmailGuardian: (a) =>
    admin.changeUserEmail(a, { userId: w.parentB.id, email: `ouder-b-${unique()}@example.test` }),
  changeUserEmailStaff: (a) =>
    admin.changeUserEmail(a, { userId: w.staffB.id, email: `staf-b-${unique()}@example.test` }),
  moveGuardian: async (a) => {
    const guardian = await createUser(testDb, {
      organisationId: w.organisation.id,
      role: "PARENT",
      familyId: w.familyA.id,
      loginName: `${w.familyA.debiteurnummer}-${unique()}`,
    });
    return admin.moveGuardian(a, { userId: guardian.id, debiteurnummer: w.familyB.debiteurnummer });
  },
  inviteGuardians: async (a) => {
    const guardian = await createUser(testDb, {
      organisationId: w.organisation.id,
      role: "PARENT",
      status: "INVITED",
      familyId: w.familyA.id,
      loginName: `${w.familyA.debiteurnummer}-${unique()}`,
    });
    const { invited } = await inviteGuardians(a, [guardian.id]);
    if (invited !== 1) throw new AppError("NOT_FOUND");
  },
};
/** Actions without ids from organisation A: another organisation's beheerder may do these in their own organisation. */
const organisationFree: Record<string, (actor: SessionUser) => Promise<unknown>> = {
  createFamily: (a) =>
    admin.createFamily(a, {
      debiteurnummer: debiteur(),
      name: "Familie Nieuw",
      guardianName: "Ouder",
      guardianEmail: `ouder-${unique()}@example.test`,
    }),
  createLocation: (a) => admin.createLocation(a, { name: `Locatie ${unique()}`, lrkNumber: "123456789", address: "" }),
  createSchoolVacation: (a) =>
    createSchoolVacation(a, { name: "Kerst", startDate: "2026-12-19", endDate: "2027-01-03" }),
  updateOrganisationRules: (a) =>
    admin.updateOrganisationRules(a, {
      absenceDeadline: 540,
      tegoedValidityDays: 365,
      requestLeadDays: 1,
      requestCancelHours: 48,
      vacationGuaranteeMonths: 1,
      swapEnabled: true,
      swapValidityDays: 90,
      photoRetentionDays: 92,
      dataRetentionDays: 730,
      fiscalRetentionYears: 7,
      inviteLeadDays: 42,
    }),
  updateOrganisationContact: (a) => admin.updateOrganisationContact(a, { infoEmail: "info@kindercentraderoef.nl" }),
  previewImport: (a) => previewImport(a, "debiteurnummer;gezinsnaam\n"),
};

describe("beheer authorization matrix", () => {
  for (const [name, run] of Object.entries(actions)) {
    it(`${name}: beheerder of the organisation may`, async () => {
      await expect(run(sessions.beheerder)).resolves.not.toThrow();
    });
    for (const role of ["parent", "staff", "manager", "otherBeheerder"] as const) {
      it(`${name}: ${role} gets NOT_FOUND`, async () => {
        await expect(run(sessions[role])).rejects.toMatchObject({ code: "NOT_FOUND" });
      });
    }
  }
  for (const [name, run] of Object.entries(organisationFree)) {
    it(`${name}: only beheerders`, async () => {
      await expect(run(sessions.beheerder)).resolves.not.toThrow();
      for (const role of ["parent", "staff", "manager"] as const)
        await expect(run(sessions[role])).rejects.toMatchObject({ code: "NOT_FOUND" });
    });
  }

  it("organisation lists: only beheerders, and another organisation's beheerder sees none of organisation A", async () => {
    const reads = {
      audit: async (a: SessionUser) => (await listAuditEvents(a)).events.map((e) => e.actorId),
      staff: async (a: SessionUser) => (await listStaffAndManagers(a)).map((u) => u.id),
      groups: async (a: SessionUser) => (await listGroupOptions(a)).map((g) => g.id),
    };
    await admin.updateFamily(sessions.beheerder, { familyId: w.familyA.id, name: "Familie A", address: "" });
    expect(await reads.audit(sessions.beheerder)).toContain(w.beheerder.id);
    expect(await reads.staff(sessions.beheerder)).toContain(w.staffA.id);
    expect(await reads.groups(sessions.beheerder)).toContain(w.groupA.id);
    expect(await reads.audit(sessions.otherBeheerder)).not.toContain(w.beheerder.id);
    expect(await reads.staff(sessions.otherBeheerder)).not.toContain(w.staffA.id);
    expect(await reads.groups(sessions.otherBeheerder)).not.toContain(w.groupA.id);
    for (const role of ["parent", "staff", "manager"] as const) {
      for (const read of Object.values(reads))
        await expect(read(sessions[role])).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("deleteSchoolVacation: other organisation's beheerder gets NOT_FOUND, own beheerder deletes", async () => {
    await expect(deleteSchoolVacation(sessions.otherBeheerder, vacationId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(deleteSchoolVacation(sessions.parent, vacationId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await deleteSchoolVacation(sessions.beheerder, vacationId);
    expect(await testDb.schoolVacation.count({ where: { id: vacationId } })).toBe(0);
  });

  it("a deactivated user has no session at all", async () => {
    expect(await loadSessionUser(await liveClaimsFor(w.deactivated.id))).toBeNull();
  });

  it("another organisation's ids are NOT_FOUND even mixed with own ids (staff groups)", async () => {
    const otherLocation = await testDb.location.create({
      data: { organisationId: w.otherOrganisation.id, name: "Elders", lrkNumber: "999999999" },
    });
    const otherGroup = await testDb.group.create({
      data: { locationId: otherLocation.id, name: "Elders", careType: "KDV" },
    });
    await expect(
      admin.setStaffGroups(sessions.beheerder, { userId: w.staffA.id, groupIds: [w.groupA.id, otherGroup.id] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      admin.addPlacement(sessions.beheerder, {
        childId: w.childA.id,
        groupId: otherGroup.id,
        startDate: "2027-01-04",
        endDate: null,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await testDb.staffMembership.count({ where: { userId: w.staffA.id, groupId: otherGroup.id } })).toBe(0);
  });

  it("malformed ids are NOT_FOUND, not a database error", async () => {
    await expect(
      admin.updateFamily(sessions.beheerder, { familyId: "x' OR 1=1", name: "n", address: "" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getFamilyDetail(sessions.beheerder, "not-a-uuid")).toBeNull();
  });

  it("getFamilyDetail: only the beheerder's own organisation", async () => {
    expect((await getFamilyDetail(sessions.beheerder, w.familyA.id))?.debiteurnummer).toBe(w.familyA.debiteurnummer);
    expect(await getFamilyDetail(sessions.otherBeheerder, w.familyA.id)).toBeNull();
    await expect(getFamilyDetail(sessions.parent, w.familyA.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("locations: managers read only their own locations, staff and parents none", async () => {
    const managerView = await listLocations(sessions.manager);
    expect(managerView.map((l) => l.id)).toEqual([w.locationA.id]);
    expect((await listLocations(sessions.beheerder)).map((l) => l.id)).toEqual(
      expect.arrayContaining([w.locationA.id, w.locationB.id]),
    );
    await expect(listLocations(sessions.staff)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listLocations(sessions.parent)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("consent overview: staff see their own groups, beheerders all, parents nothing", async () => {
    const staffView = await listConsentOverview(sessions.staff);
    expect(staffView.map((g) => g.id)).toEqual([w.groupA.id]);
    expect(staffView[0].children.map((c) => c.id)).toContain(w.childA.id);
    const beheerView = await listConsentOverview(sessions.beheerder);
    expect(beheerView.map((g) => g.id)).toEqual(expect.arrayContaining([w.groupA.id, w.groupB.id]));
    expect((await listConsentOverview(sessions.otherBeheerder)).map((g) => g.id)).not.toContain(w.groupA.id);
    await expect(listConsentOverview(sessions.parent)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a parent exports only their own family; nobody else downloads an export (tests/integration/privacy-export-authz)", async () => {
    expect((await resolveExportFamily(sessions.parent)).id).toBe(w.familyA.id);
    await expect(resolveExportFamily(sessions.staff)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(resolveExportFamily(sessions.beheerder)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(resolveExportFamily(sessions.otherBeheerder)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("beheer writes", () => {
  it("createFamily makes INVITED guardians named debiteurnummer and debiteurnummer-2, audit-logged, never with a password", async () => {
    const number = debiteur();
    const { id } = await admin.createFamily(sessions.beheerder, {
      debiteurnummer: number,
      name: "Familie Visser",
      guardianName: "Eva Visser",
      guardianEmail: `eva-${number}@example.test`,
      guardian2Name: "Tom Visser",
      guardian2Email: `tom-${number}@example.test`,
    });
    const guardians = await testDb.user.findMany({ where: { familyId: id }, orderBy: { loginName: "asc" } });
    expect(guardians.map((g) => [g.loginName, g.status, g.role, g.passwordHash])).toEqual([
      [number, "INVITED", "PARENT", null],
      [`${number}-2`, "INVITED", "PARENT", null],
    ]);
    expect(await testDb.auditEvent.count({ where: { familyId: id, action: { startsWith: "admin." } } })).toBe(3);
    await expect(
      admin.createFamily(sessions.beheerder, {
        debiteurnummer: number,
        name: "Dubbel",
        guardianName: "X",
        guardianEmail: `x-${number}@example.test`,
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "admin.familyConflict",
    });
  });

  it("addGuardian takes the first free login name", async () => {
    // familyA has debiteurnummer, -2 and -3 (deactivated) already.
    const guardian = await admin.addGuardian(sessions.beheerder, {
      familyId: w.familyA.id,
      name: "Opa",
      email: `opa-${unique()}@example.test`,
    });
    expect(guardian.loginName).toBe(`${w.familyA.debiteurnummer}-4`);
  });

  it("endPlacement refuses an end before the start", async () => {
    const child = await admin.createChild(sessions.beheerder, {
      familyId: w.familyB.id,
      firstName: "Lot",
      lastName: "Test",
      birthDate: "2024-05-05",
    });
    const placement = await admin.addPlacement(sessions.beheerder, {
      childId: child.id,
      groupId: w.groupA.id,
      startDate: "2026-03-02",
      endDate: null,
    });
    await expect(
      admin.endPlacement(sessions.beheerder, { placementId: placement.id, endDate: "2026-03-01" }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await admin.endPlacement(sessions.beheerder, { placementId: placement.id, endDate: "2026-06-30" });
    expect(
      (await testDb.placement.findUniqueOrThrow({ where: { id: placement.id } })).endDate?.toISOString().slice(0, 10),
    ).toBe("2026-06-30");
  });
});
