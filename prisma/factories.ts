// Data factories shared by the seed (prisma/seed.ts) and the tests. Every factory takes the Prisma client to write
// with and fills unique defaults, so tests never depend on each other or on seed order.
import { randomInt, randomUUID } from "node:crypto";
import type { PrismaClient } from "../lib/generated/prisma/client";
import type { CareType, Dagdeel, Role, UserStatus } from "../lib/generated/prisma/enums";
import { hashPassword } from "../lib/auth/password";
import { dateOnly } from "../lib/time";

type Db = PrismaClient;

const unique = () => randomUUID().slice(0, 8);
/** A random 9-digit debiteurnummer (the seed uses 6 digits, so they never collide with demo data). */
export const uniqueDebiteurnummer = () => String(100_000_000 + randomInt(899_999_999));

/** De Roef's default dagdeel times (configurable per location). */
export const DEFAULT_DAGDELEN: { dagdeel: Dagdeel; startMinutes: number; endMinutes: number }[] = [
  { dagdeel: "OCHTEND", startMinutes: 7 * 60 + 30, endMinutes: 13 * 60 },
  { dagdeel: "MIDDAG", startMinutes: 13 * 60, endMinutes: 18 * 60 + 30 },
  { dagdeel: "NASCHOOLS", startMinutes: 14 * 60, endMinutes: 18 * 60 + 30 },
];

const passwordHashes = new Map<string, Promise<string>>();
/** Hashing is deliberately slow; factories reuse one hash per password. */
export const cachedHash = (password: string) => {
  if (!passwordHashes.has(password)) passwordHashes.set(password, hashPassword(password));
  return passwordHashes.get(password)!;
};

export async function createOrganisation(db: Db, data: { name?: string; slug?: string } = {}) {
  const suffix = unique();
  return db.organisation.create({
    data: {
      name: data.name ?? `Kinderopvang ${suffix}`,
      slug: data.slug ?? `org-${suffix}`,
      infoEmail: `info-${suffix}@example.test`,
    },
  });
}

export async function createLocation(
  db: Db,
  { organisationId, name, lrkNumber }: { organisationId: string; name?: string; lrkNumber?: string },
) {
  return db.location.create({
    data: {
      organisationId,
      name: name ?? `Locatie ${unique()}`,
      lrkNumber: lrkNumber ?? String(100_000_000 + randomInt(899_999_999)),
      dagdelen: { create: DEFAULT_DAGDELEN },
    },
  });
}

export async function createGroup(
  db: Db,
  {
    locationId,
    name,
    careType = "KDV",
    capacity = 12,
  }: { locationId: string; name?: string; careType?: CareType; capacity?: number },
) {
  const dagdelen: Dagdeel[] = careType === "KDV" ? ["OCHTEND", "MIDDAG"] : ["OCHTEND", "MIDDAG", "NASCHOOLS"];
  return db.group.create({
    data: {
      locationId,
      name: name ?? `Groep ${unique()}`,
      careType,
      capacities: { create: dagdelen.map((dagdeel) => ({ dagdeel, capacity })) },
    },
  });
}

export async function createFamily(
  db: Db,
  { organisationId, name, debiteurnummer }: { organisationId: string; name?: string; debiteurnummer?: string },
) {
  return db.family.create({
    data: {
      organisationId,
      name: name ?? `Familie ${unique()}`,
      debiteurnummer: debiteurnummer ?? uniqueDebiteurnummer(),
    },
  });
}

export type CreateUserOptions = {
  organisationId: string;
  role: Role;
  name?: string;
  email?: string;
  loginName?: string;
  familyId?: string;
  status?: UserStatus;
  password?: string | null;
  locale?: string;
};

export async function createUser(db: Db, options: CreateUserOptions) {
  const suffix = unique();
  const email = (options.email ?? `${options.role.toLowerCase()}-${suffix}@example.test`).toLowerCase();
  const status = options.status ?? "ACTIVE";
  const password =
    options.password === undefined ? (status === "ACTIVE" ? "Zeilboot-Roef-2026" : null) : options.password;
  return db.user.create({
    data: {
      organisationId: options.organisationId,
      role: options.role,
      status,
      name: options.name ?? `${options.role.toLowerCase()} ${suffix}`,
      email,
      loginName: options.loginName ?? email,
      familyId: options.familyId ?? null,
      locale: options.locale ?? "nl",
      passwordHash: password ? await cachedHash(password) : null,
    },
  });
}

/** A guardian of a family: first guardian logs in with the debiteurnummer, the second with debiteurnummer-2. */
export async function createGuardian(
  db: Db,
  {
    family,
    index = 1,
    ...rest
  }: {
    family: { id: string; organisationId: string; debiteurnummer: string };
    index?: 1 | 2;
  } & Partial<CreateUserOptions>,
) {
  return createUser(db, {
    role: "PARENT",
    organisationId: family.organisationId,
    familyId: family.id,
    loginName: index === 1 ? family.debiteurnummer : `${family.debiteurnummer}-${index}`,
    ...rest,
  });
}

export async function createStaff(
  db: Db,
  { organisationId, groupIds, ...rest }: { organisationId: string; groupIds: string[] } & Partial<CreateUserOptions>,
) {
  const user = await createUser(db, { organisationId, role: "STAFF", ...rest });
  await db.staffMembership.createMany({ data: groupIds.map((groupId) => ({ userId: user.id, groupId })) });
  return user;
}

