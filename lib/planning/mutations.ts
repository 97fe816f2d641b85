// Planning writes: absences (afmelden), care requests (extra opvang, opvang op tegoed, BSO vacation days on
// Roefjes), decisions, cancellations (school vacations and closed days: lib/calendar). Every function takes the
// SessionUser and scopes through lib/authz; time is injectable (`now`) so the rules are tested with fixed dates.
//
// Ledger decisions (see also rules.ts):
//  - The ledger is append-only (DB trigger). Balances are derived from lots and the rows that consume them.
//  - Spending happens when a TEGOED/VACATION request is made (the minutes are reserved), oldest lot first.
//  - A declined or cancelled request is refunded with one REFUNDED lot per SPENT row, with the validity of the lot it
//    came from (a refund never extends validity; a refund of an already expired lot is expired at once).
//  - Withdrawing an absence reverses its earned tegoed with one negative ADJUSTED row on the earned lot; refused when
//    that tegoed has already been spent (the parent must cancel the request paid with it first).
import "server-only";
import { randomUUID } from "node:crypto";
import type { Dagdeel, CreditKind, Payment, RequestType } from "../generated/prisma/enums";
import { Prisma } from "../generated/prisma/client";
import { isUniqueViolation } from "../db/unique";
import { prisma, type Tx } from "../db";
import { AppError } from "../errors";
import { assertRole, childScope, isParent, ownFamily, type SessionUser } from "../authz";
import { isUuid } from "../ids";
import { addCalendarDays, dateOnly, todayDate, toIsoDate } from "../time";
import { writeAudit } from "../audit/log";
import { notifyUsers } from "../notifications";
import {
  MAX_PERIOD_DAYS,
  deadlineAt,
  deadlineRuleFor,
  capacityAllows,
  datesBetween,
  dagdelenFor,
  afmeldOutcome,
  dagdeelMinutes,
  formatRoefjes,
  isGuaranteed,
  isWeekend,
  occupancy,
  planBatchSpend,
  requestCancelUntil,
  roefjesLotValidity,
  tegoedLotValidity,
  usableMinutes,
  type Booking,
  type DagdeelTimes,
} from "./rules";
import {
  bsoVacationDagdelen,
  childCareSelect,
  contractedSlots,
  ensureRoefjesGrants,
  groupOccupancy,
  groupOn,
  loadLots,
  loadOrgCalendar,
  loadSettings,
  lockChild,
  lockGroupDagdeel,
  type ChildCare,
} from "./care";
import { planningError } from "./errors";
import type {
  CorrectLedgerInput,
  CreateRequestInput,
  DecideRequestInput,
  ReportAbsenceInput,
  UpdateAbsenceInput,
} from "./schema";
import { careRequestScope, loadScopedChild, scopedGroupIds } from "./scope";
import {
  assertSwapSourceFree,
  giveUpSwapDay,
  isLapsed,
  restoreSwapDay,
  swapError,
  type SwapPlan,
} from "./swap-effects";
import { now as clockNow } from "../clock";
import { dayInWords } from "../date-words";

const TX_OPTIONS = { maxWait: 10_000, timeout: 20_000 } as const;

// -----------------------------------------------------------------------------------------------------------------
// Afmelden

export type ReportAbsenceResult = {
  /** Dagdelen afgemeld (absences written plus requests cancelled). */
  count: number;
  /** Tegoed given back: earned by contracted and extra dagdelen, refunded for dagdelen paid with tegoed. */
  earnedMinutes: number;
  /** Roefjes given back (vacation dagdelen paid with Roefjes). */
  roefjesMinutes: number;
  /** Requests cancelled (pending, or still inside their cancel window): everything they spent came back. */
  cancelled: number;
};

type AfmeldSlot = {
  date: Date;
  dagdeel: DagdeelTimes;
  locationId: string;
  careType: "KDV" | "BSO";
  booking: Booking;
  request: {
    id: string;
    status: "REQUESTED" | "APPROVED";
    familyId: string;
    groupId: string;
    type: RequestType;
    swapFromDate: Date | null;
    swapFromDagdeel: Dagdeel | null;
    createdAt: Date;
    decidedAt: Date | null;
  } | null;
};

/**
 * Afmelden for a day or period (parents for their own children, staff for children of their groups): every booked
 * dagdeel in it, contracted or requested (extra, tegoed, Roefjes vacation day, ruildag). What each gives back follows
 * rules.afmeldOutcome (lib/planning/README.md): pending requests and requests still inside their cancel window are
 * cancelled (everything spent comes back); otherwise the dagdeel becomes an absence that, before the absence
 * deadline, earns tegoed (contracted, extra) or refunds what it was paid with (tegoed, Roefjes); a ruildag gives
 * nothing. Dagdelen already afgemeld are skipped; nothing new is an error.
 */
