// Groups as seen by the signed-in user; scoped by lib/authz.groupScope.
import "server-only";
import { prisma } from "../db";
import { groupScope, placementOnDate, type SessionUser } from "../authz";
import { todayDate, toIsoDate } from "../time";

export type GroupWithChildren = {
  id: string;
  name: string;
  careType: "KDV" | "BSO";
  locationName: string;
  children: { id: string; firstName: string; lastName: string; birthDate: string; consentPhotograph: boolean; consentShareGroup: boolean }[];
};

/** Groups in scope with the children placed there today. Parents never call this (they only see their children). */
export async function listGroupsWithChildren(user: SessionUser, today = todayDate()): Promise<GroupWithChildren[]> {
  if (user.role === "PARENT") return [];
  const groups = await prisma.group.findMany({
    where: { AND: [groupScope(user, today), { active: true }] },
    orderBy: [{ location: { name: "asc" } }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      careType: true,
      location: { select: { name: true } },
      placements: {
        where: placementOnDate(today),
        orderBy: { child: { firstName: "asc" } },
        select: { child: { select: { id: true, firstName: true, lastName: true, birthDate: true, consentPhotograph: true, consentShareGroup: true } } },
      },
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
