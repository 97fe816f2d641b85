// Beheer writes: organisation structure (locations, groups, staff, managers), families, children, placements,
// contracts, school vacations and organisation rules.
//
// NOTE: security-critical. Every function takes the SessionUser, refuses anyone but a BEHEERDER (NOT_FOUND, like
// every "not yours"), and looks up every id from a form inside the beheerder's organisation before writing, in the
// same transaction as the write. Every write is audit-logged with action "admin.<what>".
import "server-only";
import { prisma, type Tx } from "../db";
import { isUniqueViolation } from "../db/unique";
import { AppError } from "../errors";
import { isUuid } from "../ids";
import { writeAudit } from "../audit/log";
import {
  assertRole,
  familyScope,
  groupScope,
  isParent,
  locationScope,
  type SessionUser,
  userAdminScope,
} from "../authz";
import { now as clockNow } from "../clock";
import { dateOnly, todayDate } from "../time";
import { regrantAfterContractChange } from "../planning/care";
import type { Dagdeel } from "../generated/prisma/enums";
import type { ContractDaySpec } from "./contract-days";

const DEFAULT_DAGDELEN: { dagdeel: Dagdeel; startMinutes: number; endMinutes: number }[] = [
  { dagdeel: "OCHTEND", startMinutes: 7 * 60 + 30, endMinutes: 13 * 60 },
  { dagdeel: "MIDDAG", startMinutes: 13 * 60, endMinutes: 18 * 60 + 30 },
  { dagdeel: "NASCHOOLS", startMinutes: 14 * 60, endMinutes: 18 * 60 + 30 },
];

type AuditTarget = {
  entityType: string;
  entityId: string;
  familyId?: string | null;
  childId?: string | null;
  meta?: Record<string, unknown>;
};
const audit = (tx: Tx, actor: SessionUser, action: string, target: AuditTarget) =>
  writeAudit({ action: `admin.${action}`, actorId: actor.id, organisationId: actor.organisationId, ...target }, tx);

/** Unique-constraint violations (debiteurnummer, loginName, e-mail) become a CONFLICT with a field-specific key. */
async function inTx<T>(fn: (tx: Tx) => Promise<T>, conflictKey = "admin.conflict"): Promise<T> {
  try {
    return await prisma.$transaction(fn);
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", conflictKey, { cause: error });
    throw error;
  }
}

// ---- scoped lookups (each throws NOT_FOUND for ids outside the beheerder's organisation) -------------------------

async function scopedFamily(tx: Tx, actor: SessionUser, familyId: string) {
  if (!isUuid(familyId)) throw new AppError("NOT_FOUND");
  const family = await tx.family.findFirst({
    where: { AND: [{ id: familyId }, familyScope(actor)] },
    select: { id: true, debiteurnummer: true, organisationId: true },
  });
  if (!family) throw new AppError("NOT_FOUND");
  return family;
}

async function scopedChild(tx: Tx, actor: SessionUser, childId: string) {
  if (!isUuid(childId)) throw new AppError("NOT_FOUND");
  const child = await tx.child.findFirst({
    where: { id: childId, family: familyScope(actor) },
    select: { id: true, familyId: true },
  });
  if (!child) throw new AppError("NOT_FOUND");
  return child;
}

async function scopedGroup(tx: Tx, actor: SessionUser, groupId: string) {
  if (!isUuid(groupId)) throw new AppError("NOT_FOUND");
  const group = await tx.group.findFirst({
    where: { AND: [{ id: groupId }, groupScope(actor)] },
    select: { id: true, careType: true },
  });
  if (!group) throw new AppError("NOT_FOUND");
  return group;
}

async function scopedLocation(tx: Tx, actor: SessionUser, locationId: string) {
  if (!isUuid(locationId)) throw new AppError("NOT_FOUND");
  const location = await tx.location.findFirst({
    where: { AND: [{ id: locationId }, locationScope(actor)] },
    select: { id: true },
  });
  if (!location) throw new AppError("NOT_FOUND");
  return location;
}