export async function reportAbsence(
  user: SessionUser,
  input: ReportAbsenceInput,
  now = clockNow(),
): Promise<ReportAbsenceResult> {
  const today = todayDate(now);
  const from = dateOnly(input.from);
  const to = input.to ? dateOnly(input.to) : from;
  if (from < today) throw planningError("INVALID_INPUT", "pastDate");
  if (datesBetween(from, to).length > MAX_PERIOD_DAYS)
    throw planningError("INVALID_INPUT", "periodTooLong", { days: String(MAX_PERIOD_DAYS) });
  const child = await loadScopedChild(user, input.childId, today);
  const organisationId = child.family.organisationId;
  const [settings, calendar, requests] = await Promise.all([
    loadSettings(prisma, organisationId),
    loadOrgCalendar(prisma, organisationId, from, to),
    prisma.careRequest.findMany({
      where: { childId: child.id, date: { gte: from, lte: to }, status: { in: ["REQUESTED", "APPROVED"] } },
      orderBy: [{ date: "asc" }, { dagdeel: "asc" }],
      select: {
        id: true,
        date: true,
        dagdeel: true,
        status: true,
        type: true,
        familyId: true,
        groupId: true,
        swapFromDate: true,
        swapFromDagdeel: true,
        createdAt: true,
        decidedAt: true,
      },
    }),
  ]);
  const wanted = (dagdeel: Dagdeel) => input.dagdeel === "ALL" || dagdeel === input.dagdeel;
  const slots: AfmeldSlot[] = datesBetween(from, to).flatMap((date) =>
    contractedSlots(child, date, calendar)
      .filter((slot) => wanted(slot.dagdeel.dagdeel))
      .map((slot) => ({
        date,
        dagdeel: slot.dagdeel,
        locationId: slot.group.locationId,
        careType: slot.group.careType,
        booking: "CONTRACT" as const,
        request: null,
      })),
  );
  for (const r of requests) {
    const group = groupOn(child, r.date);
    const times = group?.dagdelen.find((d) => d.dagdeel === r.dagdeel);
    if (!group || !times || !wanted(r.dagdeel)) continue;
    slots.push({
      date: r.date,
      dagdeel: times,
      locationId: group.locationId,
      careType: group.careType,
      booking: r.type,
      request: { ...r, status: r.status as "REQUESTED" | "APPROVED" },
    });
  }
  if (slots.length === 0) throw planningError("INVALID_INPUT", "noCareInPeriod");
  slots.sort((a, b) => a.date.getTime() - b.date.getTime() || a.dagdeel.startMinutes - b.dagdeel.startMinutes);

  try {
    return await prisma.$transaction(async (tx) => {
      await lockChild(tx, child.id);
      const existing = await tx.absence.findMany({
        where: { childId: child.id, withdrawnAt: null, date: { gte: from, lte: to } },
        select: { date: true, dagdeel: true },
      });
      const taken = new Set(existing.map((a) => `${toIsoDate(a.date)}|${a.dagdeel}`));
      const fresh = slots.filter((s) => !taken.has(`${toIsoDate(s.date)}|${s.dagdeel.dagdeel}`));
      if (fresh.length === 0) throw planningError("CONFLICT", "alreadyReported");
      const result: ReportAbsenceResult = { count: 0, earnedMinutes: 0, roefjesMinutes: 0, cancelled: 0 };
      for (const slot of fresh) {
        const outcome = afmeldOutcome({
          booking: slot.booking,
          status: slot.request?.status ?? "APPROVED",
          now,
          cancelUntil: slot.request
            ? requestCancelUntil({
                date: slot.date,
                startMinutes: slot.dagdeel.startMinutes,
                cancelHours: settings.requestCancelHours,
                graceMinutes: settings.requestCancelGraceMinutes,
                status: slot.request.status,
                bindingSince: slot.request.decidedAt ?? slot.request.createdAt,
              })
            : null,
          deadline: deadlineAt(slot.date, deadlineRuleFor(settings, slot.careType, slot.dagdeel.dagdeel)),
          closed: calendar.closedName(slot.date, slot.locationId) !== null,
        });
        if (outcome.action === "cancel" && slot.request) {
          const { count } = await tx.careRequest.updateMany({
            where: { id: slot.request.id, status: { in: ["REQUESTED", "APPROVED"] } },
            data: { status: "CANCELLED", decidedAt: now, decidedById: user.id },
          });
          if (count === 0) throw planningError("CONFLICT", "notCancellable");
          if (slot.request.type === "SWAP" && slot.request.status === "APPROVED")
            await restoreSwapDay(tx, { childId: child.id, ...slot.request }, now);
          const refunded = await refundRequest(tx, slot.request.id, user.id);
          result.earnedMinutes += refunded.TEGOED;
          result.roefjesMinutes += refunded.ROEFJES;
          result.cancelled += 1;
          result.count += 1;
          continue;
        }
        const gives = outcome.action === "absence" ? outcome.gives : "NOTHING";
        const absence = await tx.absence.create({
          data: {
            childId: child.id,
            date: slot.date,
            dagdeel: slot.dagdeel.dagdeel,
            reason: input.reason,
            comment: input.comment ?? "",
            reportedById: user.id,
            reportedAt: now,
            earnedMinutes: 0,
            careRequestId: slot.request?.id ?? null,
          },
          select: { id: true },
        });
        let given = 0;
        if (gives === "EARNED_TEGOED") {
          given = dagdeelMinutes(slot.dagdeel);
          await tx.creditEntry.create({
            data: {
              childId: child.id,
              kind: "TEGOED",
              type: "EARNED",
              minutes: given,
              ...tegoedLotValidity({
                absenceDate: slot.date,
                reportedOn: today,
                validityDays: settings.tegoedValidityDays,
              }),
              absenceId: absence.id,
              createdById: user.id,
              note: `Afmelding ${toIsoDate(slot.date)} ${slot.dagdeel.dagdeel}`,
            },
          });
          result.earnedMinutes += given;
        } else if ((gives === "REFUND_TEGOED" || gives === "REFUND_ROEFJES") && slot.request) {
          const refunded = await refundRequest(tx, slot.request.id, user.id, absence.id);
          given = refunded.TEGOED + refunded.ROEFJES;
          result.earnedMinutes += refunded.TEGOED;
          result.roefjesMinutes += refunded.ROEFJES;
        }
        if (given > 0) await tx.absence.update({ where: { id: absence.id }, data: { earnedMinutes: given } });
        result.count += 1;
      }
      await writeAudit(
        {
          action: "planning.absence.reported",
          actorId: user.id,
          organisationId,
          entityType: "Child",
          entityId: child.id,
          childId: child.id,
          familyId: child.familyId,
          meta: { from: input.from, to: toIsoDate(to), ...result },
        },
        tx,
      );
      return result;
    }, TX_OPTIONS);
  } catch (error) {
    if (isUniqueViolation(error)) throw planningError("CONFLICT", "alreadyReported");
    throw error;
  }
}