export async function createManager(
  db: Db,
  {
    organisationId,
    locationIds,
    ...rest
  }: { organisationId: string; locationIds: string[] } & Partial<CreateUserOptions>,
) {
  const user = await createUser(db, { organisationId, role: "MANAGER", ...rest });
  await db.managerLocation.createMany({ data: locationIds.map((locationId) => ({ userId: user.id, locationId })) });
  return user;
}

export type CreateChildOptions = {
  familyId: string;
  groupId: string;
  firstName?: string;
  lastName?: string;
  birthDate?: string;
  startDate?: string;
  endDate?: string | null;
  consent?: { mayPhotograph: boolean; shareWithGroup: boolean };
  consentById?: string;
  careType?: CareType;
  contractDays?: { weekday: number; dagdeel: Dagdeel }[];
  vacationMinutesPerYear?: number;
};

/** A child with a placement, a contract and (optionally) a recorded photo consent. */
export async function createChild(db: Db, options: CreateChildOptions) {
  const careType = options.careType ?? "KDV";
  // Deliberately not relative to the clock: tests pin `now` anywhere from 2026 on and also run at today's (or a
  // faked) date, so the default placement starts before all of them. Tests needing a start relative to today pass it.
  const startDate = dateOnly(options.startDate ?? "2025-01-06");
  const endDate = options.endDate ? dateOnly(options.endDate) : null;
  const consent = options.consent ?? { mayPhotograph: true, shareWithGroup: true };
  const child = await db.child.create({
    data: {
      familyId: options.familyId,
      firstName: options.firstName ?? `Kind ${unique()}`,
      lastName: options.lastName ?? "Test",
      birthDate: dateOnly(options.birthDate ?? (careType === "KDV" ? "2023-03-14" : "2018-09-02")),
      consentPhotograph: consent.mayPhotograph,
      consentShareGroup: consent.mayPhotograph && consent.shareWithGroup,
      placements: { create: { groupId: options.groupId, startDate, endDate } },
      contracts: {
        create: {
          careType,
          startDate,
          endDate,
          vacationMinutesPerYear: options.vacationMinutesPerYear ?? (careType === "BSO" ? 200 * 60 : 0),
          hourlyRateCents: careType === "KDV" ? 1045 : 930,
          days: {
            create:
              options.contractDays ??
              (careType === "KDV"
                ? [
                    { weekday: 1, dagdeel: "OCHTEND" as Dagdeel },
                    { weekday: 1, dagdeel: "MIDDAG" as Dagdeel },
                    { weekday: 3, dagdeel: "OCHTEND" as Dagdeel },
                    { weekday: 3, dagdeel: "MIDDAG" as Dagdeel },
                  ]
                : [
                    { weekday: 2, dagdeel: "NASCHOOLS" as Dagdeel },
                    { weekday: 4, dagdeel: "NASCHOOLS" as Dagdeel },
                  ]),
          },
        },
      },
    },
  });
  if (options.consentById) {
    await db.photoConsent.create({
      data: {
        childId: child.id,
        mayPhotograph: consent.mayPhotograph,
        shareWithGroup: consent.mayPhotograph && consent.shareWithGroup,
        recordedById: options.consentById,
      },
    });
  }
  return child;
}

/** A small, complete world for authorization tests: one organisation, two locations, groups A and B, families. */
export async function createWorld(db: Db) {
  const organisation = await createOrganisation(db);
  const organisationId = organisation.id;
  const locationA = await createLocation(db, { organisationId });
  const locationB = await createLocation(db, { organisationId });
  const groupA = await createGroup(db, { locationId: locationA.id, careType: "KDV" });
  const groupB = await createGroup(db, { locationId: locationB.id, careType: "BSO" });
  const familyA = await createFamily(db, { organisationId });
  const familyB = await createFamily(db, { organisationId });
  const parentA = await createGuardian(db, { family: familyA });
  const parentA2 = await createGuardian(db, { family: familyA, index: 2 });
  const parentB = await createGuardian(db, { family: familyB });
  const childA = await createChild(db, { familyId: familyA.id, groupId: groupA.id, consentById: parentA.id });
  const childB = await createChild(db, {
    familyId: familyB.id,
    groupId: groupB.id,
    careType: "BSO",
    consentById: parentB.id,
  });
  const staffA = await createStaff(db, { organisationId, groupIds: [groupA.id] });
  const staffB = await createStaff(db, { organisationId, groupIds: [groupB.id] });
  const managerA = await createManager(db, { organisationId, locationIds: [locationA.id] });
  const beheerder = await createUser(db, { organisationId, role: "BEHEERDER" });
  const deactivated = await createGuardian(db, {
    family: familyA,
    index: 2 as const,
    loginName: `${familyA.debiteurnummer}-3`,
    status: "DEACTIVATED",
  });
  // Another organisation entirely: nothing of it may ever be visible.
  const otherOrganisation = await createOrganisation(db);
  const otherBeheerder = await createUser(db, { organisationId: otherOrganisation.id, role: "BEHEERDER" });
  return {
    organisation,
    locationA,
    locationB,
    groupA,
    groupB,
    familyA,
    familyB,
    parentA,
    parentA2,
    parentB,
    childA,
    childB,
    staffA,
    staffB,
    managerA,
    beheerder,
    deactivated,
    otherOrganisation,
    otherBeheerder,
  };
}
