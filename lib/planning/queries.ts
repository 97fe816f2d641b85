// Planning reads: the parent's calendar and balances, the Roefjes ledger, the staff attendance list, the managers'
// decision queue and the school vacations. Every read is scoped through lib/authz and returns plain DTOs
// (ISO date strings, integer minutes); `now` is injectable.
import "server-only";
import type {
  AbsenceReason,
  CareType,
  Dagdeel,
  LedgerEntryType,
  RequestStatus,
  RequestType,
} from "../generated/prisma/enums";
import { prisma } from "../db";
import { AppError } from "../errors";
import { assertRole, childScope, groupScope, isParent, placementOnDate, type SessionUser } from "../authz";
import { isUuid } from "../ids";
import { addCalendarDays, amsterdamDateString, amsterdamMinutes, dateOnly, todayDate, toIsoDate } from "../time";
import {
  balanceOn,
  deadlineAt,
  deadlineRuleFor,
  contractedDagdelen,
  datesBetween,
  guaranteeCutoff,
  isWeekend,
  lotsFrom,
  occupancy,
  requestCancelUntil,
  sortDagdelen,
  type DeadlineFormRule,
  type Lot,
} from "./rules";
import {
  bsoVacationDagdelen,
  childCareSelect,
  contractPatterns,
  contractedSlots,
  roefjesGrants,
  groupOccupancy,
  groupOn,
  loadLots,
  loadOrgCalendar,
  loadSettings,
  type ChildCare,
  type PlanningSettings,
} from "./care";
import { loadScopedChild, scopedGroupIds } from "./scope";
import { now as clockNow } from "../clock";

export type PlanningChild = {
  id: string;
  firstName: string;
  lastName: string;
  careType: CareType | null;
  groupName: string | null;
};

/** The children a parent plans for (their family's), with the care type of the current or next placement. */
export async function listPlanningChildren(user: SessionUser, now = clockNow()): Promise<PlanningChild[]> {
  const today = todayDate(now);
  const children = await prisma.child.findMany({
    where: {
      AND: [
        childScope(user, today),
        { placements: { some: { OR: [{ endDate: null }, { endDate: { gte: today } }] } } },
      ],
    },
    orderBy: { firstName: "asc" },
    select: childCareSelect,
  });
  return children.map((child) => {
    const group =
      groupOn(child, today) ??
      (child.placements.find((p) => p.startDate > today)
        ? groupOn(child, child.placements.find((p) => p.startDate > today)!.startDate)
        : null);
    return {
      id: child.id,
      firstName: child.firstName,
      lastName: child.lastName,
      careType: group?.careType ?? null,
      groupName: group?.name ?? null,
    };
  });
}

export type RequestView = {
  id: string;
  batchId: string;
  type: RequestType;
  date: string;
  dagdeel: Dagdeel;
  status: RequestStatus;
  guaranteed: boolean;
  costMinutes: number;
  payment: "INVOICE" | "TEGOED" | "ROEFJES";
  comment: string;
  decisionReason: string;
  /** How it was decided: by a manager, automatically (capacity or guarantee), or registered by the group. */
  decidedBy: "manager" | "auto" | "group" | null;
  /** Afgemeld (an absence reports this booked dagdeel): it cannot be cancelled until that absence is withdrawn. */
  afgemeld: boolean;
  canCancel: boolean;
  cancelUntil: string | null;
};

export type AbsenceView = {
  id: string;
  date: string;
  dagdeel: Dagdeel;
  reason: AbsenceReason;
  comment: string;
  /** Minutes this afmelding gave back, in tegoed or (a Roefjes vacation day) in Roefjes: `givesBack`. */
  earnedMinutes: number;
  givesBack: "TEGOED" | "ROEFJES";
  /** The booked request this afmelding reports (null: a contracted dagdeel). */
  bookedAs: RequestType | null;
  canChange: boolean;
  changeUntil: string;
};

