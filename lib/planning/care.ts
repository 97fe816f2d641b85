// Loaders shared by planning queries and mutations: a child's contracts and placements, the location calendar
// (lib/calendar), the settings, dagdeel times, the credit ledger, and the transaction locks.
// Callers pass an already scoped `where` (lib/authz); nothing here decides who may see what.
import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { CareType, CreditKind, Dagdeel } from "../generated/prisma/enums";
import type { Db, Tx } from "../db";
import { placementOnDate } from "../authz";
import { toIsoDate } from "../time";
import type { OrgCalendar } from "../calendar/calendar";
import {
  contractedDagdelen,
  lotsFrom,
  roefjesLotValidity,
  type ContractPattern,
  type DagdeelTimes,
  type DeadlineSetting,
  type Lot,
} from "./rules";

export type DbLike = Db | Tx;

export const childCareSelect = {
  id: true,
  firstName: true,
  lastName: true,
  familyId: true,
  family: { select: { organisationId: true } },
  contracts: {
    select: {
      careType: true,
      startDate: true,
      endDate: true,
      vacationMinutesPerYear: true,
      days: { select: { weekday: true, dagdeel: true } },
    },
  },
  placements: {
    orderBy: { startDate: "asc" },
    select: {
      startDate: true,
      endDate: true,
      group: {
        select: {
          id: true,
          name: true,
          careType: true,
          locationId: true,
          location: { select: { dagdelen: { select: { dagdeel: true, startMinutes: true, endMinutes: true } } } },
        },
      },
    },
  },
} satisfies Prisma.ChildSelect;

export type ChildCare = Prisma.ChildGetPayload<{ select: typeof childCareSelect }>;
export type PlacementGroup = {
  id: string;
  name: string;
  careType: CareType;
  locationId: string;
  dagdelen: DagdeelTimes[];
};

export function groupOn(child: ChildCare, date: Date): PlacementGroup | null {
  const placement = child.placements.find((p) => p.startDate <= date && (!p.endDate || p.endDate >= date));
  if (!placement) return null;
  const { location, ...group } = placement.group;
  return { ...group, dagdelen: location.dagdelen };
}

export const contractPatterns = (child: ChildCare): ContractPattern[] =>
  child.contracts.map((c) => ({ careType: c.careType, startDate: c.startDate, endDate: c.endDate, days: c.days }));

/** Weekdays of the child's BSO contracts running on `date` (the pattern the vacation guarantee is based on). */
export const bsoContractWeekdays = (child: ChildCare, date: Date) => [
  ...new Set(
    child.contracts
      .filter((c) => c.careType === "BSO" && c.startDate <= date && (!c.endDate || c.endDate >= date))
      .flatMap((c) => c.days.map((d) => d.weekday)),
  ),
];

// The calendar (closed days, school vacations) is per location: lib/calendar. Re-exported for planning and swap.
export { loadOrgCalendar } from "../calendar/load";
export type { OrgCalendar } from "../calendar/calendar";

/** The contracted dagdelen of a child on one day, with the dagdeel times of the group's location. */
export function contractedSlots(
  child: ChildCare,
  date: Date,
  calendar: OrgCalendar,
): { group: PlacementGroup; dagdeel: DagdeelTimes }[] {
  const group = groupOn(child, date);
  if (!group) return [];
  const dagdelen = contractedDagdelen({
    date,
    contracts: contractPatterns(child),
    closed: calendar.closedName(date, group.locationId) !== null,
    inVacation: !!calendar.vacationOn(date, group.locationId),
  });
  return dagdelen.flatMap((dagdeel) => {
    const times = group.dagdelen.find((d) => d.dagdeel === dagdeel);
    return times ? [{ group, dagdeel: times }] : [];
  });
}

export type PlanningSettings = {
  absenceDeadlineMinutes: number;
  /** Own deadlines per care type and dagdeel (rules.deadlineRuleFor falls back to the general one). */
  absenceDeadlines: DeadlineSetting[];
  tegoedValidityDays: number;
  requestLeadDays: number;
  requestCancelHours: number;
  requestCancelGraceMinutes: number;
  vacationGuaranteeMonths: number;
};

export async function loadSettings(db: DbLike, organisationId: string): Promise<PlanningSettings> {
  return db.organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: {
      absenceDeadlineMinutes: true,
      absenceDeadlines: { select: { careType: true, dagdeel: true, daysBefore: true, minutes: true } },
      tegoedValidityDays: true,
      requestLeadDays: true,
      requestCancelHours: true,
      requestCancelGraceMinutes: true,
      vacationGuaranteeMonths: true,
    },
  });
}