async function assertAllInScope(
  tx: Tx,
  actor: SessionUser,
  { groupIds = [], locationIds = [] }: { groupIds?: string[]; locationIds?: string[] },
) {
  const uniqueGroups = [...new Set(groupIds)];
  const uniqueLocations = [...new Set(locationIds)];
  if (uniqueGroups.some((id) => !isUuid(id)) || uniqueLocations.some((id) => !isUuid(id)))
    throw new AppError("NOT_FOUND");
  const [groups, locations] = await Promise.all([
    uniqueGroups.length ? tx.group.count({ where: { AND: [{ id: { in: uniqueGroups } }, groupScope(actor)] } }) : 0,
    uniqueLocations.length
      ? tx.location.count({ where: { AND: [{ id: { in: uniqueLocations } }, locationScope(actor)] } })
      : 0,
  ]);
  if (groups !== uniqueGroups.length || locations !== uniqueLocations.length) throw new AppError("NOT_FOUND");
  return { groupIds: uniqueGroups, locationIds: uniqueLocations };
}

// ---- families and guardians ------------------------------------------------------------------------------------

/** Login name of the n-th guardian: the debiteurnummer, then debiteurnummer-2, -3 ... (documented in DEVELOPERS.md). */
export const guardianLoginName = (debiteurnummer: string, index: number) =>
  index <= 1 ? debiteurnummer : `${debiteurnummer}-${index}`;

/** The first free login name in a family (debiteurnummer, -2, -3 ...): a gap left by a removed guardian is reused. */
async function freeGuardianLoginName(tx: Tx, family: { id: string; debiteurnummer: string }): Promise<string> {
  const taken = new Set(
    (await tx.user.findMany({ where: { familyId: family.id }, select: { loginName: true } })).map((u) => u.loginName),
  );
  let index = 1;
  while (taken.has(guardianLoginName(family.debiteurnummer, index))) index++;
  return guardianLoginName(family.debiteurnummer, index);
}

/** Creates an INVITED guardian account (no password; the invite mail is sent separately from the families page). */
export async function createGuardianInTx(
  tx: Tx,
  actor: SessionUser,
  family: { id: string; debiteurnummer: string },
  guardian: { name: string; email: string },
) {
  const loginName = await freeGuardianLoginName(tx, family);
  const user = await tx.user.create({
    data: {
      organisationId: actor.organisationId,
      role: "PARENT",
      status: "INVITED",
      familyId: family.id,
      name: guardian.name,
      email: guardian.email.toLowerCase(),
      loginName,
    },
    select: { id: true, loginName: true },
  });
  await audit(tx, actor, "guardian.created", { entityType: "User", entityId: user.id, familyId: family.id });
  return user;
}

export async function createFamily(
  actor: SessionUser,
  input: {
    debiteurnummer: string;
    name: string;
    guardianName: string;
    guardianEmail: string;
    guardian2Name?: string;
    guardian2Email?: string;
  },
): Promise<{ id: string }> {
  assertRole(actor, "BEHEERDER");
  return inTx(async (tx) => {
    const family = await tx.family.create({
      data: { organisationId: actor.organisationId, debiteurnummer: input.debiteurnummer, name: input.name },
      select: { id: true, debiteurnummer: true },
    });
    await audit(tx, actor, "family.created", { entityType: "Family", entityId: family.id, familyId: family.id });
    await createGuardianInTx(tx, actor, family, { name: input.guardianName, email: input.guardianEmail });
    if (input.guardian2Name && input.guardian2Email)
      await createGuardianInTx(tx, actor, family, { name: input.guardian2Name, email: input.guardian2Email });
    return { id: family.id };
  }, "admin.familyConflict");
}

export async function updateFamily(
  actor: SessionUser,
  input: { familyId: string; name: string; address: string },
): Promise<void> {
  assertRole(actor, "BEHEERDER");
  await inTx(async (tx) => {
    const family = await scopedFamily(tx, actor, input.familyId);
    await tx.family.update({ where: { id: family.id }, data: { name: input.name, address: input.address } });
    await audit(tx, actor, "family.updated", { entityType: "Family", entityId: family.id, familyId: family.id });
  });
}

export async function addGuardian(
  actor: SessionUser,
  input: { familyId: string; name: string; email: string },
): Promise<{ id: string; loginName: string }> {
  assertRole(actor, "BEHEERDER");
  return inTx(async (tx) => {
    const family = await scopedFamily(tx, actor, input.familyId);
    return createGuardianInTx(tx, actor, family, input);
  }, "admin.emailConflict");
}