async function loadScopedAbsence(user: SessionUser, absenceId: string, today: Date) {
  if (!isUuid(absenceId)) throw new AppError("NOT_FOUND");
  const absence = await prisma.absence.findFirst({
    where: { id: absenceId, withdrawnAt: null, child: childScope(user, today) },
    select: {
      id: true,
      childId: true,
      date: true,
      dagdeel: true,
      earnedMinutes: true,
      child: {
        select: {
          familyId: true,
          family: { select: { organisationId: true } },
          placements: { select: { startDate: true, endDate: true, group: { select: { careType: true } } } },
        },
      },
    },
  });
  if (!absence) throw new AppError("NOT_FOUND");
  // A swap's given-up dagdeel is an absence owned by the swap: cancel the swap instead (./swap-effects.ts).
  const swap = await prisma.careRequest.count({
    where: {
      childId: absence.childId,
      type: "SWAP",
      status: "APPROVED",
      swapFromDate: absence.date,
      swapFromDagdeel: absence.dagdeel,
    },
  });
  if (swap > 0) throw swapError("CONFLICT", "absenceIsSwap");
  const settings = await loadSettings(prisma, absence.child.family.organisationId);
  // The deadline of the care type the child had that day (the dagdeel says whether a BSO day was a vacation day).
  const placement = absence.child.placements.find(
    (p) => p.startDate <= absence.date && (!p.endDate || p.endDate >= absence.date),
  );
  const careType = placement?.group.careType ?? (absence.dagdeel === "NASCHOOLS" ? "BSO" : "KDV");
  const deadline = deadlineAt(absence.date, deadlineRuleFor(settings, careType, absence.dagdeel));
  return { absence, settings, deadline };
}

/** Changes reason and comment of an absence, until its day's deadline. */
export async function updateAbsence(user: SessionUser, input: UpdateAbsenceInput, now = clockNow()): Promise<void> {
  const { absence, deadline } = await loadScopedAbsence(user, input.absenceId, todayDate(now));
  if (now >= deadline) throw planningError("DEADLINE_PASSED", "changeDeadlinePassed");
  const { count } = await prisma.absence.updateMany({
    where: { id: absence.id, withdrawnAt: null },
    data: { reason: input.reason, comment: input.comment ?? "" },
  });
  if (count === 0) throw new AppError("CONFLICT");
}

/** Withdraws an absence until its day's deadline; earned tegoed is reversed with a ledger row (never an UPDATE). */
export async function withdrawAbsence(user: SessionUser, absenceId: string, now = clockNow()): Promise<void> {
  const today = todayDate(now);
  const { absence, deadline } = await loadScopedAbsence(user, absenceId, today);
  if (now >= deadline) throw planningError("DEADLINE_PASSED", "changeDeadlinePassed");
  await prisma.$transaction(async (tx) => {
    await lockChild(tx, absence.childId);
    const { count } = await tx.absence.updateMany({
      where: { id: absence.id, withdrawnAt: null },
      data: { withdrawnAt: now },
    });
    if (count === 0) throw new AppError("CONFLICT");
    // What this afmelding gave back (an EARNED lot, or REFUNDED lots of the request it reported) is reversed.
    const lots = await tx.creditEntry.findMany({
      where: { absenceId: absence.id, type: { in: ["EARNED", "REFUNDED"] }, lotId: null },
      select: { id: true, kind: true, minutes: true, validFrom: true, expiresOn: true, careRequestId: true },
    });
    for (const lot of lots) {
      const consumed = await tx.creditEntry.aggregate({ where: { lotId: lot.id }, _sum: { minutes: true } });
      const remaining = lot.minutes + (consumed._sum.minutes ?? 0);
      if (remaining < lot.minutes) throw planningError("CONFLICT", "creditAlreadyUsed");
      await tx.creditEntry.create({
        data: {
          childId: absence.childId,
          kind: lot.kind,
          type: "ADJUSTED",
          minutes: -lot.minutes,
          lotId: lot.id,
          validFrom: lot.validFrom,
          expiresOn: lot.expiresOn,
          absenceId: absence.id,
          careRequestId: lot.careRequestId,
          createdById: user.id,
          note: "Afmelding ingetrokken",
        },
      });
    }
    await writeAudit(
      {
        action: "planning.absence.withdrawn",
        actorId: user.id,
        organisationId: absence.child.family.organisationId,
        entityType: "Absence",
        entityId: absence.id,
        childId: absence.childId,
        familyId: absence.child.familyId,
      },
      tx,
    );
  }, TX_OPTIONS);
}

