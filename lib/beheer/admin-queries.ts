// Read models for the beheer pages beyond the dashboard (lib/beheer/queries.ts). Beheerders see their whole
// organisation; managers may read the locations they manage (read-only pages); everyone else gets NOT_FOUND.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { isUuid } from "../ids";
import {
  assertRole,
  familyScope,
  groupScope,
  isParent,
  locationScope,
  placementNotEnded,
  type SessionUser,
  userAdminScope,
} from "../authz";
import { findGroupsWithPlacedChildren } from "../groups/queries";
import { todayDate } from "../time";

export async function getFamilyDetail(user: SessionUser, familyId: string) {
  assertRole(user, "BEHEERDER");
  if (!isUuid(familyId)) return null;
  return prisma.family.findFirst({
    where: { AND: [{ id: familyId }, familyScope(user)] },
    select: {
      id: true,
      debiteurnummer: true,
      name: true,
      address: true,
      guardians: {
        where: userAdminScope(user),
        orderBy: { loginName: "asc" },
        select: { id: true, name: true, email: true, loginName: true, status: true },
      },
      // Children of other families this family is a second household of (separated parents).
      sharedChildren: {
        select: {
          child: {
            select: {
              id: true,
              firstName: true,
              lastName: true,
              family: { select: { id: true, debiteurnummer: true } },
            },
          },
        },
      },
      children: {
        orderBy: { birthDate: "asc" },
        select: {
          id: true,
          firstName: true,
          lastName: true,
          birthDate: true,
          consentPhotograph: true,
          consentShareGroup: true,
          households: {
            orderBy: { createdAt: "asc" },
            select: { family: { select: { id: true, debiteurnummer: true, name: true } } },
          },
          placements: {
            orderBy: { startDate: "asc" },
            select: { id: true, startDate: true, endDate: true, group: { select: { name: true, careType: true } } },
          },
          contracts: {
            orderBy: { startDate: "asc" },
            select: {
              id: true,
              careType: true,
              startDate: true,
              endDate: true,
              vacationMinutesPerYear: true,
              days: { select: { weekday: true, dagdeel: true } },
            },
          },
        },
      },
    },
  });
}

/** Locations with dagdeel times and groups. Beheerders: all of the organisation; managers: their own (read-only). */
export async function listLocations(user: SessionUser) {
  assertRole(user, "BEHEERDER", "MANAGER");
  return prisma.location.findMany({
    where: locationScope(user),
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      lrkNumber: true,
      address: true,
      dagdelen: { select: { dagdeel: true, startMinutes: true, endMinutes: true } },
      groups: {
        orderBy: { name: "asc" },
        select: {
          id: true,
          name: true,
          careType: true,
          phone: true,
          active: true,
          capacities: { select: { dagdeel: true, capacity: true } },
          _count: { select: { staff: true } },
        },
      },
    },
  });
}

export async function listGroupOptions(user: SessionUser) {
  assertRole(user, "BEHEERDER");
  return prisma.group.findMany({
    where: { AND: [groupScope(user), { active: true }] },
    orderBy: [{ location: { name: "asc" } }, { name: "asc" }],
    select: { id: true, name: true, careType: true, location: { select: { name: true } } },
  });
}

export async function listStaffAndManagers(user: SessionUser) {
  assertRole(user, "BEHEERDER");
  return prisma.user.findMany({
    where: { AND: [userAdminScope(user), { role: { in: ["STAFF", "MANAGER"] } }] },
    orderBy: [{ role: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      status: true,
      staffMemberships: { select: { groupId: true, group: { select: { name: true } } } },
      managedLocations: { select: { locationId: true, location: { select: { name: true } } } },
    },
  });
}

export async function getOrganisationSettings(user: SessionUser) {
  assertRole(user, "BEHEERDER");
  const organisation = await prisma.organisation.findUniqueOrThrow({ where: { id: user.organisationId } });
  return { organisation };
}

/**
 * Consent overview per group: which children may be photographed and whether photos may be shared with other
 * parents of the group. Staff see their own groups, managers their locations' groups, beheerders all groups.
 */
export async function listConsentOverview(user: SessionUser, today: Date = todayDate()) {
  if (isParent(user)) throw new AppError("NOT_FOUND");
  const groups = await findGroupsWithPlacedChildren(user, {
    scopeDay: today,
    placements: placementNotEnded(today),
    child: {
      id: true,
      firstName: true,
      lastName: true,
      consentPhotograph: true,
      consentShareGroup: true,
      // Whether any choice was recorded: "no choice yet" is shown apart from a "no" (issue 18).
      _count: { select: { consents: true } },
    },
  });
  return groups.map((group) => {
    // A child can have two running placements in one group (e.g. a new contract period): list it once.
    const children = [...new Map(group.placements.map((p) => [p.child.id, p.child])).values()];
    return { id: group.id, name: group.name, locationName: group.location.name, children };
  });
}