export type CalendarSlot = {
  dagdeel: Dagdeel;
  contracted: boolean;
  absence: AbsenceView | null;
  request: RequestView | null;
};
export type CalendarDay = {
  date: string;
  weekday: number;
  closedName: string | null;
  vacationName: string | null;
  slots: CalendarSlot[];
};

export type CreditView = {
  available: number;
  expired: number;
  /** Lots with something left, for the client-side cost preview (usable on a day = validFrom <= day <= expiresOn). */
  lots: { remaining: number; validFrom: string; expiresOn: string }[];
};

const creditView = (lots: Lot[], today: Date): CreditView => {
  const { available, expired } = balanceOn(lots, today);
  return {
    available,
    expired,
    lots: lots
      .filter((l) => l.remaining > 0 && l.expiresOn >= today)
      .map((l) => ({ remaining: l.remaining, validFrom: toIsoDate(l.validFrom), expiresOn: toIsoDate(l.expiresOn) })),
  };
};

function requestView(
  request: {
    id: string;
    batchId: string;
    type: RequestType;
    date: Date;
    dagdeel: Dagdeel;
    status: RequestStatus;
    guaranteed: boolean;
    costMinutes: number;
    payment: "INVOICE" | "TEGOED" | "ROEFJES";
    comment: string;
    decisionReason: string;
    requestedById: string;
    decidedById: string | null;
    decidedAt: Date | null;
    createdAt: Date;
    groupId: string;
    absences: { id: string }[];
  },
  {
    user,
    settings,
    startMinutes,
    now,
  }: { user: SessionUser; settings: PlanningSettings; startMinutes: number; now: Date },
): RequestView {
  const afgemeld = request.absences.length > 0;
  const until = requestCancelUntil({
    date: request.date,
    startMinutes,
    cancelHours: settings.requestCancelHours,
    graceMinutes: settings.requestCancelGraceMinutes,
    status: request.status === "REQUESTED" ? "REQUESTED" : "APPROVED",
    bindingSince: request.decidedAt ?? request.createdAt,
  });
  const open = (request.status === "REQUESTED" || request.status === "APPROVED") && !afgemeld;
  const decidedBy =
    request.status === "REQUESTED" || request.status === "CANCELLED"
      ? null
      : request.decidedById === null
        ? "auto"
        : request.decidedById === request.requestedById
          ? "group"
          : "manager";
  return {
    id: request.id,
    batchId: request.batchId,
    type: request.type,
    date: toIsoDate(request.date),
    dagdeel: request.dagdeel,
    status: request.status,
    guaranteed: request.guaranteed,
    costMinutes: request.costMinutes,
    payment: request.payment,
    comment: request.comment,
    decisionReason: request.decisionReason,
    decidedBy,
    afgemeld,
    canCancel: open && (isParent(user) ? now < until : request.date >= todayDate(now)),
    cancelUntil: open ? until.toISOString() : null,
  };
}

const requestSelect = {
  id: true,
  batchId: true,
  type: true,
  date: true,
  dagdeel: true,
  status: true,
  guaranteed: true,
  costMinutes: true,
  payment: true,
  comment: true,
  decisionReason: true,
  requestedById: true,
  decidedById: true,
  decidedAt: true,
  createdAt: true,
  groupId: true,
  absences: { where: { withdrawnAt: null }, select: { id: true } },
} as const;

