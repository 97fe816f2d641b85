// Presence writes (issue 18): check a child in and out on the group tablet. Scoped by lib/presence/scope.ts.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { isUuid } from "../ids";
import { placementOnDate, type SessionUser } from "../authz";
import { writeAudit } from "../audit/log";
import { now as clockNow } from "../clock";
import { todayDate } from "../time";
import { presenceWriteGroupScope } from "./scope";
import { registeredTime } from "./rules";
import type { CheckInInput, CheckOutInput } from "./schema";

type Tx = Parameters<Parameters<typeof prisma.$transaction>[0]>[0];

/** The group (in the user's write scope) and the child placed in it today, or NOT_FOUND. */
async function loadGroupChild(
  tx: Tx,
  user: SessionUser,
  { groupId, childId, now }: { groupId: string; childId: string; now: Date },
) {
  if (!isUuid(groupId) || !isUuid(childId)) throw new AppError("NOT_FOUND");
  const today = todayDate(now);
  const group = await tx.group.findFirst({
    where: { AND: [{ id: groupId }, presenceWriteGroupScope(user, today)] },
    select: { id: true, location: { select: { organisationId: true } } },
  });
  if (!group) throw new AppError("NOT_FOUND");
  const child = await tx.child.findFirst({
    where: { id: childId, placements: { some: { AND: [{ groupId: group.id }, placementOnDate(today)] } } },
    select: { id: true, familyId: true, firstName: true },
  });
  if (!child) throw new AppError("NOT_FOUND");
  return { group, child, today };
}

const timeError = (reason: string) => new AppError("INVALID_INPUT", `presence.errors.${reason}`);

/** Staff (or a manager) of the child's group check the child in today, now or at a typed time. */
export async function checkIn(
  user: SessionUser,
  { groupId, childId, time = "", now = clockNow() }: CheckInInput & { now?: Date },
): Promise<{ checkedInAt: Date }> {
  return prisma.$transaction(async (tx) => {
    const { group, child, today } = await loadGroupChild(tx, user, { groupId, childId, now });
    const at = registeredTime(time, { date: today, now });
    if (!at.ok) throw timeError(at.reason);
    const existing = await tx.presence.findUnique({
      where: { childId_date: { childId: child.id, date: today } },
      select: { id: true },
    });
    if (existing) throw new AppError("CONFLICT", "presence.errors.alreadyIn");
    const created = await tx.presence.create({
      data: { childId: child.id, groupId: group.id, date: today, checkedInAt: at.at, checkedInById: user.id },
      select: { id: true, checkedInAt: true },
    });
    await writeAudit(
      {
        action: "presence.checked_in",
        actorId: user.id,
        organisationId: group.location.organisationId,
        entityType: "Presence",
        entityId: created.id,
        childId: child.id,
        familyId: child.familyId,
      },
      tx,
    );
    return { checkedInAt: created.checkedInAt };
  });
}

/**
 * Check the child out, naming who collected the child: a pick-up person the family listed (for this child or all
 * its children) or one of its guardians. The id comes from the form, so it is looked up within the child's family.
 */
export async function checkOut(
  user: SessionUser,
  { groupId, childId, pickedUpBy, time = "", now = clockNow() }: CheckOutInput & { now?: Date },
): Promise<{ checkedOutAt: Date; pickedUpByName: string }> {
  return prisma.$transaction(async (tx) => {
    const { group, child, today } = await loadGroupChild(tx, user, { groupId, childId, now });
    const presence = await tx.presence.findUnique({
      where: { childId_date: { childId: child.id, date: today } },
      select: { id: true, checkedInAt: true, checkedOutAt: true },
    });
    if (!presence) throw new AppError("CONFLICT", "presence.errors.notIn");
    if (presence.checkedOutAt) throw new AppError("CONFLICT", "presence.errors.alreadyOut");
    const at = registeredTime(time, { date: today, now, notBefore: presence.checkedInAt });
    if (!at.ok) throw timeError(at.reason);

    const [kind, id] = pickedUpBy.split(":");
    let pickedUp: { contactId: string | null; userId: string | null; name: string } | null = null;
    if (kind === "contact" && isUuid(id)) {
      const contact = await tx.contactPerson.findFirst({
        where: { id, familyId: child.familyId, mayPickUp: true, OR: [{ childId: null }, { childId: child.id }] },
        select: { id: true, name: true },
      });
      if (contact) pickedUp = { contactId: contact.id, userId: null, name: contact.name };
    } else if (kind === "guardian" && isUuid(id)) {
      const guardian = await tx.user.findFirst({
        where: { id, familyId: child.familyId, role: "PARENT", status: { not: "DEACTIVATED" } },
        select: { id: true, name: true },
      });
      if (guardian) pickedUp = { contactId: null, userId: guardian.id, name: guardian.name };
    }
    if (!pickedUp) throw new AppError("INVALID_INPUT", "presence.errors.pickedUpBy");

    const updated = await tx.presence.updateMany({
      where: { id: presence.id, checkedOutAt: null },
      data: {
        checkedOutAt: at.at,
        checkedOutById: user.id,
        pickedUpByContactId: pickedUp.contactId,
        pickedUpByUserId: pickedUp.userId,
        pickedUpByName: pickedUp.name,
      },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", "presence.errors.alreadyOut");
    await writeAudit(
      {
        action: "presence.checked_out",
        actorId: user.id,
        organisationId: group.location.organisationId,
        entityType: "Presence",
        entityId: presence.id,
        childId: child.id,
        familyId: child.familyId,
        meta: { pickedUpBy: pickedUp.contactId ? "contact" : "guardian" },
      },
      tx,
    );
    return { checkedOutAt: at.at, pickedUpByName: pickedUp.name };
  });
}

/** A mistaken tap: undo today's check-out (the child is here again), or the check-in when not yet out. */
export async function undoPresence(
  user: SessionUser,
  { groupId, childId, now = clockNow() }: { groupId: string; childId: string; now?: Date },
): Promise<"checkOutUndone" | "checkInUndone"> {
  return prisma.$transaction(async (tx) => {
    const { group, child, today } = await loadGroupChild(tx, user, { groupId, childId, now });
    const presence = await tx.presence.findUnique({
      where: { childId_date: { childId: child.id, date: today } },
      select: { id: true, checkedOutAt: true },
    });
    if (!presence) throw new AppError("CONFLICT", "presence.errors.notIn");
    const undone = presence.checkedOutAt ? "checkOutUndone" : "checkInUndone";
    if (presence.checkedOutAt)
      await tx.presence.update({
        where: { id: presence.id },
        data: {
          checkedOutAt: null,
          checkedOutById: null,
          pickedUpByContactId: null,
          pickedUpByUserId: null,
          pickedUpByName: "",
        },
      });
    else await tx.presence.delete({ where: { id: presence.id } });
    await writeAudit(
      {
        action: `presence.${undone === "checkOutUndone" ? "check_out_undone" : "check_in_undone"}`,
        actorId: user.id,
        organisationId: group.location.organisationId,
        entityType: "Presence",
        entityId: presence.id,
        childId: child.id,
        familyId: child.familyId,
      },
      tx,
    );
    return undone;
  });
}
