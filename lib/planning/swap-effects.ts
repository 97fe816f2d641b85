// Ruildag (swap) side effects inside the planning transactions: what the shared request flow (create, decide, cancel
// in ./mutations.ts) does for a SWAP request. Part of planning, so lib/swap depends on planning and never the other
// way round (tests/unit/import-rules.test.ts).
//
// Decision (see lib/swap/README.md): an APPROVED swap gives up its contracted dagdeel through a real Absence
// (reason OVERIG, comment "Ruildag ...", earnedMinutes 0, no ledger row). Occupancy, the attendance list and the parent
// calendar then treat the day as absent with no new code paths; the wanted day is the request itself (shown as extra).
// The link is the request's (childId, swapFromDate, swapFromDagdeel), which the live-absence unique index makes exact;
// the comment is only for people.
import "server-only";
import type { Dagdeel } from "../generated/prisma/enums";
import type { Tx } from "../db";
import { toIsoDate } from "../time";
import { PlanningError } from "./errors";

export type SwapPlan = { fromDate: Date; fromDagdeel: Dagdeel; expiresAt: Date | null };

export const swapError = (
  code: "INVALID_INPUT" | "CONFLICT" | "NOT_FOUND" | "DEADLINE_PASSED",
  key: string,
  values: Record<string, string> = {},
) => new PlanningError(code, `swap.errors.${key}`, values);

/** A swap still waiting for a decision whose vervalmoment has passed has lapsed: it cannot be approved any more. */
export const isLapsed = (request: { status: string; expiresAt: Date | null }, now: Date) =>
  request.status === "REQUESTED" && request.expiresAt !== null && request.expiresAt <= now;

/** Live swaps (pending and not lapsed, or approved) that give up this dagdeel. */
export const liveSwapFrom = (childId: string, date: Date, dagdeel: Dagdeel, now: Date) => ({
  childId,
  type: "SWAP" as const,
  swapFromDate: date,
  swapFromDagdeel: dagdeel,
  OR: [
    { status: "APPROVED" as const },
    { status: "REQUESTED" as const, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
  ],
});

/** Under the child lock: the given-up dagdeel is not absent already and not given up by another live swap. */
export async function assertSwapSourceFree(tx: Tx, childId: string, plan: SwapPlan, now: Date): Promise<void> {
  const [absent, swapped] = await Promise.all([
    tx.absence.count({ where: { childId, date: plan.fromDate, dagdeel: plan.fromDagdeel, withdrawnAt: null } }),
    tx.careRequest.count({ where: liveSwapFrom(childId, plan.fromDate, plan.fromDagdeel, now) }),
  ]);
  if (absent > 0) throw swapError("CONFLICT", "fromAbsent", { date: toIsoDate(plan.fromDate) });
  if (swapped > 0) throw swapError("CONFLICT", "fromSwapped", { date: toIsoDate(plan.fromDate) });
}

/** On approval (automatic or by a manager): the given-up dagdeel becomes an absence that earns nothing. */
export async function giveUpSwapDay(
  tx: Tx,
  request: {
    childId: string;
    date: Date;
    dagdeel: Dagdeel;
    swapFromDate: Date | null;
    swapFromDagdeel: Dagdeel | null;
  },
  actorId: string,
  now: Date,
): Promise<void> {
  if (!request.swapFromDate || !request.swapFromDagdeel) return;
  const absent = await tx.absence.count({
    where: {
      childId: request.childId,
      date: request.swapFromDate,
      dagdeel: request.swapFromDagdeel,
      withdrawnAt: null,
    },
  });
  if (absent > 0) throw swapError("CONFLICT", "fromAbsent", { date: toIsoDate(request.swapFromDate) });
  await tx.absence.create({
    data: {
      childId: request.childId,
      date: request.swapFromDate,
      dagdeel: request.swapFromDagdeel,
      reason: "OVERIG",
      comment: `Ruildag (${toIsoDate(request.date)} ${request.dagdeel.toLowerCase()})`,
      reportedById: actorId,
      reportedAt: now,
      earnedMinutes: 0,
    },
  });
}

/** Cancelling an approved swap gives the contracted dagdeel back: its swap absence is withdrawn. */
export async function restoreSwapDay(
  tx: Tx,
  request: { childId: string; swapFromDate: Date | null; swapFromDagdeel: Dagdeel | null },
  now: Date,
): Promise<void> {
  if (!request.swapFromDate || !request.swapFromDagdeel) return;
  await tx.absence.updateMany({
    where: {
      childId: request.childId,
      date: request.swapFromDate,
      dagdeel: request.swapFromDagdeel,
      withdrawnAt: null,
      earnedMinutes: 0,
      reason: "OVERIG",
      careRequestId: null,
    },
    data: { withdrawnAt: now },
  });
}