// -----------------------------------------------------------------------------------------------------------------
// Care requests

const PAYMENT: Record<"EXTRA" | "TEGOED" | "VACATION", { payment: Payment; kind: CreditKind | null }> = {
  EXTRA: { payment: "INVOICE", kind: null },
  TEGOED: { payment: "TEGOED", kind: "TEGOED" },
  VACATION: { payment: "ROEFJES", kind: "ROEFJES" },
};

type PlannedItem = {
  key: string;
  child: ChildCare;
  groupId: string;
  careType: "KDV" | "BSO";
  date: Date;
  dagdeel: Dagdeel;
  cost: number;
  guaranteed: boolean;
  inVacation: boolean;
};

export type CreatedRequest = {
  id: string;
  childId: string;
  childName: string;
  date: string;
  dagdeel: Dagdeel;
  status: "REQUESTED" | "APPROVED";
  guaranteed: boolean;
  costMinutes: number;
};

/**
 * Requests care for one or more children and dagdelen in one batch (all or nothing):
 *  - EXTRA: paid on the invoice; TEGOED: paid from tegoed; VACATION: BSO vacation dagdelen paid with Roefjes.
 *  - Parents: only their own children, and only from `requestLeadDays` days ahead. Staff, managers and beheerders
 *    register for children in their scope inside that window too; what they register is approved at once.
 *  - Guaranteed vacation dagdelen are approved at once; otherwise approved when the group's capacity allows,
 *    else left for a manager to decide.
 */