// ---- children, placements, contracts ------------------------------------------------------------------------------

export async function createChild(
  actor: SessionUser,
  input: { familyId: string; firstName: string; lastName: string; birthDate: string },
): Promise<{ id: string }> {
  assertRole(actor, "BEHEERDER");
  return inTx(async (tx) => {
    const family = await scopedFamily(tx, actor, input.familyId);
    const child = await tx.child.create({
      data: {
        familyId: family.id,
        firstName: input.firstName,
        lastName: input.lastName,
        birthDate: dateOnly(input.birthDate),
      },
      select: { id: true },
    });
    await audit(tx, actor, "child.created", {
      entityType: "Child",
      entityId: child.id,
      childId: child.id,
      familyId: family.id,
    });
    return child;
  });
}

export async function addPlacement(
  actor: SessionUser,
  input: { childId: string; groupId: string; startDate: string; endDate: string | null },
): Promise<{ id: string }> {
  assertRole(actor, "BEHEERDER");
  return inTx(async (tx) => {
    const child = await scopedChild(tx, actor, input.childId);
    const group = await scopedGroup(tx, actor, input.groupId);
    const placement = await tx.placement.create({
      data: {
        childId: child.id,
        groupId: group.id,
        startDate: dateOnly(input.startDate),
        endDate: input.endDate ? dateOnly(input.endDate) : null,
      },
      select: { id: true },
    });
    await audit(tx, actor, "placement.created", {
      entityType: "Placement",
      entityId: placement.id,
      childId: child.id,
      familyId: child.familyId,
    });
    return placement;
  });
}

/** Ends a placement on a date. When it was the child's last running placement, retention starts counting from it. */
export async function endPlacement(actor: SessionUser, input: { placementId: string; endDate: string }): Promise<void> {
  assertRole(actor, "BEHEERDER");
  if (!isUuid(input.placementId)) throw new AppError("NOT_FOUND");
  await inTx(async (tx) => {
    const placement = await tx.placement.findFirst({
      where: { id: input.placementId, child: { family: familyScope(actor) } },
      select: { id: true, childId: true, startDate: true, child: { select: { familyId: true } } },
    });
    if (!placement) throw new AppError("NOT_FOUND");
    const endDate = dateOnly(input.endDate);
    if (endDate < placement.startDate) throw new AppError("INVALID_INPUT", "admin.v.endBeforeStart");
    await tx.placement.update({ where: { id: placement.id }, data: { endDate } });
    await audit(tx, actor, "placement.ended", {
      entityType: "Placement",
      entityId: placement.id,
      childId: placement.childId,
      familyId: placement.child.familyId,
      meta: { endDate: input.endDate },
    });
  });
}

export async function createContract(
  actor: SessionUser,
  input: {
    childId: string;
    careType: "KDV" | "BSO";
    startDate: string;
    endDate: string | null;
    days: ContractDaySpec[];
    vacationHours: number;
  },
): Promise<{ id: string }> {
  assertRole(actor, "BEHEERDER");
  return inTx(async (tx) => {
    const child = await scopedChild(tx, actor, input.childId);
    const contract = await tx.contract.create({
      data: {
        childId: child.id,
        careType: input.careType,
        startDate: dateOnly(input.startDate),
        endDate: input.endDate ? dateOnly(input.endDate) : null,
        vacationMinutesPerYear: input.vacationHours * 60,
        days: { create: input.days },
      },
      select: { id: true },
    });
    // Roefjes follow the contracts: a new contract period changes the year's grant (a delta with its reason).
    await regrantAfterContractChange(tx, child.id, todayDate(), actor.id);
    await audit(tx, actor, "contract.created", {
      entityType: "Contract",
      entityId: contract.id,
      childId: child.id,
      familyId: child.familyId,
    });
    return contract;
  });
}