export type ParentPlanning = {
  child: PlanningChild;
  settings: PlanningSettings;
  today: string;
  /** Absence deadlines of this child's care type: school days and (BSO) vacation days, for the form's hint. */
  deadlines: { regular: DeadlineFormRule[]; vacation: DeadlineFormRule[] };
  /** School vacations of the child's location in the coming year (ISO), to pick the rules for a chosen day. */
  vacations: { startDate: string; endDate: string }[];
  /** Amsterdam wall-clock minutes now (whether today's deadline has passed). */
  nowMinutes: number;
  /** First day a parent may request extra care themselves. */
  firstRequestDate: string;
  days: CalendarDay[];
  tegoed: CreditView;
  requests: RequestView[];
  absences: AbsenceView[];
  /** Dagdelen a request can be made for and their cost in minutes (the group's dagdeel times). */
  dagdeelCosts: { dagdeel: Dagdeel; minutes: number }[];
  /** The family's other children (for a request for several children at once). */
  siblings: { id: string; firstName: string; careType: CareType | null }[];
};

/** Everything the parent planning page shows for one child: calendar, absences, requests and tegoed. */
export async function getParentPlanning(
  user: SessionUser,
  childId: string,
  { now = clockNow(), days = 28 }: { now?: Date; days?: number } = {},
): Promise<ParentPlanning> {
  const today = todayDate(now);
  const child = await loadScopedChild(user, childId, today);
  const organisationId = child.family.organisationId;
  const to = addCalendarDays(today, days - 1);
  const [settings, calendar, absences, requests, lots, siblings] = await Promise.all([
    loadSettings(prisma, organisationId),
    loadOrgCalendar(prisma, organisationId, today, addCalendarDays(today, 366)),
    prisma.absence.findMany({
      where: { childId: child.id, withdrawnAt: null, date: { gte: addCalendarDays(today, -14) } },
      orderBy: [{ date: "asc" }, { dagdeel: "asc" }],
      select: {
        id: true,
        date: true,
        dagdeel: true,
        reason: true,
        comment: true,
        earnedMinutes: true,
        careRequest: { select: { type: true, payment: true } },
      },
    }),
    prisma.careRequest.findMany({
      where: { childId: child.id, date: { gte: addCalendarDays(today, -14) } },
      orderBy: [{ date: "asc" }, { createdAt: "asc" }],
      select: requestSelect,
    }),
    loadLots(prisma, child.id, "TEGOED"),
    listPlanningChildren(user, now),
  ]);
  const group = groupOn(child, today) ?? groupOn(child, child.placements.at(-1)?.startDate ?? today);
  const startOf = (dagdeel: Dagdeel) => group?.dagdelen.find((d) => d.dagdeel === dagdeel)?.startMinutes ?? 0;
  const absenceViews = absences.map((a) => {
    const careType = (groupOn(child, a.date) ?? group)?.careType ?? "KDV";
    const until = deadlineAt(a.date, deadlineRuleFor(settings, careType, a.dagdeel));
    return {
      id: a.id,
      date: toIsoDate(a.date),
      dagdeel: a.dagdeel,
      reason: a.reason,
      comment: a.comment,
      earnedMinutes: a.earnedMinutes,
      givesBack: a.careRequest?.payment === "ROEFJES" ? ("ROEFJES" as const) : ("TEGOED" as const),
      bookedAs: a.careRequest?.type ?? null,
      canChange: now < until,
      changeUntil: until.toISOString(),
    };
  });
  const requestViews = requests.map((r) => requestView(r, { user, settings, startMinutes: startOf(r.dagdeel), now }));

  const calendarDays: CalendarDay[] = datesBetween(today, to)
    .filter((date) => !isWeekend(date))
    .map((date) => {
      const iso = toIsoDate(date);
      // The calendar of the location the child is placed at that day (or the page's group when not placed).
      const locationId = (groupOn(child, date) ?? group)?.locationId ?? "";
      const contracted = contractedSlots(child, date, calendar).map((s) => s.dagdeel.dagdeel);
      const dayRequests = requestViews.filter((r) => r.date === iso && r.status !== "CANCELLED");
      const dagdelen = sortDagdelen([...contracted, ...dayRequests.map((r) => r.dagdeel)]);
      return {
        date: iso,
        weekday: date.getUTCDay(),
        closedName: calendar.closedName(date, locationId),
        vacationName: calendar.vacationOn(date, locationId)?.name ?? null,
        slots: dagdelen.map((dagdeel) => ({
          dagdeel,
          contracted: contracted.includes(dagdeel),
          absence: absenceViews.find((a) => a.date === iso && a.dagdeel === dagdeel) ?? null,
          request: dayRequests.find((r) => r.dagdeel === dagdeel) ?? null,
        })),
      };
    });

  const careType = group?.careType ?? null;
  const dagdeelCosts = (group?.dagdelen ?? [])
    .filter((d) => (careType === "BSO" ? d.dagdeel === "NASCHOOLS" : d.dagdeel !== "NASCHOOLS"))
    .map((d) => ({ dagdeel: d.dagdeel, minutes: d.endMinutes - d.startMinutes }));
  return {
    child: {
      id: child.id,
      firstName: child.firstName,
      lastName: child.lastName,
      careType,
      groupName: group?.name ?? null,
    },
    settings,
    today: toIsoDate(today),
    deadlines: {
      regular: (careType === "BSO" ? (["NASCHOOLS"] as const) : (["OCHTEND", "MIDDAG"] as const)).map((d) => ({
        dagdeel: d,
        ...deadlineRuleFor(settings, careType ?? "KDV", d),
      })),
      vacation: (["OCHTEND", "MIDDAG"] as const).map((d) => ({
        dagdeel: d,
        ...deadlineRuleFor(settings, careType ?? "KDV", d),
      })),
    },
    vacations: group
      ? calendar
          .vacationsAt(group.locationId)
          .filter((v) => v.endDate >= today)
          .map((v) => ({ startDate: toIsoDate(v.startDate), endDate: toIsoDate(v.endDate) }))
      : [],
    nowMinutes: amsterdamMinutes(now),
    firstRequestDate: toIsoDate(addCalendarDays(today, settings.requestLeadDays)),
    days: calendarDays,
    tegoed: creditView(lots, today),
    requests: requestViews.filter((r) => r.type !== "VACATION"),
    absences: absenceViews.filter((a) => a.date >= toIsoDate(today)),
    dagdeelCosts: sortDagdelen(dagdeelCosts.map((d) => d.dagdeel)).map(
      (dagdeel) => dagdeelCosts.find((d) => d.dagdeel === dagdeel)!,
    ),
    siblings: siblings
      .filter((s) => s.id !== child.id && s.careType === careType)
      .map((s) => ({ id: s.id, firstName: s.firstName, careType: s.careType })),
  };
}

