// Parents request contract changes; beheerders handle or decline them. The contract itself is changed in the
// administration (the source of the contract data), so handling records the decision and the note for the parent.
import "server-only";
import { prisma } from "../db";
import { oncePerSubmission } from "../db/unique";
import { AppError } from "../errors";
import { isUuid } from "../ids";
import { writeAudit } from "../audit/log";
import { assertRole, childScope, type SessionUser } from "../authz";
import { dateOnly, todayDate } from "../time";
import { earliestEffectiveDate, type ChangeRequestInput, type DecideChangeInput } from "./schema";
import { now as clockNow } from "../clock";

/** Dagdelen that exist for a care type: KDV mornings and afternoons, BSO after school (vacation days are Roefjes). */
const DAGDELEN_FOR = { KDV: ["OCHTEND", "MIDDAG"], BSO: ["NASCHOOLS"] } as const;

export async function requestContractChange(
  user: SessionUser,
  input: ChangeRequestInput,
  today = todayDate(),
): Promise<{ id: string }> {
  assertRole(user, "PARENT");
  if (!isUuid(input.childId)) throw new AppError("NOT_FOUND");
  // Re-checked here (the form schema checked already): no request inside the notice period.
  if (input.effectiveDate < earliestEffectiveDate(today))
    throw new AppError("INVALID_INPUT", "contract.effectiveTooSoon");
  const child = await prisma.child.findFirst({
    where: { AND: [{ id: input.childId }, childScope(user, today)] },
    select: {
      id: true,
      familyId: true,
      contracts: {
        where: {
          OR: [{ endDate: null }, { endDate: { gte: dateOnly(input.effectiveDate) } }],
          startDate: { lte: dateOnly(input.effectiveDate) },
        },
        orderBy: { startDate: "desc" },
        take: 1,
        select: { careType: true, days: { select: { weekday: true, dagdeel: true } } },
      },
    },
  });
  if (!child) throw new AppError("NOT_FOUND");
  const contract = child.contracts[0];
  if (!contract) throw new AppError("INVALID_INPUT", "contract.noContractOnDate");
  if (input.kind !== "END_CONTRACT" && input.weekday && input.dagdeel) {
    if (!(DAGDELEN_FOR[contract.careType] as readonly string[]).includes(input.dagdeel))
      throw new AppError("INVALID_INPUT", "contract.dagdeelNotForCareType");
    const contracted = contract.days.some((d) => d.weekday === input.weekday && d.dagdeel === input.dagdeel);
    if (input.kind === "ADD_DAY" && contracted) throw new AppError("INVALID_INPUT", "contract.alreadyContracted");
    if (input.kind === "STOP_DAY" && !contracted) throw new AppError("INVALID_INPUT", "contract.notContracted");
  }
  // A double tap or a resend after a lost answer (same submission key) records one request.
  const write = () =>
    prisma.$transaction(async (tx) => {
      const request = await tx.contractChangeRequest.create({
        data: {
          childId: child.id,
          requestedById: user.id,
          kind: input.kind,
          weekday: input.weekday,
          dagdeel: input.dagdeel,
          effectiveDate: dateOnly(input.effectiveDate),
          endDate: input.endDate ? dateOnly(input.endDate) : null,
          comment: input.comment,
          submissionKey: input.submissionKey,
        },
        select: { id: true },
      });
      await writeAudit(
        {
          action: "contract_change.requested",
          actorId: user.id,
          organisationId: user.organisationId,
          entityType: "ContractChangeRequest",
          entityId: request.id,
          childId: child.id,
          familyId: child.familyId,
        },
        tx,
      );
      return request;
    });
  const { result } = await oncePerSubmission(input.submissionKey, write, (submissionKey) =>
    prisma.contractChangeRequest.findUnique({
      where: { requestedById_submissionKey: { requestedById: user.id, submissionKey } },
      select: { id: true },
    }),
  );
  return result;
}

/** Beheerder handles or declines an OPEN request of their organisation. A decided request cannot be decided again. */
export async function decideContractChange(user: SessionUser, input: DecideChangeInput): Promise<void> {
  assertRole(user, "BEHEERDER");
  if (!isUuid(input.id)) throw new AppError("NOT_FOUND");
  const scope = { AND: [{ id: input.id }, { child: childScope(user) }] };
  await prisma.$transaction(async (tx) => {
    const request = await tx.contractChangeRequest.findFirst({
      where: scope,
      select: { id: true, status: true, childId: true },
    });
    if (!request) throw new AppError("NOT_FOUND");
    // Guarded update: two beheerders deciding at once cannot both win.
    const updated = await tx.contractChangeRequest.updateMany({
      where: { AND: [scope, { status: "OPEN" }] },
      data: { status: input.decision, handlerNote: input.note, handledById: user.id, handledAt: clockNow() },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT");
    await writeAudit(
      {
        action: `contract_change.${input.decision.toLowerCase()}`,
        actorId: user.id,
        organisationId: user.organisationId,
        entityType: "ContractChangeRequest",
        entityId: request.id,
        childId: request.childId,
      },
      tx,
    );
  });
}