export async function endContract(actor: SessionUser, input: { contractId: string; endDate: string }): Promise<void> {
  assertRole(actor, "BEHEERDER");
  if (!isUuid(input.contractId)) throw new AppError("NOT_FOUND");
  await inTx(async (tx) => {
    const contract = await tx.contract.findFirst({
      where: { id: input.contractId, child: { family: familyScope(actor) } },
      select: { id: true, childId: true, startDate: true, child: { select: { familyId: true } } },
    });
    if (!contract) throw new AppError("NOT_FOUND");
    const endDate = dateOnly(input.endDate);
    if (endDate < contract.startDate) throw new AppError("INVALID_INPUT", "admin.v.endBeforeStart");
    await tx.contract.update({ where: { id: contract.id }, data: { endDate } });
    await regrantAfterContractChange(tx, contract.childId, todayDate(), actor.id);
    await audit(tx, actor, "contract.ended", {
      entityType: "Contract",
      entityId: contract.id,
      childId: contract.childId,
      familyId: contract.child.familyId,
      meta: { endDate: input.endDate },
    });
  });
}

export async function updateChild(
  actor: SessionUser,
  input: { childId: string; firstName: string; lastName: string; birthDate: string },
): Promise<void> {
  assertRole(actor, "BEHEERDER");
  await inTx(async (tx) => {
    const child = await scopedChild(tx, actor, input.childId);
    await tx.child.update({
      where: { id: child.id },
      data: { firstName: input.firstName, lastName: input.lastName, birthDate: dateOnly(input.birthDate) },
    });
    await audit(tx, actor, "child.updated", {
      entityType: "Child",
      entityId: child.id,
      childId: child.id,
      familyId: child.familyId,
    });
  });
}

/**
 * A child of separated parents also belongs to another family of the organisation (its second household, with its
 * own debiteurnummer): that household then sees the child, its schriftje and photos, and keeps its own messages,
 * invoices and requests (lib/authz/family.ts). Adding it twice changes nothing.
 */
export async function addChildHousehold(
  actor: SessionUser,
  input: { childId: string; debiteurnummer: string },
): Promise<{ familyId: string }> {
  assertRole(actor, "BEHEERDER");
  return inTx(async (tx) => {
    const child = await scopedChild(tx, actor, input.childId);
    const household = await tx.family.findFirst({
      where: { AND: [{ debiteurnummer: input.debiteurnummer.trim() }, familyScope(actor)] },
      select: { id: true },
    });
    if (!household) throw new AppError("NOT_FOUND", "admin.targetFamilyUnknown");
    if (household.id === child.familyId) throw new AppError("CONFLICT", "admin.sameHousehold");
    await tx.childHousehold.upsert({
      where: { childId_familyId: { childId: child.id, familyId: household.id } },
      create: { childId: child.id, familyId: household.id },
      update: {},
    });
    await audit(tx, actor, "child.household_added", {
      entityType: "Child",
      entityId: child.id,
      childId: child.id,
      familyId: household.id,
    });
    return { familyId: household.id };
  });
}

/** The second household no longer shares the child (from then on it sees nothing of it). */
export async function removeChildHousehold(
  actor: SessionUser,
  input: { childId: string; householdId: string },
): Promise<void> {
  assertRole(actor, "BEHEERDER");
  if (!isUuid(input.householdId)) throw new AppError("NOT_FOUND");
  await inTx(async (tx) => {
    const child = await scopedChild(tx, actor, input.childId);
    const removed = await tx.childHousehold.deleteMany({ where: { childId: child.id, familyId: input.householdId } });
    if (removed.count !== 1) throw new AppError("NOT_FOUND");
    await audit(tx, actor, "child.household_removed", {
      entityType: "Child",
      entityId: child.id,
      childId: child.id,
      familyId: input.householdId,
    });
  });
}

// ---- locations, groups ---------------------------------------------------------------------------------------

export async function createLocation(
  actor: SessionUser,
  input: { name: string; lrkNumber: string; address: string },
): Promise<{ id: string }> {
  assertRole(actor, "BEHEERDER");
  return inTx(async (tx) => {
    const location = await tx.location.create({
      data: {
        organisationId: actor.organisationId,
        name: input.name,
        lrkNumber: input.lrkNumber,
        address: input.address,
        dagdelen: { create: DEFAULT_DAGDELEN },
      },
      select: { id: true },
    });
    await audit(tx, actor, "location.created", { entityType: "Location", entityId: location.id });
    return location;
  });
}