// -----------------------------------------------------------------------------------------------------------------
// Roefjes

export type LedgerLine = {
  id: string;
  type: LedgerEntryType;
  minutes: number;
  date: string;
  expiresOn: string;
  note: string;
  derived: boolean;
};
export type RoefjesYear = { year: number; granted: number; available: number; expired: number; spent: number };
export type VacationDay = {
  date: string;
  slots: { dagdeel: Dagdeel; guaranteedIfNow: boolean; request: RequestView | null }[];
};
export type VacationOption = {
  id: string;
  name: string;
  startDate: string;
  endDate: string;
  guaranteeUntil: string;
  guaranteeOpen: boolean;
};

export type RoefjesOverview = {
  child: PlanningChild;
  today: string;
  years: RoefjesYear[];
  ledger: LedgerLine[];
  lots: CreditView["lots"];
  vacations: VacationOption[];
  selected: (VacationOption & { days: VacationDay[] }) | null;
  requests: RequestView[];
  contractWeekdays: number[];
  dagdeelCosts: { dagdeel: Dagdeel; minutes: number }[];
  firstRequestDate: string;
};

/**
 * The Roefjes page of a BSO child: balance per calendar year, the ledger (granted, spent, refunded, expired - expiry
 * derived when no EXPIRED row was written yet), upcoming school vacations and the vacation days of the selected one.
 * This and next year's grant are shown when due even before they are written (the "roefjes.grant" job writes them
 * on 1 January, a vacation request when it spends them), so a parent can plan next year's vacations ahead. Reading
 * the page writes nothing.
 */
