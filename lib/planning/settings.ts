// The organisation's absence deadlines per care type and dagdeel (issue 14), kept by beheerders on
// /beheer/organisatie. A slot without its own row uses the general `absenceDeadlineMinutes` on the day itself
// (rules.deadlineRuleFor); clearing a slot's time deletes its row.
import "server-only";
import { prisma } from "../db";
import { assertRole, type SessionUser } from "../authz";
import { writeAudit } from "../audit/log";
import { DEADLINE_SLOTS, type DeadlineSetting } from "./rules";
import type { AbsenceDeadlinesInput } from "./deadline-schema";

export type AbsenceDeadlineSlot = DeadlineSetting & { own: boolean };

/** Every slot with its stored rule (own) or the general deadline (not own). Beheerders only. */
export async function getAbsenceDeadlines(
  user: SessionUser,
): Promise<{ general: number; slots: AbsenceDeadlineSlot[] }> {
  assertRole(user, "BEHEERDER");
  const org = await prisma.organisation.findUniqueOrThrow({
    where: { id: user.organisationId },
    select: {
      absenceDeadlineMinutes: true,
      absenceDeadlines: { select: { careType: true, dagdeel: true, daysBefore: true, minutes: true } },
    },
  });
  return {
    general: org.absenceDeadlineMinutes,
    slots: DEADLINE_SLOTS.map((slot) => {
      const own = org.absenceDeadlines.find((d) => d.careType === slot.careType && d.dagdeel === slot.dagdeel);
      return own ? { ...own, own: true } : { ...slot, daysBefore: 0, minutes: org.absenceDeadlineMinutes, own: false };
    }),
  };
}

/** Stores the deadline of every slot (an empty time = back to the general deadline). Audited. */
export async function updateAbsenceDeadlines(user: SessionUser, input: AbsenceDeadlinesInput): Promise<void> {
  assertRole(user, "BEHEERDER");
  const organisationId = user.organisationId;
  await prisma.$transaction(async (tx) => {
    const stored: Record<string, string> = {};
    for (const { careType, dagdeel } of DEADLINE_SLOTS) {
      const key = `${careType}_${dagdeel}` as const;
      const minutes = input[`${key}_time` as keyof AbsenceDeadlinesInput] as number | null;
      const daysBefore = input[`${key}_days` as keyof AbsenceDeadlinesInput] as number;
      const where = { organisationId_careType_dagdeel: { organisationId, careType, dagdeel } };
      if (minutes === null) {
        await tx.absenceDeadline.deleteMany({ where: { organisationId, careType, dagdeel } });
        stored[key] = "general";
      } else {
        await tx.absenceDeadline.upsert({
          where,
          create: { organisationId, careType, dagdeel, daysBefore, minutes },
          update: { daysBefore, minutes },
        });
        stored[key] = `${daysBefore}d ${minutes}`;
      }
    }
    await writeAudit(
      {
        action: "admin.organisation.absenceDeadlines",
        actorId: user.id,
        organisationId,
        entityType: "Organisation",
        entityId: organisationId,
        meta: stored,
      },
      tx,
    );
  });
}