export async function setDagdeelTimes(
  actor: SessionUser,
  input: {
    locationId: string;
    ochtendStart: number;
    ochtendEnd: number;
    middagStart: number;
    middagEnd: number;
    naschoolsStart: number;
    naschoolsEnd: number;
  },
): Promise<void> {
  assertRole(actor, "BEHEERDER");
  await inTx(async (tx) => {
    const location = await scopedLocation(tx, actor, input.locationId);
    const times: [Dagdeel, number, number][] = [
      ["OCHTEND", input.ochtendStart, input.ochtendEnd],
      ["MIDDAG", input.middagStart, input.middagEnd],
      ["NASCHOOLS", input.naschoolsStart, input.naschoolsEnd],
    ];
    for (const [dagdeel, startMinutes, endMinutes] of times) {
      await tx.dagdeelDefinition.upsert({
        where: { locationId_dagdeel: { locationId: location.id, dagdeel } },
        create: { locationId: location.id, dagdeel, startMinutes, endMinutes },
        update: { startMinutes, endMinutes },
      });
    }
    await audit(tx, actor, "location.dagdelen", { entityType: "Location", entityId: location.id });
  });
}

export async function createGroup(
  actor: SessionUser,
  input: {
    locationId: string;
    name: string;
    careType: "KDV" | "BSO";
    phone?: string;
    capacityOchtend: number;
    capacityMiddag: number;
    capacityNaschools: number;
  },
): Promise<{ id: string }> {
  assertRole(actor, "BEHEERDER");
  return inTx(async (tx) => {
    const location = await scopedLocation(tx, actor, input.locationId);
    const capacities: { dagdeel: Dagdeel; capacity: number }[] = [
      { dagdeel: "OCHTEND", capacity: input.capacityOchtend },
      { dagdeel: "MIDDAG", capacity: input.capacityMiddag },
      ...(input.careType === "BSO" ? [{ dagdeel: "NASCHOOLS" as Dagdeel, capacity: input.capacityNaschools }] : []),
    ];
    const group = await tx.group.create({
      data: {
        locationId: location.id,
        name: input.name,
        careType: input.careType,
        phone: input.phone ?? "",
        capacities: { create: capacities },
      },
      select: { id: true },
    });
    await audit(tx, actor, "group.created", { entityType: "Group", entityId: group.id });
    return group;
  });
}

export async function setGroupCapacity(
  actor: SessionUser,
  input: {
    groupId: string;
    phone?: string;
    capacityOchtend: number;
    capacityMiddag: number;
    capacityNaschools: number;
  },
): Promise<void> {
  assertRole(actor, "BEHEERDER");
  await inTx(async (tx) => {
    const group = await scopedGroup(tx, actor, input.groupId);
    if (input.phone !== undefined) await tx.group.update({ where: { id: group.id }, data: { phone: input.phone } });
    const values: [Dagdeel, number][] = [
      ["OCHTEND", input.capacityOchtend],
      ["MIDDAG", input.capacityMiddag],
      ["NASCHOOLS", input.capacityNaschools],
    ];
    for (const [dagdeel, capacity] of values) {
      if (dagdeel === "NASCHOOLS" && group.careType === "KDV") continue;
      await tx.groupCapacity.upsert({
        where: { groupId_dagdeel: { groupId: group.id, dagdeel } },
        create: { groupId: group.id, dagdeel, capacity },
        update: { capacity },
      });
    }
    await audit(tx, actor, "group.capacity", {
      entityType: "Group",
      entityId: group.id,
      ...(input.phone !== undefined ? { meta: { phone: input.phone } } : {}),
    });
  });
}

// ---- staff and managers ----------------------------------------------------------------------------------------

/** Staff and managers log in with their e-mail address; they get an INVITED account like parents. */
export async function createStaffMember(
  actor: SessionUser,
  input: { name: string; email: string; groupIds: string[] },
): Promise<{ id: string }> {
  assertRole(actor, "BEHEERDER");
  return inTx(async (tx) => {
    const { groupIds } = await assertAllInScope(tx, actor, { groupIds: input.groupIds });
    const email = input.email.toLowerCase();
    const user = await tx.user.create({
      data: {
        organisationId: actor.organisationId,
        role: "STAFF",
        status: "INVITED",
        name: input.name,
        email,
        loginName: email,
        staffMemberships: { create: groupIds.map((groupId) => ({ groupId })) },
      },
      select: { id: true },
    });
    await audit(tx, actor, "staff.created", { entityType: "User", entityId: user.id, meta: { groupIds } });
    return user;
  }, "admin.emailConflict");
}