export async function createCareRequests(
  user: SessionUser,
  input: CreateRequestInput,
  now = clockNow(),
  swap?: SwapPlan,
): Promise<CreatedRequest[]> {
  const today = todayDate(now);
  const type = input.type as "EXTRA" | "TEGOED" | "VACATION";
  const { payment, kind } = PAYMENT[type];
  const byParent = isParent(user);
  const childIds = [...new Set(input.childIds)];
  if (!childIds.every(isUuid)) throw new AppError("NOT_FOUND");
  // SECURITY: children are loaded through childScope; one id outside the scope fails the whole batch as NOT_FOUND.
  const children = await prisma.child.findMany({
    where: { AND: [{ id: { in: childIds } }, childScope(user, today)] },
    select: childCareSelect,
  });
  if (children.length !== childIds.length) throw new AppError("NOT_FOUND");
  const organisationId = children[0].family.organisationId;

  const slots = [
    ...new Map(
      input.slots.map((s) => [`${s.date}|${s.dagdeel}`, { date: dateOnly(s.date), dagdeel: s.dagdeel }]),
    ).values(),
  ].sort((a, b) => a.date.getTime() - b.date.getTime());
  const settings = await loadSettings(prisma, organisationId);
  for (const slot of slots) {
    if (slot.date < today) throw planningError("INVALID_INPUT", "pastDate");
    if (byParent && slot.date < addCalendarDays(today, settings.requestLeadDays))
      throw planningError("INVALID_INPUT", "leadTime", { days: String(settings.requestLeadDays) });
  }
  const calendar = await loadOrgCalendar(prisma, organisationId, slots[0].date, slots[slots.length - 1].date);

  const items: PlannedItem[] = [];
  for (const child of children) {
    for (const slot of slots) {
      const iso = toIsoDate(slot.date);
      const name = child.firstName;
      const group = groupOn(child, slot.date);
      // Closed is per location: the location of the child's group that day (a study day at one location).
      if (isWeekend(slot.date) || (group && calendar.closedName(slot.date, group.locationId) !== null))
        throw planningError("INVALID_INPUT", "closedDay", { date: iso });
      if (!group) throw planningError("INVALID_INPUT", "noPlacement", { name, date: iso });
      const vacation = calendar.vacationOn(slot.date, group.locationId);
      if (type === "VACATION" && (group.careType !== "BSO" || !vacation))
        throw planningError("INVALID_INPUT", "notInVacation", { date: iso });
      if (type !== "VACATION" && group.careType === "BSO" && vacation)
        throw planningError("INVALID_INPUT", "useVacationRequest", { date: iso });
      if (!dagdelenFor(group.careType, !!vacation).includes(slot.dagdeel))
        throw planningError("INVALID_INPUT", "dagdeelNotOffered", { name, date: iso });
      if (contractedSlots(child, slot.date, calendar).some((s) => s.dagdeel.dagdeel === slot.dagdeel))
        throw planningError("INVALID_INPUT", "alreadyContracted", { name, date: iso });
      const times: DagdeelTimes | undefined = group.dagdelen.find((d) => d.dagdeel === slot.dagdeel);
      if (!times) throw planningError("INVALID_INPUT", "dagdeelNotOffered", { name, date: iso });
      const guaranteed =
        type === "VACATION" &&
        !!vacation &&
        isGuaranteed({
          date: slot.date,
          dagdeel: slot.dagdeel,
          contracted: bsoVacationDagdelen(child, slot.date),
          vacation,
          today,
          months: settings.vacationGuaranteeMonths,
        });
      items.push({
        key: `${child.id}|${iso}|${slot.dagdeel}`,
        child,
        groupId: group.id,
        careType: group.careType,
        date: slot.date,
        dagdeel: slot.dagdeel,
        cost: times.endMinutes - times.startMinutes,
        guaranteed,
        inVacation: !!vacation,
      });
    }
  }

  if (!byParent) {
    // SECURITY: the organisation registers only for dagdelen in groups it works in (not just children it can see).
    const allowed = new Set(await scopedGroupIds(user, today));
    if (items.some((i) => !allowed.has(i.groupId))) throw new AppError("NOT_FOUND");
  }

  const batchId = randomUUID();
  let created: CreatedRequest[];
  try {
    created = await prisma.$transaction(async (tx) => {
      // Lock order: children (sorted), then group dagdelen (sorted), so concurrent batches cannot deadlock.
      for (const child of [...children].sort((a, b) => a.id.localeCompare(b.id))) await lockChild(tx, child.id);
      const groupKeys = [
        ...new Map(items.map((i) => [`${i.groupId}|${toIsoDate(i.date)}|${i.dagdeel}`, i])).values(),
      ].sort((a, b) =>
        `${a.groupId}|${toIsoDate(a.date)}|${a.dagdeel}`.localeCompare(
          `${b.groupId}|${toIsoDate(b.date)}|${b.dagdeel}`,
        ),
      );
      for (const item of groupKeys) await lockGroupDagdeel(tx, item.groupId, item.date, item.dagdeel);

      const overlap = await tx.careRequest.findFirst({
        where: {
          status: { in: ["REQUESTED", "APPROVED"] },
          OR: items.map((i) => ({ childId: i.child.id, date: i.date, dagdeel: i.dagdeel })),
        },
        select: { date: true, child: { select: { firstName: true } } },
      });
      if (overlap)
        throw planningError("CONFLICT", "overlap", { name: overlap.child.firstName, date: toIsoDate(overlap.date) });
      // Ruildag (lib/swap): one child, one wanted dagdeel; the given-up dagdeel is checked under the child lock.
      if (swap) await assertSwapSourceFree(tx, children[0].id, swap, now);

      // Spend plan per child, all or nothing.
      const plans = new Map<string, { lotId: string; minutes: number }[]>();
      if (kind) {
        for (const child of children) {
          if (kind === "ROEFJES")
            await ensureRoefjesGrants(
              tx,
              child,
              items.filter((i) => i.child.id === child.id).map((i) => i.date.getUTCFullYear()),
            );
          const lots = await loadLots(tx, child.id, kind);
          const childItems = items.filter((i) => i.child.id === child.id);
          const plan = planBatchSpend(
            lots,
            childItems.map((i) => ({ key: i.key, cost: i.cost, date: i.date })),
          );
          if (!plan) {
            const needed = childItems.reduce((sum, i) => sum + i.cost, 0);
            const available = Math.min(...childItems.map((i) => usableMinutes(lots, i.date)));
            const show = (m: number) => (kind === "ROEFJES" ? formatRoefjes(m) : String(m));
            throw planningError(
              "INSUFFICIENT_BALANCE",
              kind === "ROEFJES" ? "insufficientRoefjes" : "insufficientTegoed",
              { name: child.firstName, needed: show(needed), available: show(Math.max(0, available)) },
            );
          }
          for (const [key, parts] of plan) plans.set(key, parts);
        }
      }

      const result: CreatedRequest[] = [];
      for (const item of items) {
        let status: "REQUESTED" | "APPROVED" = "REQUESTED";
        if (!byParent || item.guaranteed) status = "APPROVED";
        else {
          const occ = await groupOccupancy(tx, {
            groupId: item.groupId,
            careType: item.careType,
            date: item.date,
            dagdeel: item.dagdeel,
            inVacation: item.inVacation,
          });
          if (capacityAllows({ occupied: occupancy(occ), capacity: occ.capacity })) status = "APPROVED";
        }
        const request = await tx.careRequest.create({
          data: {
            batchId,
            childId: item.child.id,
            // The household that asks: a parent's own (a child of separated parents has two), else the child's first.
            familyId: byParent ? ownFamily(user).familyId : item.child.familyId,
            groupId: item.groupId,
            type: swap ? "SWAP" : (type as RequestType),
            date: item.date,
            dagdeel: item.dagdeel,
            payment,
            // A swap is like for like: it costs nothing (the given-up dagdeel pays for it).
            costMinutes: swap ? 0 : item.cost,
            swapFromDate: swap?.fromDate ?? null,
            swapFromDagdeel: swap?.fromDagdeel ?? null,
            expiresAt: swap?.expiresAt ?? null,
            status,
            guaranteed: item.guaranteed,
            comment: input.comment ?? "",
            requestedById: user.id,
            // Staff registration is decided by the person registering; automatic approvals have no decider.
            decidedById: status === "APPROVED" && !byParent ? user.id : null,
            decidedAt: status === "APPROVED" ? now : null,
            createdAt: now,
          },
          select: { id: true },
        });
        if (swap && status === "APPROVED")
          await giveUpSwapDay(
            tx,
            {
              childId: item.child.id,
              date: item.date,
              dagdeel: item.dagdeel,
              swapFromDate: swap.fromDate,
              swapFromDagdeel: swap.fromDagdeel,
            },
            user.id,
            now,
          );
        for (const part of plans.get(item.key) ?? []) {
          const lot = await tx.creditEntry.findUniqueOrThrow({
            where: { id: part.lotId },
            select: { validFrom: true, expiresOn: true },
          });
          await tx.creditEntry.create({
            data: {
              childId: item.child.id,
              kind: kind!,
              type: "SPENT",
              minutes: -part.minutes,
              lotId: part.lotId,
              validFrom: lot.validFrom,
              expiresOn: lot.expiresOn,
              careRequestId: request.id,
              createdById: user.id,
              note: `${type} ${toIsoDate(item.date)} ${item.dagdeel}`,
            },
          });
        }
        result.push({
          id: request.id,
          childId: item.child.id,
          childName: item.child.firstName,
          date: toIsoDate(item.date),
          dagdeel: item.dagdeel,
          status,
          guaranteed: item.guaranteed,
          costMinutes: item.cost,
        });
      }
      await writeAudit(
        {
          action: "planning.request.created",
          actorId: user.id,
          organisationId,
          entityType: "CareRequestBatch",
          entityId: batchId,
          familyId: byParent ? ownFamily(user).familyId : children[0].familyId,
          meta: { type: swap ? "SWAP" : type, count: result.length },
        },
        tx,
      );
      return result;
    }, TX_OPTIONS);
  } catch (error) {
    if (isUniqueViolation(error)) throw planningError("CONFLICT", "overlapGeneric");
    throw error;
  }
  return created;
}

