// Ruildag reads for the parent planning page: whether swapping is on, the dagdelen a child can give up, and the
// child's swaps with their state (lapsed = still REQUESTED after the vervalmoment).
import "server-only";
import type { Dagdeel, RequestStatus } from "../generated/prisma/enums";
import { prisma } from "../db";
import type { SessionUser } from "../authz";
import { addCalendarDays, todayDate, toIsoDate } from "../time";
import { contractedSlots, groupOn, loadOrgCalendar, loadSettings } from "../planning/care";
import { datesBetween, dagdelenFor, requestCancelUntil } from "../planning/rules";
import { loadScopedChild } from "../planning/scope";
import { isLapsed } from "../planning/swap-effects";
import { loadSwapSettings } from "./settings";
import { now as clockNow } from "../clock";

export type SwapView = {
  id: string;
  fromDate: string;
  fromDagdeel: Dagdeel;
  toDate: string;
  toDagdeel: Dagdeel;
  status: RequestStatus | "LAPSED";
  expiresAt: string | null;
  comment: string;
  decisionReason: string;
  canCancel: boolean;
  /** Until when the parent may cancel (ISO instant; planning rules.requestCancelUntil), null when closed. */
  cancelUntil: string | null;
};

export type SwapOverview = {
  enabled: boolean;
  validityDays: number;
  firstDate: string;
  /** Contracted dagdelen that can be given up ("yyyy-MM-dd|DAGDEEL"), within the horizon. */
  giveUp: { date: string; dagdeel: Dagdeel }[];
  /** Dagdelen of the child's care type that can be asked for (KDV: ochtend/middag; BSO: naschools). */
  wantedDagdelen: Dagdeel[];
  swaps: SwapView[];
};

/** Swap options and swaps of one child (parents: own children; NOT_FOUND otherwise). */
export async function getSwapOverview(
  user: SessionUser,
  childId: string,
  { now = clockNow(), days = 56 }: { now?: Date; days?: number } = {},
): Promise<SwapOverview> {
  const today = todayDate(now);
  const child = await loadScopedChild(user, childId, today);
  const organisationId = child.family.organisationId;
  const [swapSettings, settings] = await Promise.all([
    loadSwapSettings(organisationId),
    loadSettings(prisma, organisationId),
  ]);
  const first = addCalendarDays(today, settings.requestLeadDays);
  const to = addCalendarDays(first, days - 1);
  const [calendar, absences, requests] = await Promise.all([
    loadOrgCalendar(prisma, organisationId, first, to),
    prisma.absence.findMany({
      where: { childId: child.id, withdrawnAt: null, date: { gte: first, lte: to } },
      select: { date: true, dagdeel: true },
    }),
    prisma.careRequest.findMany({
      where: { childId: child.id, type: "SWAP", date: { gte: addCalendarDays(today, -14) } },
      orderBy: [{ date: "asc" }, { createdAt: "asc" }],
      select: {
        id: true,
        date: true,
        dagdeel: true,
        status: true,
        swapFromDate: true,
        swapFromDagdeel: true,
        expiresAt: true,
        comment: true,
        decisionReason: true,
        groupId: true,
        createdAt: true,
        decidedAt: true,
      },
    }),
  ]);
  const group = groupOn(child, first) ?? groupOn(child, today);
  const startOf = (dagdeel: Dagdeel) => group?.dagdelen.find((d) => d.dagdeel === dagdeel)?.startMinutes ?? 0;
  const swaps: SwapView[] = requests.map((r) => {
    const lapsed = isLapsed(r, now);
    const earlier =
      r.swapFromDate && r.swapFromDate < r.date
        ? { date: r.swapFromDate, dagdeel: r.swapFromDagdeel ?? r.dagdeel }
        : { date: r.date, dagdeel: r.dagdeel };
    const open = r.status === "REQUESTED" || r.status === "APPROVED";
    const until = requestCancelUntil({
      date: earlier.date,
      startMinutes: startOf(earlier.dagdeel),
      cancelHours: settings.requestCancelHours,
      graceMinutes: settings.requestCancelGraceMinutes,
      status: r.status === "REQUESTED" ? "REQUESTED" : "APPROVED",
      bindingSince: r.decidedAt ?? r.createdAt,
    });
    return {
      id: r.id,
      fromDate: r.swapFromDate ? toIsoDate(r.swapFromDate) : "",
      fromDagdeel: r.swapFromDagdeel ?? r.dagdeel,
      toDate: toIsoDate(r.date),
      toDagdeel: r.dagdeel,
      status: lapsed ? "LAPSED" : r.status,
      expiresAt: r.expiresAt?.toISOString() ?? null,
      comment: r.comment,
      decisionReason: r.decisionReason,
      canCancel: open && now < until,
      cancelUntil: open ? until.toISOString() : null,
    };
  });
  const taken = new Set([
    ...absences.map((a) => `${toIsoDate(a.date)}|${a.dagdeel}`),
    ...swaps
      .filter((s) => s.status === "REQUESTED" || s.status === "APPROVED")
      .map((s) => `${s.fromDate}|${s.fromDagdeel}`),
  ]);
  const giveUp = swapSettings.swapEnabled
    ? datesBetween(first, to).flatMap((date) =>
        contractedSlots(child, date, calendar)
          .map((s) => ({ date: toIsoDate(date), dagdeel: s.dagdeel.dagdeel }))
          .filter((s) => !taken.has(`${s.date}|${s.dagdeel}`)),
      )
    : [];
  return {
    enabled: swapSettings.swapEnabled,
    validityDays: swapSettings.swapValidityDays,
    firstDate: toIsoDate(first),
    giveUp,
    wantedDagdelen: group ? dagdelenFor(group.careType, false) : [],
    swaps,
  };
}