export async function setStaffGroups(actor: SessionUser, input: { userId: string; groupIds: string[] }): Promise<void> {
  assertRole(actor, "BEHEERDER");
  if (!isUuid(input.userId)) throw new AppError("NOT_FOUND");
  await inTx(async (tx) => {
    const user = await tx.user.findFirst({
      where: { AND: [{ id: input.userId, role: "STAFF" }, userAdminScope(actor)] },
      select: { id: true },
    });
    if (!user) throw new AppError("NOT_FOUND");
    const { groupIds } = await assertAllInScope(tx, actor, { groupIds: input.groupIds });
    await tx.staffMembership.deleteMany({ where: { userId: user.id } });
    await tx.staffMembership.createMany({ data: groupIds.map((groupId) => ({ userId: user.id, groupId })) });
    await audit(tx, actor, "staff.groups", { entityType: "User", entityId: user.id, meta: { groupIds } });
  });
}

export async function createManager(
  actor: SessionUser,
  input: { name: string; email: string; locationIds: string[] },
): Promise<{ id: string }> {
  assertRole(actor, "BEHEERDER");
  return inTx(async (tx) => {
    const { locationIds } = await assertAllInScope(tx, actor, { locationIds: input.locationIds });
    const email = input.email.toLowerCase();
    const user = await tx.user.create({
      data: {
        organisationId: actor.organisationId,
        role: "MANAGER",
        status: "INVITED",
        name: input.name,
        email,
        loginName: email,
        managedLocations: { create: locationIds.map((locationId) => ({ locationId })) },
      },
      select: { id: true },
    });
    await audit(tx, actor, "manager.created", { entityType: "User", entityId: user.id, meta: { locationIds } });
    return user;
  }, "admin.emailConflict");
}

export async function setManagerLocations(
  actor: SessionUser,
  input: { userId: string; locationIds: string[] },
): Promise<void> {
  assertRole(actor, "BEHEERDER");
  if (!isUuid(input.userId)) throw new AppError("NOT_FOUND");
  await inTx(async (tx) => {
    const user = await tx.user.findFirst({
      where: { AND: [{ id: input.userId, role: "MANAGER" }, userAdminScope(actor)] },
      select: { id: true },
    });
    if (!user) throw new AppError("NOT_FOUND");
    const { locationIds } = await assertAllInScope(tx, actor, { locationIds: input.locationIds });
    await tx.managerLocation.deleteMany({ where: { userId: user.id } });
    await tx.managerLocation.createMany({ data: locationIds.map((locationId) => ({ userId: user.id, locationId })) });
    await audit(tx, actor, "manager.locations", { entityType: "User", entityId: user.id, meta: { locationIds } });
  });
}

// ---- organisation rules (school vacations: lib/planning/mutations.ts, page /beheer/vakanties) -------------------

export type OrganisationRules = {
  absenceDeadline: number;
  tegoedValidityDays: number;
  requestLeadDays: number;
  requestCancelHours: number;
  /** Optional so callers written before issue 14 keep their default (15). */
  requestCancelGraceMinutes?: number;
  vacationGuaranteeMonths: number;
  swapEnabled: boolean;
  swapValidityDays: number;
  photoRetentionDays: number;
  dataRetentionDays: number;
  fiscalRetentionYears: number;
  inviteLeadDays: number;
};

export async function updateOrganisationRules(
  actor: SessionUser,
  { absenceDeadline, ...rules }: OrganisationRules,
): Promise<void> {
  assertRole(actor, "BEHEERDER");
  await inTx(async (tx) => {
    await tx.organisation.update({
      where: { id: actor.organisationId },
      data: { absenceDeadlineMinutes: absenceDeadline, ...rules },
    });
    await audit(tx, actor, "organisation.rules", {
      entityType: "Organisation",
      entityId: actor.organisationId,
      meta: { absenceDeadline, ...rules },
    });
  });
}