export async function getRoefjesOverview(
  user: SessionUser,
  childId: string,
  { now = clockNow(), vacationId }: { now?: Date; vacationId?: string } = {},
): Promise<RoefjesOverview> {
  const today = todayDate(now);
  const child = await loadScopedChild(user, childId, today);
  const year = today.getUTCFullYear();
  const organisationId = child.family.organisationId;
  const horizon = addCalendarDays(today, 400);
  const [settings, calendar, rows, requests] = await Promise.all([
    loadSettings(prisma, organisationId),
    loadOrgCalendar(prisma, organisationId, today, horizon),
    prisma.creditEntry.findMany({
      where: { childId: child.id, kind: "ROEFJES" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        type: true,
        minutes: true,
        lotId: true,
        validFrom: true,
        expiresOn: true,
        createdAt: true,
        note: true,
      },
    }),
    prisma.careRequest.findMany({
      where: { childId: child.id, type: "VACATION" },
      orderBy: [{ date: "asc" }, { dagdeel: "asc" }],
      select: requestSelect,
    }),
  ]);
  const granted = new Set(rows.filter((r) => r.type === "GRANTED").map((r) => r.validFrom.getUTCFullYear()));
  const dueGrants = roefjesGrants(child, [year, year + 1])
    .filter((g) => !granted.has(g.validFrom.getUTCFullYear()))
    .map((g) => ({ ...g, id: `due-${g.note}`, lotId: null, createdAt: g.validFrom }));
  rows.push(...dueGrants);
  const lots = lotsFrom(rows);
  const years = [...new Set(lots.map((l) => l.validFrom.getUTCFullYear()))].sort().map((y) => {
    const yearLots = lots.filter((l) => l.validFrom.getUTCFullYear() === y);
    const { available, expired: derivedExpired } = balanceOn(yearLots, today);
    // Expiry written by the "roefjes.expire" job is expired too, not spent.
    const writtenExpired = rows
      .filter((r) => r.type === "EXPIRED" && r.validFrom.getUTCFullYear() === y)
      .reduce((s, r) => s - r.minutes, 0);
    const expired = derivedExpired + writtenExpired;
    const granted = yearLots
      .filter((l) => l.type === "GRANTED" || l.type === "ADJUSTED")
      .reduce((s, l) => s + l.minutes, 0);
    return { year: y, granted, available, expired, spent: granted - available - expired };
  });
  const ledger: LedgerLine[] = rows.map((r) => ({
    id: r.id,
    type: r.type,
    minutes: r.minutes,
    date: amsterdamDateString(r.createdAt),
    expiresOn: toIsoDate(r.expiresOn),
    note: r.note,
    derived: false,
  }));
  for (const lot of lots) {
    if (lot.remaining > 0 && lot.expiresOn < today)
      ledger.push({
        id: `expired-${lot.id}`,
        type: "EXPIRED",
        minutes: -lot.remaining,
        date: toIsoDate(addCalendarDays(lot.expiresOn, 1)),
        expiresOn: toIsoDate(lot.expiresOn),
        note: "",
        derived: true,
      });
  }
  ledger.sort((a, b) => a.date.localeCompare(b.date));

  const group = groupOn(child, today);
  const startOf = (dagdeel: Dagdeel) => group?.dagdelen.find((d) => d.dagdeel === dagdeel)?.startMinutes ?? 0;
  const requestViews = requests.map((r) => requestView(r, { user, settings, startMinutes: startOf(r.dagdeel), now }));
  // Vacations of the region of the child's location (today's placement, else the latest one).
  const locationId = (group ?? groupOn(child, child.placements.at(-1)?.startDate ?? today))?.locationId ?? "";
  const vacations: VacationOption[] = calendar
    .vacationsAt(locationId)
    .filter((v) => v.endDate >= today)
    .map((v) => {
      const cutoff = guaranteeCutoff(v.startDate, settings.vacationGuaranteeMonths);
      return {
        id: v.id,
        name: v.name,
        startDate: toIsoDate(v.startDate),
        endDate: toIsoDate(v.endDate),
        guaranteeUntil: toIsoDate(cutoff),
        guaranteeOpen: today <= cutoff,
      };
    });
  const chosen = vacations.find((v) => v.id === vacationId) ?? null;
  let selected: RoefjesOverview["selected"] = null;
  const contractWeekdays = [...new Set(bsoVacationDagdelen(child, today).map((d) => d.weekday))];
  if (chosen) {
    const days = datesBetween(dateOnly(chosen.startDate), dateOnly(chosen.endDate))
      .filter((date) => !isWeekend(date) && calendar.closedName(date, locationId) === null && date >= today)
      .map((date) => {
        const iso = toIsoDate(date);
        return {
          date: iso,
          slots: (["OCHTEND", "MIDDAG"] as const).map((dagdeel) => ({
            dagdeel,
            guaranteedIfNow:
              chosen.guaranteeOpen &&
              bsoVacationDagdelen(child, date).some(
                (d) => d.dagdeel === dagdeel && d.weekday === (date.getUTCDay() === 0 ? 7 : date.getUTCDay()),
              ),
            request:
              requestViews.find(
                (r) => r.date === iso && r.dagdeel === dagdeel && r.status !== "CANCELLED" && r.status !== "DECLINED",
              ) ?? null,
          })),
        };
      });
    selected = { ...chosen, days };
  }
  const vacationDagdelen = (group?.dagdelen ?? [])
    .filter((d) => d.dagdeel !== "NASCHOOLS")
    .map((d) => ({ dagdeel: d.dagdeel, minutes: d.endMinutes - d.startMinutes }));
  return {
    child: {
      id: child.id,
      firstName: child.firstName,
      lastName: child.lastName,
      careType: group?.careType ?? null,
      groupName: group?.name ?? null,
    },
    today: toIsoDate(today),
    years,
    ledger,
    lots: creditView(lots, today).lots,
    vacations,
    selected,
    requests: requestViews,
    contractWeekdays,
    dagdeelCosts: vacationDagdelen,
    firstRequestDate: toIsoDate(addCalendarDays(today, settings.requestLeadDays)),
  };
}