/**
 * Refunds what a request spent: one REFUNDED lot per SPENT row, with that lot's validity. Idempotent per request: a
 * refund that still stands (not reversed by withdrawing the absence that gave it) is not written twice. `absenceId`
 * links the refund to the afmelding that gave it (withdrawing that afmelding reverses it). Returns what came back.
 */
async function refundRequest(
  tx: Tx,
  requestId: string,
  actorId: string,
  absenceId: string | null = null,
): Promise<Record<CreditKind, number>> {
  const none = { TEGOED: 0, ROEFJES: 0 };
  const refunds = await tx.creditEntry.findMany({
    where: { careRequestId: requestId, type: "REFUNDED" },
    select: { id: true, minutes: true },
  });
  if (refunds.length > 0) {
    const reversed = await tx.creditEntry.aggregate({
      where: { lotId: { in: refunds.map((r) => r.id) }, type: "ADJUSTED" },
      _sum: { minutes: true },
    });
    if (refunds.reduce((sum, r) => sum + r.minutes, 0) + (reversed._sum.minutes ?? 0) > 0) return none;
  }
  const spent = await tx.creditEntry.findMany({
    where: { careRequestId: requestId, type: "SPENT" },
    select: { childId: true, kind: true, minutes: true, validFrom: true, expiresOn: true },
  });
  if (spent.length === 0) return none;
  await tx.creditEntry.createMany({
    data: spent.map((row) => ({
      childId: row.childId,
      kind: row.kind,
      type: "REFUNDED" as const,
      minutes: -row.minutes,
      validFrom: row.validFrom,
      expiresOn: row.expiresOn,
      careRequestId: requestId,
      absenceId,
      createdById: actorId,
      note: absenceId ? "Terugboeking (afgemeld)" : "Terugboeking",
    })),
  });
  const back = { ...none };
  for (const row of spent) back[row.kind] -= row.minutes;
  return back;
}

/**
 * Cancels a request that is pending or approved. Parents: until `requestCancelHours` before the dagdeel starts.
 * Staff/managers/beheerders (their groups): any request for today or later. Spent credit is refunded.
 */