/** The organisation's contact mailbox (the letter's info@ address): every mail and the contact page name it. */
export async function updateOrganisationContact(
  actor: SessionUser,
  { infoEmail }: { infoEmail: string },
): Promise<void> {
  assertRole(actor, "BEHEERDER");
  await inTx(async (tx) => {
    await tx.organisation.update({ where: { id: actor.organisationId }, data: { infoEmail } });
    await audit(tx, actor, "organisation.contact", {
      entityType: "Organisation",
      entityId: actor.organisationId,
      meta: { infoEmail },
    });
  });
}

// ---- accounts: e-mail address, moving a guardian (issue 14, beheer basics) ---------------------------------------

async function scopedAccount(tx: Tx, actor: SessionUser, userId: string) {
  if (!isUuid(userId)) throw new AppError("NOT_FOUND");
  const user = await tx.user.findFirst({
    where: { AND: [{ id: userId }, userAdminScope(actor)] },
    select: { id: true, role: true, email: true, loginName: true, status: true, familyId: true },
  });
  if (!user) throw new AppError("NOT_FOUND");
  return user;
}

/**
 * Changes the e-mail address of a guardian, staff member, manager or beheerder of the organisation. Staff, managers
 * and beheerders log in with their address, so their login name follows it; a guardian keeps the debiteurnummer.
 * Links already mailed to the old address (activation, new password) stop working: an address is changed because
 * it was wrong, and a link in a wrong mailbox must not open the account. Audited without the addresses themselves.
 */
export async function changeUserEmail(
  actor: SessionUser,
  input: { userId: string; email: string },
): Promise<{ email: string; reinvite: boolean }> {
  assertRole(actor, "BEHEERDER");
  const email = input.email.trim().toLowerCase();
  return inTx(async (tx) => {
    const user = await scopedAccount(tx, actor, input.userId);
    if (user.email === email) return { email, reinvite: false };
    const followsEmail = !isParent(user);
    await tx.user.update({
      where: { id: user.id },
      data: { email, ...(followsEmail ? { loginName: email } : {}) },
    });
    const expired = await tx.authToken.updateMany({
      where: { userId: user.id, usedAt: null, expiresAt: { gt: clockNow() } },
      data: { usedAt: clockNow() },
    });
    await audit(tx, actor, "user.email", {
      entityType: "User",
      entityId: user.id,
      familyId: user.familyId,
      meta: { loginNameChanged: followsEmail, linksEnded: expired.count },
    });
    return { email, reinvite: user.status === "INVITED" && expired.count > 0 };
  }, "admin.emailConflict");
}

/**
 * Moves a guardian to another family of the organisation (a household changed). The guardian gets the first free
 * login name of the new family (its debiteurnummer, -2, ...), and every open session ends: they now act for
 * another household and sign in with the new name. Messages they wrote stay in the old family's threads.
 */
export async function moveGuardian(
  actor: SessionUser,
  input: { userId: string; debiteurnummer: string },
): Promise<{ loginName: string; familyId: string }> {
  assertRole(actor, "BEHEERDER");
  return inTx(async (tx) => {
    const user = await scopedAccount(tx, actor, input.userId);
    if (!isParent(user) || !user.familyId) throw new AppError("NOT_FOUND");
    const target = await tx.family.findFirst({
      where: { AND: [{ debiteurnummer: input.debiteurnummer.trim() }, familyScope(actor)] },
      select: { id: true, debiteurnummer: true },
    });
    if (!target) throw new AppError("NOT_FOUND", "admin.targetFamilyUnknown");
    if (target.id === user.familyId) throw new AppError("CONFLICT", "admin.sameFamily");
    // Serialise moves into one family, so two at once do not pick the same login name.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`family-logins:${target.id}`}))`;
    const loginName = await freeGuardianLoginName(tx, target);
    await tx.user.update({
      where: { id: user.id },
      data: { familyId: target.id, loginName, sessionVersion: { increment: 1 } },
    });
    await audit(tx, actor, "guardian.moved", {
      entityType: "User",
      entityId: user.id,
      familyId: target.id,
      meta: { fromFamilyId: user.familyId, toFamilyId: target.id, loginName, previousLoginName: user.loginName },
    });
    return { loginName, familyId: target.id };
  });
}