// -----------------------------------------------------------------------------------------------------------------
// Staff: attendance list

export type AttendanceSlot = {
  dagdeel: Dagdeel;
  status: "expected" | "absent" | "extra" | "pending";
  reason: AbsenceReason | null;
  comment: string;
  requestType: RequestType | null;
};
export type AttendanceRow = { childId: string; name: string; slots: AttendanceSlot[] };
export type Attendance = {
  groups: { id: string; name: string; careType: CareType }[];
  group: { id: string; name: string; careType: CareType } | null;
  date: string;
  closedName: string | null;
  vacationName: string | null;
  rows: AttendanceRow[];
  totals: { dagdeel: Dagdeel; present: number; capacity: number | null }[];
};

/** Who is expected in a group on a day (contract), who is absent (with reason), and who comes extra (approved). */
export async function getAttendance(
  user: SessionUser,
  { groupId, date, now = clockNow() }: { groupId?: string; date?: string; now?: Date } = {},
): Promise<Attendance> {
  if (isParent(user)) throw new AppError("NOT_FOUND");
  const today = todayDate(now);
  const day = date ? dateOnly(date) : today;
  const groups = await prisma.group.findMany({
    where: { AND: [groupScope(user, today), { active: true }] },
    orderBy: [{ location: { name: "asc" } }, { name: "asc" }],
    select: { id: true, name: true, careType: true, locationId: true, location: { select: { organisationId: true } } },
  });
  const group = groupId ? groups.find((g) => g.id === groupId) : groups[0];
  if (groupId && !group) throw new AppError("NOT_FOUND");
  const base = { groups: groups.map(({ id, name, careType }) => ({ id, name, careType })), date: toIsoDate(day) };
  if (!group) return { ...base, group: null, closedName: null, vacationName: null, rows: [], totals: [] };

  const calendar = await loadOrgCalendar(prisma, group.location.organisationId, day, day);
  const [placed, requests, absences] = await Promise.all([
    prisma.child.findMany({
      where: { placements: { some: { groupId: group.id, ...placementOnDate(day) } } },
      orderBy: { firstName: "asc" },
      select: childCareSelect,
    }),
    prisma.careRequest.findMany({
      where: { groupId: group.id, date: day, status: { in: ["REQUESTED", "APPROVED"] } },
      select: { id: true, childId: true, dagdeel: true, status: true, type: true, child: { select: childCareSelect } },
    }),
    prisma.absence.findMany({
      where: {
        date: day,
        withdrawnAt: null,
        child: { placements: { some: { groupId: group.id, ...placementOnDate(day) } } },
      },
      select: { childId: true, dagdeel: true, reason: true, comment: true, careRequestId: true },
    }),
  ]);
  const closedName = calendar.closedName(day, group.locationId);
  const vacationName = calendar.vacationOn(day, group.locationId)?.name ?? null;
  const inVacation = vacationName !== null;
  const closed = closedName !== null;
  const children = new Map<string, ChildCare>(placed.map((c) => [c.id, c]));
  for (const r of requests) if (!children.has(r.childId)) children.set(r.childId, r.child);
  const rows: AttendanceRow[] = [];
  for (const child of children.values()) {
    const contracted = contractedDagdelen({ date: day, contracts: contractPatterns(child), closed, inVacation });
    const slots: AttendanceSlot[] = [];
    for (const dagdeel of contracted) {
      const absence = absences.find((a) => a.childId === child.id && a.dagdeel === dagdeel && !a.careRequestId);
      slots.push({
        dagdeel,
        status: absence ? "absent" : "expected",
        reason: absence?.reason ?? null,
        comment: absence?.comment ?? "",
        requestType: null,
      });
    }
    for (const r of requests.filter((r) => r.childId === child.id)) {
      // An afgemeld request (extra, vacation or swap day) is absent like a contracted one.
      const absence = absences.find((a) => a.careRequestId === r.id);
      slots.push({
        dagdeel: r.dagdeel,
        status: absence ? "absent" : r.status === "APPROVED" ? "extra" : "pending",
        reason: absence?.reason ?? null,
        comment: absence?.comment ?? "",
        requestType: r.type,
      });
    }
    if (slots.length > 0)
      rows.push({
        childId: child.id,
        name: `${child.firstName} ${child.lastName}`,
        slots: sortDagdelen(slots.map((s) => s.dagdeel)).flatMap((d) => slots.filter((s) => s.dagdeel === d)),
      });
  }
  rows.sort((a, b) => a.name.localeCompare(b.name));
  const dagdelen = sortDagdelen([...new Set(rows.flatMap((r) => r.slots.map((s) => s.dagdeel)))]);
  const totals = await Promise.all(
    dagdelen.map(async (dagdeel) => {
      const occ = await groupOccupancy(prisma, {
        groupId: group.id,
        careType: group.careType,
        date: day,
        dagdeel,
        inVacation,
      });
      return { dagdeel, present: occupancy(occ), capacity: occ.capacity };
    }),
  );
  return {
    ...base,
    group: { id: group.id, name: group.name, careType: group.careType },
    closedName,
    vacationName,
    rows,
    totals,
  };
}