export async function cancelCareRequest(user: SessionUser, requestId: string, now = clockNow()): Promise<void> {
  const today = todayDate(now);
  if (!isUuid(requestId)) throw new AppError("NOT_FOUND");
  const scope = await careRequestScope(user, today);
  const request = await prisma.careRequest.findFirst({
    where: { AND: [{ id: requestId }, scope] },
    select: {
      id: true,
      childId: true,
      familyId: true,
      date: true,
      dagdeel: true,
      status: true,
      groupId: true,
      type: true,
      swapFromDate: true,
      swapFromDagdeel: true,
      createdAt: true,
      decidedAt: true,
      child: { select: { family: { select: { organisationId: true } } } },
    },
  });
  if (!request) throw new AppError("NOT_FOUND");
  if (request.status !== "REQUESTED" && request.status !== "APPROVED")
    throw planningError("CONFLICT", "notCancellable");
  const status = request.status;
  // An afgemeld request already gave back what it gives (README "Afmelden"): withdraw the afmelding first.
  if (await prisma.absence.count({ where: { careRequestId: request.id, withdrawnAt: null } }))
    throw planningError("CONFLICT", "requestAfgemeld");
  const organisationId = request.child.family.organisationId;
  // A swap is cancellable until the deadline of the earlier of its two days (the given-up day may come first).
  const first =
    request.type === "SWAP" && request.swapFromDate && request.swapFromDagdeel && request.swapFromDate < request.date
      ? { date: request.swapFromDate, dagdeel: request.swapFromDagdeel }
      : { date: request.date, dagdeel: request.dagdeel };
  if (isParent(user)) {
    const [settings, times] = await Promise.all([
      loadSettings(prisma, organisationId),
      prisma.dagdeelDefinition.findFirst({
        where: { dagdeel: first.dagdeel, location: { groups: { some: { id: request.groupId } } } },
        select: { startMinutes: true },
      }),
    ]);
    if (
      now >=
      requestCancelUntil({
        date: first.date,
        startMinutes: times?.startMinutes ?? 0,
        cancelHours: settings.requestCancelHours,
        graceMinutes: settings.requestCancelGraceMinutes,
        status,
        bindingSince: request.decidedAt ?? request.createdAt,
      })
    )
      throw planningError("DEADLINE_PASSED", "cancelDeadlinePassed");
  } else if (first.date < today) {
    throw planningError("DEADLINE_PASSED", "cancelDeadlinePassed");
  }
  await prisma.$transaction(async (tx) => {
    await lockChild(tx, request.childId);
    const { count } = await tx.careRequest.updateMany({
      where: { id: request.id, status: { in: ["REQUESTED", "APPROVED"] } },
      data: { status: "CANCELLED", decidedAt: now, decidedById: user.id },
    });
    if (count === 0) throw planningError("CONFLICT", "notCancellable");
    if (request.type === "SWAP" && request.status === "APPROVED") await restoreSwapDay(tx, request, now);
    await refundRequest(tx, request.id, user.id);
    await writeAudit(
      {
        action: "planning.request.cancelled",
        actorId: user.id,
        organisationId,
        entityType: "CareRequest",
        entityId: request.id,
        childId: request.childId,
        familyId: request.familyId,
      },
      tx,
    );
  }, TX_OPTIONS);
}

/** A manager (their locations) or beheerder (the organisation) approves or declines a pending request. */
export async function decideCareRequest(user: SessionUser, input: DecideRequestInput, now = clockNow()): Promise<void> {
  // SECURITY: only managers and beheerders decide; staff and parents get NOT_FOUND like any unknown request.
  assertRole(user, "MANAGER", "BEHEERDER");
  if (!isUuid(input.requestId)) throw new AppError("NOT_FOUND");
  const today = todayDate(now);
  const groupIds = await scopedGroupIds(user, today);
  const request = await prisma.careRequest.findFirst({
    where: { id: input.requestId, groupId: { in: groupIds } },
    select: {
      id: true,
      childId: true,
      familyId: true,
      date: true,
      dagdeel: true,
      type: true,
      status: true,
      expiresAt: true,
      swapFromDate: true,
      swapFromDagdeel: true,
      child: { select: { firstName: true, family: { select: { organisationId: true } } } },
    },
  });
  if (!request) throw new AppError("NOT_FOUND");
  if (request.status !== "REQUESTED") throw planningError("CONFLICT", "alreadyDecided");
  if (isLapsed(request, now)) throw swapError("CONFLICT", "lapsed");
  const approve = input.decision === "APPROVE";
  await prisma.$transaction(async (tx) => {
    await lockChild(tx, request.childId);
    const { count } = await tx.careRequest.updateMany({
      where: { id: request.id, status: "REQUESTED", groupId: { in: groupIds } },
      data: {
        status: approve ? "APPROVED" : "DECLINED",
        decidedById: user.id,
        decidedAt: now,
        decisionReason: input.reason ?? "",
      },
    });
    if (count === 0) throw planningError("CONFLICT", "alreadyDecided");
    if (approve && request.type === "SWAP") await giveUpSwapDay(tx, request, user.id, now);
    if (!approve) await refundRequest(tx, request.id, user.id);
    await writeAudit(
      {
        action: approve ? "planning.request.approved" : "planning.request.declined",
        actorId: user.id,
        organisationId: request.child.family.organisationId,
        entityType: "CareRequest",
        entityId: request.id,
        childId: request.childId,
        familyId: request.familyId,
      },
      tx,
    );
  }, TX_OPTIONS);
  const guardians = await prisma.user.findMany({
    where: { familyId: request.familyId, role: "PARENT", status: "ACTIVE" },
    select: { id: true },
  });
  // Dates as the pages write them: "dinsdag 1 december" (lib/date-words.ts).
  const day = dayInWords(toIsoDate(request.date));
  await notifyUsers({
    userIds: guardians.map((g) => g.id),
    kind: "request",
    subject: approve
      ? `Aanvraag goedgekeurd: ${request.child.firstName} ${day}`
      : `Aanvraag afgewezen: ${request.child.firstName} ${day}`,
    text: approve
      ? `De aanvraag voor ${request.child.firstName} op ${day} (${request.dagdeel.toLowerCase()}) is goedgekeurd.`
      : `De aanvraag voor ${request.child.firstName} op ${day} (${request.dagdeel.toLowerCase()}) is afgewezen. Reden: ${input.reason}. Eventueel ingezet tegoed of Roefjes zijn teruggeboekt.`,
    link: request.type === "VACATION" ? "/ouder/roefjes" : "/ouder/planning",
  });
}

