// Reading a child's essentials (issue 18), scoped by lib/essentials/scope.ts.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { isUuid } from "../ids";
import type { SessionUser } from "../authz";
import { now as clockNow } from "../clock";
import { todayDate } from "../time";
import { essentialsReadScope, essentialsWriteScope } from "./scope";

export type Essentials = {
  childId: string;
  childName: string;
  allergies: string;
  diet: string;
  medication: string;
  medicationPermission: boolean;
  medicalNotes: string;
  gpName: string;
  gpPhone: string;
  updatedAt: string | null;
  canEdit: boolean;
};

/** One child's essentials, if the user may see them (NOT_FOUND otherwise). */
export async function getEssentials(user: SessionUser, childId: string, now = clockNow()): Promise<Essentials> {
  if (!isUuid(childId)) throw new AppError("NOT_FOUND");
  const today = todayDate(now);
  const child = await prisma.child.findFirst({
    where: { AND: [{ id: childId }, essentialsReadScope(user, today)] },
    select: { id: true, firstName: true, lastName: true, essentials: true },
  });
  if (!child) throw new AppError("NOT_FOUND");
  const canEdit =
    (await prisma.child.count({ where: { AND: [{ id: child.id }, essentialsWriteScope(user, today)] } })) > 0;
  const e = child.essentials;
  return {
    childId: child.id,
    childName: `${child.firstName} ${child.lastName}`,
    allergies: e?.allergies ?? "",
    diet: e?.diet ?? "",
    medication: e?.medication ?? "",
    medicationPermission: e?.medicationPermission ?? false,
    medicalNotes: e?.medicalNotes ?? "",
    gpName: e?.gpName ?? "",
    gpPhone: e?.gpPhone ?? "",
    updatedAt: e?.updatedAt.toISOString() ?? null,
    canEdit,
  };
}

export type EssentialsBadge = { allergies: boolean; diet: boolean; medication: boolean; medicalNotes: boolean };

/**
 * For staff lists (presence, group, schriftje): which of the given children have essentials to heed, as a badge.
 * Only children in the user's read scope are answered; others are simply absent from the map.
 */
export async function listEssentialsBadges(
  user: SessionUser,
  childIds: string[],
  now = clockNow(),
): Promise<Map<string, EssentialsBadge>> {
  const ids = childIds.filter(isUuid);
  if (ids.length === 0) return new Map();
  const rows = await prisma.childEssentials.findMany({
    where: { childId: { in: ids }, child: essentialsReadScope(user, todayDate(now)) },
    select: { childId: true, allergies: true, diet: true, medication: true, medicalNotes: true },
  });
  const badges = new Map<string, EssentialsBadge>();
  for (const r of rows) {
    const badge = {
      allergies: r.allergies !== "",
      diet: r.diet !== "",
      medication: r.medication !== "",
      medicalNotes: r.medicalNotes !== "",
    };
    if (Object.values(badge).some(Boolean)) badges.set(r.childId, badge);
  }
  return badges;
}

/** The parent's children, for the essentials pages (names only; the essentials come per child). */
export async function listEditableChildren(user: SessionUser, now = clockNow()) {
  return prisma.child.findMany({
    where: essentialsWriteScope(user, todayDate(now)),
    orderBy: [{ birthDate: "desc" }, { firstName: "asc" }],
    select: { id: true, firstName: true, lastName: true },
  });
}