// -----------------------------------------------------------------------------------------------------------------
// Managers: decision queue

export type QueueItem = {
  id: string;
  childName: string;
  familyName: string;
  groupName: string;
  type: RequestType;
  date: string;
  dagdeel: Dagdeel;
  payment: "INVOICE" | "TEGOED" | "ROEFJES";
  costMinutes: number;
  comment: string;
  occupied: number;
  capacity: number | null;
  /** SWAP: the contracted dagdeel given up, and the vervalmoment (ISO instant) if any. */
  swapFrom: { date: string; dagdeel: Dagdeel } | null;
  expiresAt: string | null;
};

/** Pending requests in the manager's locations (beheerder: the organisation), oldest care day first. */
export async function listDecisionQueue(user: SessionUser, now = clockNow()): Promise<QueueItem[]> {
  assertRole(user, "MANAGER", "BEHEERDER");
  const today = todayDate(now);
  const groupIds = await scopedGroupIds(user, today);
  const pending = await prisma.careRequest.findMany({
    // Lapsed swaps (vervalmoment passed) can no longer be decided: they leave the queue.
    where: {
      groupId: { in: groupIds },
      status: "REQUESTED",
      date: { gte: today },
      OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
    },
    orderBy: [{ date: "asc" }, { createdAt: "asc" }],
    take: 200,
    select: {
      id: true,
      groupId: true,
      type: true,
      date: true,
      dagdeel: true,
      payment: true,
      costMinutes: true,
      comment: true,
      swapFromDate: true,
      swapFromDagdeel: true,
      expiresAt: true,
      child: { select: { firstName: true, lastName: true, family: { select: { name: true, organisationId: true } } } },
    },
  });
  if (pending.length === 0) return [];
  const groups = await prisma.group.findMany({
    where: { id: { in: [...new Set(pending.map((p) => p.groupId))] } },
    select: { id: true, name: true, careType: true, locationId: true },
  });
  const organisationId = pending[0].child.family.organisationId;
  const calendar = await loadOrgCalendar(prisma, organisationId, pending[0].date, pending[pending.length - 1].date);
  return Promise.all(
    pending.map(async (p) => {
      const group = groups.find((g) => g.id === p.groupId)!;
      const occ = await groupOccupancy(prisma, {
        groupId: p.groupId,
        careType: group.careType,
        date: p.date,
        dagdeel: p.dagdeel,
        inVacation: !!calendar.vacationOn(p.date, group.locationId),
      });
      return {
        id: p.id,
        childName: `${p.child.firstName} ${p.child.lastName}`,
        familyName: p.child.family.name,
        groupName: group.name,
        type: p.type,
        date: toIsoDate(p.date),
        dagdeel: p.dagdeel,
        payment: p.payment,
        costMinutes: p.costMinutes,
        comment: p.comment,
        occupied: occupancy(occ),
        capacity: occ.capacity,
        swapFrom:
          p.swapFromDate && p.swapFromDagdeel ? { date: toIsoDate(p.swapFromDate), dagdeel: p.swapFromDagdeel } : null,
        expiresAt: p.expiresAt?.toISOString() ?? null,
      };
    }),
  );
}

/** Children a staff member can register for in the attendance page (placed in the group that day). */
export async function listGroupChildren(user: SessionUser, groupId: string, date: string, now = clockNow()) {
  if (isParent(user) || !isUuid(groupId)) throw new AppError("NOT_FOUND");
  const day = dateOnly(date);
  const group = await prisma.group.findFirst({
    where: { AND: [{ id: groupId }, groupScope(user, todayDate(now))] },
    select: { id: true },
  });
  if (!group) throw new AppError("NOT_FOUND");
  const children = await prisma.child.findMany({
    where: { placements: { some: { groupId, ...placementOnDate(day) } } },
    orderBy: { firstName: "asc" },
    select: { id: true, firstName: true, lastName: true },
  });
  return children.map((c) => ({ id: c.id, name: `${c.firstName} ${c.lastName}` }));
}
