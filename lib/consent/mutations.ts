// Photo consent: versioned rows in PhotoConsent (who, when, what) plus the current values denormalised on Child,
// written in one transaction so the visibility query (which reads Child) never disagrees with the history.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { isUuid } from "../ids";
import { assertRole, childScope, type SessionUser } from "../authz";
import { writeAudit } from "../audit/log";
import { dateOnly, isCalendarDate, todayDate } from "../time";
import { now as clockNow } from "../clock";

export type ConsentValues = { mayPhotograph: boolean; shareWithGroup: boolean };

/**
 * A parent records consent for one of their children. Takes effect on the next request for every photo, old and new,
 * because photo visibility reads Child.consent* live. Sharing without photographing is meaningless: it is stored
 * as "no" so the two flags can never contradict each other.
 */
export async function setPhotoConsent(
  user: SessionUser,
  { childId, ...values }: ConsentValues & { childId: string },
): Promise<ConsentValues> {
  // Only the child's own parents decide (staff and beheer see consent, but do not change it for the parents).
  assertRole(user, "PARENT");
  if (!isUuid(childId)) throw new AppError("NOT_FOUND");
  const mayPhotograph = values.mayPhotograph;
  const shareWithGroup = mayPhotograph && values.shareWithGroup;
  return prisma.$transaction(async (tx) => {
    const child = await tx.child.findFirst({
      where: { AND: [{ id: childId }, childScope(user)] },
      select: { id: true, familyId: true, consentPhotograph: true, consentShareGroup: true },
    });
    if (!child) throw new AppError("NOT_FOUND");
    await tx.photoConsent.create({ data: { childId: child.id, mayPhotograph, shareWithGroup, recordedById: user.id } });
    await tx.child.update({
      where: { id: child.id },
      data: { consentPhotograph: mayPhotograph, consentShareGroup: shareWithGroup },
    });
    await writeAudit(
      {
        action: "consent.changed",
        actorId: user.id,
        organisationId: user.organisationId,
        entityType: "Child",
        entityId: child.id,
        childId: child.id,
        familyId: child.familyId,
        meta: {
          from: { mayPhotograph: child.consentPhotograph, shareWithGroup: child.consentShareGroup },
          to: { mayPhotograph, shareWithGroup },
        },
      },
      tx,
    );
    return { mayPhotograph, shareWithGroup };
  });
}

/**
 * A beheerder records the choice from a paper intake form (issue 18): the parents signed it on `formDate`. The row
 * says PAPER and carries the form's date; the audit event names the beheerder. A form older than a choice already
 * recorded (the parents changed their mind in the portal since) is refused: the newer choice stands.
 */
export async function recordPaperConsent(
  user: SessionUser,
  { childId, formDate, now = clockNow(), ...values }: ConsentValues & { childId: string; formDate: string; now?: Date },
): Promise<ConsentValues> {
  assertRole(user, "BEHEERDER");
  if (!isUuid(childId)) throw new AppError("NOT_FOUND");
  if (!isCalendarDate(formDate)) throw new AppError("INVALID_INPUT", "consent.errors.formDate");
  const form = dateOnly(formDate);
  if (form.getTime() > todayDate(now).getTime()) throw new AppError("INVALID_INPUT", "consent.errors.formDateFuture");
  const mayPhotograph = values.mayPhotograph;
  const shareWithGroup = mayPhotograph && values.shareWithGroup;
  return prisma.$transaction(async (tx) => {
    const child = await tx.child.findFirst({
      where: { AND: [{ id: childId }, childScope(user)] },
      select: {
        id: true,
        familyId: true,
        consentPhotograph: true,
        consentShareGroup: true,
        consents: { orderBy: { recordedAt: "desc" }, take: 1, select: { recordedAt: true, formDate: true } },
      },
    });
    if (!child) throw new AppError("NOT_FOUND");
    // Serialise with other consent writes for this child (a parent saving at the same moment).
    await tx.$queryRaw`SELECT 1 FROM "Child" WHERE "id" = ${child.id}::uuid FOR UPDATE`;
    const latest = child.consents[0];
    const latestDay = latest ? (latest.formDate ?? todayDate(latest.recordedAt)) : null;
    if (latestDay && latestDay.getTime() > form.getTime())
      throw new AppError("INVALID_INPUT", "consent.errors.newerChoice");
    await tx.photoConsent.create({
      data: {
        childId: child.id,
        mayPhotograph,
        shareWithGroup,
        recordedById: user.id,
        recordedAt: now,
        source: "PAPER",
        formDate: form,
      },
    });
    await tx.child.update({
      where: { id: child.id },
      data: { consentPhotograph: mayPhotograph, consentShareGroup: shareWithGroup },
    });
    await writeAudit(
      {
        action: "consent.recorded_paper",
        actorId: user.id,
        organisationId: user.organisationId,
        entityType: "Child",
        entityId: child.id,
        childId: child.id,
        familyId: child.familyId,
        meta: {
          formDate,
          from: { mayPhotograph: child.consentPhotograph, shareWithGroup: child.consentShareGroup },
          to: { mayPhotograph, shareWithGroup },
        },
      },
      tx,
    );
    return { mayPhotograph, shareWithGroup };
  });
}
