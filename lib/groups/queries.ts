// Groups as seen by the signed-in user; scoped by lib/authz.groupScope.
import "server-only";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { groupScope, isParent, placementOnDate, type SessionUser } from "../authz";
import { todayDate, toIsoDate } from "../time";

export type GroupWithChildren = {
  id: string;
  name: string;
  careType: "KDV" | "BSO";
  locationName: string;
  children: {
    id: string;
    firstName: string;
    lastName: string;
    birthDate: string;
    consentPhotograph: boolean;
    consentShareGroup: boolean;
  }[];
};

/** Groups in scope with the children placed there today. Parents never call this (they only see their children). */
export async function listGroupsWithChildren(user: SessionUser, today = todayDate()): Promise<GroupWithChildren[]> {
  if (isParent(user)) return [];
  const groups = await findGroupsWithPlacedChildren(user, {
    scopeDay: today,
    placements: placementOnDate(today),
    child: {
      id: true,
      firstName: true,
      lastName: true,
      birthDate: true,
      consentPhotograph: true,
      consentShareGroup: true,
    },
  });
  return groups.map((group) => ({
    id: group.id,
    name: group.name,
    careType: group.careType,
    locationName: group.location.name,
    children: group.placements.map(({ child }) => ({ ...child, birthDate: toIsoDate(child.birthDate) })),
  }));
}

/**
 * Active groups in the user's scope (groupScope on `scopeDay`), by location and name, each with the children of its
 * placements matching `placements`, by first name: the shape of every staff-side group list (children, contacts,
 * consent overview, schriftje day). Callers check the role first; the scope does the rest.
 */
export function findGroupsWithPlacedChildren<S extends Prisma.ChildSelect>(
  user: SessionUser,
  { scopeDay, placements, child }: { scopeDay: Date; placements: Prisma.PlacementWhereInput; child: S },
) {
  return prisma.group.findMany({
    where: { AND: [groupScope(user, scopeDay), { active: true }] },
    orderBy: [{ location: { name: "asc" } }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      careType: true,
      location: { select: { name: true } },
      placements: { where: placements, orderBy: { child: { firstName: "asc" } }, select: { child: { select: child } } },
    },
  });
}