// -----------------------------------------------------------------------------------------------------------------
// Expiry: balances are derived without it; this only makes expiry visible as ledger rows. The "roefjes.expire" job
// (lib/jobs) runs it for Roefjes on 31 December at 23:59.

/** Writes one EXPIRED row for what remained of each lot (of `kind`, or all) that expired before `today`. Idempotent. */
export async function writeExpiredEntries(today: Date, db = prisma, kind?: CreditKind): Promise<number> {
  const ofKind = kind ? Prisma.sql`AND l."kind" = ${kind}::"CreditKind"` : Prisma.empty;
  const rows = await db.$queryRaw<
    { id: string; childId: string; kind: CreditKind; remaining: number; validFrom: Date; expiresOn: Date }[]
  >`
    SELECT l."id", l."childId", l."kind", (l."minutes" + COALESCE(SUM(c."minutes"), 0))::int AS remaining, l."validFrom", l."expiresOn"
      FROM "CreditEntry" l LEFT JOIN "CreditEntry" c ON c."lotId" = l."id"
     WHERE l."lotId" IS NULL AND l."minutes" > 0 AND l."expiresOn" < ${today} ${ofKind}
     GROUP BY l."id"
    HAVING l."minutes" + COALESCE(SUM(c."minutes"), 0) > 0`;
  if (rows.length === 0) return 0;
  const { count } = await db.creditEntry.createMany({
    data: rows.map((r) => ({
      childId: r.childId,
      kind: r.kind,
      type: "EXPIRED" as const,
      minutes: -r.remaining,
      lotId: r.id,
      validFrom: r.validFrom,
      expiresOn: r.expiresOn,
      note: "Vervallen",
    })),
    skipDuplicates: true,
  });
  return count;
}

// -----------------------------------------------------------------------------------------------------------------
// Corrections (issue 14): only beheerders write a credit entry outside the planning flows, always with a reason that
// the parent sees in the history, and audited.

/**
 * A beheerder corrects a child's tegoed or Roefjes. Adding writes one ADJUSTED lot (tegoed: valid from today for
 * `tegoedValidityDays`; Roefjes: this calendar year); removing writes ADJUSTED rows on the usable lots, oldest expiry
 * first, and is refused when the balance is smaller. The reason is the entry's note; audited as admin.ledger.corrected.
 */
export async function correctLedger(user: SessionUser, input: CorrectLedgerInput, now = clockNow()): Promise<void> {
  // SECURITY: beheerders only; anyone else gets NOT_FOUND like an unknown child.
  assertRole(user, "BEHEERDER");
  const today = todayDate(now);
  const child = await loadScopedChild(user, input.childId, today);
  const settings = await loadSettings(prisma, child.family.organisationId);
  const amount = input.hours * 60 + input.minutes;
  const kind = input.kind;
  await prisma.$transaction(async (tx) => {
    await lockChild(tx, child.id);
    const base = { childId: child.id, kind, type: "ADJUSTED" as const, note: input.reason, createdById: user.id };
    if (input.direction === "ADD") {
      const validity =
        kind === "ROEFJES"
          ? roefjesLotValidity(today.getUTCFullYear())
          : { validFrom: today, expiresOn: addCalendarDays(today, settings.tegoedValidityDays) };
      await tx.creditEntry.create({ data: { ...base, minutes: amount, ...validity } });
    } else {
      const lots = (await loadLots(tx, child.id, kind)).filter((l) => l.remaining > 0 && l.expiresOn >= today);
      const available = lots.reduce((sum, l) => sum + l.remaining, 0);
      if (available < amount)
        throw planningError("INSUFFICIENT_BALANCE", "correctionTooLarge", {
          available: kind === "ROEFJES" ? formatRoefjes(available) : String(available),
        });
      let open = amount;
      for (const lot of lots) {
        if (open === 0) break;
        const take = Math.min(open, lot.remaining);
        await tx.creditEntry.create({
          data: { ...base, minutes: -take, lotId: lot.id, validFrom: lot.validFrom, expiresOn: lot.expiresOn },
        });
        open -= take;
      }
    }
    await writeAudit(
      {
        action: "admin.ledger.corrected",
        actorId: user.id,
        organisationId: child.family.organisationId,
        entityType: "Child",
        entityId: child.id,
        childId: child.id,
        familyId: child.familyId,
        meta: { kind, minutes: input.direction === "ADD" ? amount : -amount, reason: input.reason },
      },
      tx,
    );
  }, TX_OPTIONS);
}
