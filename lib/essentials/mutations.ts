// Changing a child's essentials (issue 18): the child's parents and beheerders. Every change is audited with the
// names of the fields that changed, never their values (the audit log is read more widely than health data may be).
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { isUuid } from "../ids";
import type { SessionUser } from "../authz";
import { writeAudit } from "../audit/log";
import { now as clockNow } from "../clock";
import { todayDate } from "../time";
import { essentialsWriteScope } from "./scope";
import { ESSENTIAL_FIELDS, type EssentialsInput } from "./schema";

export async function saveEssentials(
  user: SessionUser,
  { childId, now = clockNow(), ...input }: EssentialsInput & { now?: Date },
): Promise<{ changed: string[] }> {
  if (!isUuid(childId)) throw new AppError("NOT_FOUND");
  return prisma.$transaction(async (tx) => {
    const child = await tx.child.findFirst({
      where: { AND: [{ id: childId }, essentialsWriteScope(user, todayDate(now))] },
      select: { id: true, familyId: true, family: { select: { organisationId: true } }, essentials: true },
    });
    if (!child) throw new AppError("NOT_FOUND");
    const next = { ...input, medicationPermission: input.medicationPermission === "yes" };
    const before = child.essentials;
    const changed = ESSENTIAL_FIELDS.filter((field) =>
      before ? before[field] !== next[field] : next[field] !== "" && next[field] !== false,
    );
    if (changed.length === 0) return { changed };
    await tx.childEssentials.upsert({
      where: { childId: child.id },
      create: { childId: child.id, ...next, updatedAt: now, updatedById: user.id },
      update: { ...next, updatedAt: now, updatedById: user.id },
    });
    await writeAudit(
      {
        action: "privacy.essentials_changed",
        actorId: user.id,
        organisationId: child.family.organisationId,
        entityType: "Child",
        entityId: child.id,
        childId: child.id,
        familyId: child.familyId,
        meta: { fields: changed },
      },
      tx,
    );
    return { changed };
  });
}
