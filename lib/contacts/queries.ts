// Contact persons and the own profile, as seen by the signed-in user.
//
// NOTE: security-critical: phone numbers of people outside the portal. Parents see their own family's; staff,
// managers and beheerders see them only for children placed today in a group of their scope (lib/authz groupScope).
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { assertRole, isParent, ownFamily, placementOnDate, type SessionUser } from "../authz";
import { findGroupsWithPlacedChildren } from "../groups/queries";
import { todayDate } from "../time";

export type ContactRow = {
  id: string;
  name: string;
  phone: string;
  relation: string;
  isEmergency: boolean;
  mayPickUp: boolean;
  childId: string | null;
  childName: string | null;
};

/** The parent's own family contacts. */
export async function listOwnContacts(user: SessionUser): Promise<ContactRow[]> {
  assertRole(user, "PARENT");
  const rows = await prisma.contactPerson.findMany({
    where: ownFamily(user),
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      phone: true,
      relation: true,
      isEmergency: true,
      mayPickUp: true,
      childId: true,
      child: { select: { firstName: true } },
    },
  });
  return rows.map(({ child, ...row }) => ({ ...row, childName: child?.firstName ?? null }));
}

export type OwnProfile = { name: string; email: string; loginName: string; phone: string; locale: string };

export async function getOwnProfile(user: SessionUser): Promise<OwnProfile> {
  const profile = await prisma.user.findUnique({
    where: { id: user.id },
    select: { name: true, email: true, loginName: true, phone: true, locale: true },
  });
  if (!profile) throw new AppError("NOT_FOUND");
  return profile;
}

export type GroupContacts = {
  id: string;
  name: string;
  careType: "KDV" | "BSO";
  locationName: string;
  children: {
    id: string;
    firstName: string;
    lastName: string;
    guardians: { name: string; phone: string }[];
    contacts: Omit<ContactRow, "childId" | "childName">[];
  }[];
};

/**
 * "Ophalen & noodnummers": per group in the user's scope, the children placed there today with their guardians'
 * phone numbers, emergency contacts and pick-up persons (family-wide ones plus those for that child only).
 */
export async function listGroupContacts(user: SessionUser, today = todayDate()): Promise<GroupContacts[]> {
  if (isParent(user)) throw new AppError("NOT_FOUND");
  const groups = await findGroupsWithPlacedChildren(user, {
    scopeDay: today,
    placements: placementOnDate(today),
    child: {
      id: true,
      firstName: true,
      lastName: true,
      family: {
        select: {
          guardians: {
            where: { status: "ACTIVE", role: "PARENT" },
            orderBy: { loginName: "asc" },
            select: { name: true, phone: true },
          },
          contacts: {
            orderBy: [{ name: "asc" }, { id: "asc" }],
            select: {
              id: true,
              name: true,
              phone: true,
              relation: true,
              isEmergency: true,
              mayPickUp: true,
              childId: true,
            },
          },
        },
      },
    },
  });
  return groups.map((group) => ({
    id: group.id,
    name: group.name,
    careType: group.careType,
    locationName: group.location.name,
    children: group.placements.map(({ child }) => ({
      id: child.id,
      firstName: child.firstName,
      lastName: child.lastName,
      guardians: child.family.guardians,
      // A contact for one child of the family is not shown for its brothers and sisters.
      contacts: child.family.contacts
        .filter((c) => c.childId === null || c.childId === child.id)
        .map(({ childId: _childId, ...contact }) => contact),
    })),
  }));
}
