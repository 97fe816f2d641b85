// Parents maintain their family's emergency contacts and pick-up persons, and their own phone number.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { isUuid } from "../ids";
import { writeAudit } from "../audit/log";
import { assertRole, childScope, isParent, ownFamily, type SessionUser } from "../authz";
import { CONTACTS_PER_FAMILY_MAX, type ContactInput, type OwnPhoneInput } from "./schema";

/** Only parents write contacts, always into their own family (the family id comes from the session, never the form). */
function ownFamilyId(user: SessionUser): string {
  assertRole(user, "PARENT");
  return ownFamily(user).familyId;
}

export async function addContact(user: SessionUser, input: ContactInput): Promise<{ id: string }> {
  const familyId = ownFamilyId(user);
  let childId: string | null = null;
  if (input.childId) {
    // A child id from the form must be one of the parent's own children.
    const child = isUuid(input.childId)
      ? await prisma.child.findFirst({
          where: { AND: [{ id: input.childId }, childScope(user)] },
          select: { id: true },
        })
      : null;
    if (!child) throw new AppError("NOT_FOUND", "contacts.childUnknown");
    childId = child.id;
  }
  return prisma.$transaction(async (tx) => {
    const existing = await tx.contactPerson.count({ where: { familyId } });
    if (existing >= CONTACTS_PER_FAMILY_MAX) throw new AppError("CONFLICT", "contacts.tooMany");
    const contact = await tx.contactPerson.create({
      data: {
        familyId,
        childId,
        name: input.name,
        phone: input.phone,
        relation: input.relation,
        isEmergency: input.isEmergency,
        mayPickUp: input.mayPickUp,
      },
      select: { id: true },
    });
    await writeAudit(
      {
        action: "contact.added",
        actorId: user.id,
        organisationId: user.organisationId,
        entityType: "ContactPerson",
        entityId: contact.id,
        familyId,
        childId,
      },
      tx,
    );
    return contact;
  });
}

export async function deleteContact(user: SessionUser, id: string): Promise<void> {
  const familyId = ownFamilyId(user);
  if (!isUuid(id)) throw new AppError("NOT_FOUND");
  await prisma.$transaction(async (tx) => {
    const removed = await tx.contactPerson.deleteMany({ where: { id, familyId } });
    if (removed.count !== 1) throw new AppError("NOT_FOUND");
    await writeAudit(
      {
        action: "contact.deleted",
        actorId: user.id,
        organisationId: user.organisationId,
        entityType: "ContactPerson",
        entityId: id,
        familyId,
      },
      tx,
    );
  });
}

/** Any signed-in user may change their own phone number (e-mail changes go through the beheerder). */
export async function updateOwnPhone(user: SessionUser, input: OwnPhoneInput): Promise<void> {
  await prisma.user.update({ where: { id: user.id }, data: { phone: input.phone } });
  await writeAudit({
    action: "profile.phone_changed",
    actorId: user.id,
    organisationId: user.organisationId,
    entityType: "User",
    entityId: user.id,
    familyId: isParent(user) ? user.familyId : null,
  });
}
