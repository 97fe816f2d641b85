// Children as seen by the signed-in user; always scoped by lib/authz.childScope.
import "server-only";
import { prisma } from "../db";
import { childScope, placementNotEnded, type SessionUser } from "../authz";
import { todayDate, toIsoDate } from "../time";

export type ChildSummary = {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  consentPhotograph: boolean;
  consentShareGroup: boolean;
  placements: {
    groupId: string;
    groupName: string;
    careType: "KDV" | "BSO";
    locationName: string;
    startDate: string;
    endDate: string | null;
  }[];
};

/** The user's visible children with their current and upcoming placements. */
export async function listVisibleChildren(user: SessionUser, today = todayDate()): Promise<ChildSummary[]> {
  const rows = await prisma.child.findMany({
    where: childScope(user, today),
    orderBy: [{ birthDate: "desc" }, { firstName: "asc" }],
    select: {
      id: true,
      firstName: true,
      lastName: true,
      birthDate: true,
      consentPhotograph: true,
      consentShareGroup: true,
      placements: {
        where: placementNotEnded(today),
        orderBy: { startDate: "asc" },
        select: {
          groupId: true,
          startDate: true,
          endDate: true,
          group: { select: { name: true, careType: true, location: { select: { name: true } } } },
        },
      },
    },
  });
  return rows.map((child) => ({
    id: child.id,
    firstName: child.firstName,
    lastName: child.lastName,
    birthDate: toIsoDate(child.birthDate),
    consentPhotograph: child.consentPhotograph,
    consentShareGroup: child.consentShareGroup,
    placements: child.placements.map((p) => ({
      groupId: p.groupId,
      groupName: p.group.name,
      careType: p.group.careType,
      locationName: p.group.location.name,
      startDate: toIsoDate(p.startDate),
      endDate: p.endDate ? toIsoDate(p.endDate) : null,
    })),
  }));
}