/** All ledger rows of one child and credit kind, folded into lots with what remains of each. */
export async function loadLots(db: DbLike, childId: string, kind: CreditKind): Promise<Lot[]> {
  const rows = await db.creditEntry.findMany({
    where: { childId, kind },
    select: { id: true, type: true, minutes: true, lotId: true, validFrom: true, expiresOn: true, createdAt: true },
  });
  return lotsFrom(rows);
}

/**
 * The Roefjes grant of each year in `years` for a child with a BSO contract running in that year: one GRANTED lot of
 * the contract's vacation minutes, valid 1 January - 31 December. Decision: the full yearly amount, not pro rata for
 * contracts starting mid-year (a beheerder can correct with an ADJUSTED row).
 */
type GrantContract = Pick<
  ChildCare["contracts"][number],
  "careType" | "startDate" | "endDate" | "vacationMinutesPerYear"
>;
export type GrantChild = { id: string; contracts: GrantContract[] };

export function roefjesGrants(child: GrantChild, years: number[]) {
  return [...new Set(years)].flatMap((year) => {
    const { validFrom, expiresOn } = roefjesLotValidity(year);
    const minutes = Math.max(
      0,
      ...child.contracts
        .filter((c) => c.careType === "BSO" && c.startDate <= expiresOn && (!c.endDate || c.endDate >= validFrom))
        .map((c) => c.vacationMinutesPerYear),
    );
    return minutes > 0
      ? [
          {
            childId: child.id,
            kind: "ROEFJES" as const,
            type: "GRANTED" as const,
            minutes,
            validFrom,
            expiresOn,
            note: `Roefjes ${year}`,
          },
        ]
      : [];
  });
}

/**
 * Writes the Roefjes grants of `years` (see roefjesGrants). Idempotent through the partial unique index
 * "CreditEntry_granted_once_key" (ON CONFLICT DO NOTHING). Called by the "roefjes.grant" job on 1 January and by
 * the vacation requests of a year; pages only show a grant that is due (never write on GET).
 */
export async function ensureRoefjesGrants(db: DbLike, child: GrantChild, years: number[]): Promise<number> {
  const data = roefjesGrants(child, years);
  if (data.length === 0) return 0;
  return (await db.creditEntry.createMany({ data, skipDuplicates: true })).count;
}

// SECURITY/CONSISTENCY-CRITICAL: every write that reads a child's balance and then spends or reverses it runs inside
// one transaction that first takes this lock, so two simultaneous requests never spend the same minutes twice.
export async function lockChild(tx: Tx, childId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`planning:child:${childId}`}))`;
}

/** Serialises capacity decisions for one group, day and dagdeel (two auto-approvals cannot both take the last place). */
export async function lockGroupDagdeel(tx: Tx, groupId: string, date: Date, dagdeel: Dagdeel): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`planning:group:${groupId}:${toIsoDate(date)}:${dagdeel}`}))`;
}

/** Occupancy of a group's dagdeel on a day: expected by contract, minus absences, plus approved requests. */
export async function groupOccupancy(
  db: DbLike,
  {
    groupId,
    careType,
    date,
    dagdeel,
    inVacation,
  }: { groupId: string; careType: CareType; date: Date; dagdeel: Dagdeel; inVacation: boolean },
) {
  const weekday = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
  const placedHere = { placements: { some: { groupId, ...placementOnDate(date) } } } satisfies Prisma.ChildWhereInput;
  const contractRuns = {
    startDate: { lte: date },
    OR: [{ endDate: null }, { endDate: { gte: date } }],
    days: { some: { weekday, dagdeel } },
  } satisfies Prisma.ContractWhereInput;
  // BSO after-school contracts do not run in school vacations (see rules.contractedDagdelen).
  const contractedToday =
    careType === "BSO" && inVacation ? null : { ...placedHere, contracts: { some: contractRuns } };
  const [expected, absent, approvedExtras, capacity] = await Promise.all([
    contractedToday ? db.child.count({ where: contractedToday }) : Promise.resolve(0),
    contractedToday
      ? db.absence.count({ where: { date, dagdeel, withdrawnAt: null, careRequestId: null, child: contractedToday } })
      : Promise.resolve(0),
    // An afgemeld request keeps its status but frees its place.
    db.careRequest.count({
      where: { groupId, date, dagdeel, status: "APPROVED", absences: { none: { withdrawnAt: null } } },
    }),
    db.groupCapacity.findUnique({ where: { groupId_dagdeel: { groupId, dagdeel } }, select: { capacity: true } }),
  ]);
  return { expected, absent, approvedExtras, capacity: capacity?.capacity ?? null };
}
