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
  contractedVacationDagdelen,
  lotsFrom,
  roefjesLotValidity,
  type ContractPattern,
  formatRoefjes,
  roefjesEntitlement,
  type DagdeelTimes,
  type DeadlineSetting,
  type EntitlementPart,
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

/** The contracted vacation dagdelen of the child's BSO contracts running on `date` (the guarantee's basis). */
export const bsoVacationDagdelen = (child: ChildCare, date: Date) =>
  contractedVacationDagdelen(
    child.contracts
      .filter((c) => c.careType === "BSO" && c.startDate <= date && (!c.endDate || c.endDate >= date))
      .flatMap((c) => c.days),
  );

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
 * The first Roefjes grant of each year in `years`: one GRANTED lot of the child's entitlement that year (pro rata per
 * BSO contract period, rules.roefjesEntitlement), valid 1 January - 31 December, with a note that says why.
 */
type GrantContract = Pick<
  ChildCare["contracts"][number],
  "careType" | "startDate" | "endDate" | "vacationMinutesPerYear"
>;
export type GrantChild = { id: string; contracts: GrantContract[] };

const hours = (minutes: number) => formatRoefjes(minutes);
const shortDate = (date: Date) => toIsoDate(date).split("-").reverse().join("-");

/** "200 Roefjes per jaar × 122/365 dagen (01-09-2027 t/m 31-12-2027)" per contract period: why a grant is what it is. */
export function entitlementNote(year: number, parts: EntitlementPart[]): string {
  const why = parts.map((p) =>
    p.days === p.yearDays
      ? `${hours(p.perYear)} per jaar`
      : `${hours(p.perYear)} per jaar × ${p.days}/${p.yearDays} dagen (${shortDate(p.from)} t/m ${shortDate(p.to)})`,
  );
  return `Roefjes ${year}: ${why.join(" + ")}`;
}

export function roefjesGrants(child: GrantChild, years: number[]) {
  return [...new Set(years)].flatMap((year) => {
    const { validFrom, expiresOn } = roefjesLotValidity(year);
    const { minutes, parts } = roefjesEntitlement(child.contracts, year);
    return minutes > 0
      ? [
          {
            childId: child.id,
            kind: "ROEFJES" as const,
            type: "GRANTED" as const,
            minutes,
            validFrom,
            expiresOn,
            note: entitlementNote(year, parts),
          },
        ]
      : [];
  });
}

/**
 * Brings the Roefjes grants of `years` in line with the contracts (issue 14): the first grant of a year is one GRANTED
 * lot (idempotent through the partial unique index "CreditEntry_granted_once_key"); when the entitlement changes
 * later (vacation hours or contract dates changed), one ADJUSTED delta row with `grantYear` and a note saying why:
 * a positive delta is a lot valid that year, a negative one consumes the year's grant lots (what was already spent
 * stays spent: the balance never goes below zero). Only years that already have a grant, or the years asked for
 * with `firstGrants`, are touched. Runs inside the caller's transaction under lockChild, or opens one.
 */
export async function ensureRoefjesGrants(
  db: DbLike,
  child: GrantChild,
  years: number[],
  {
    actorId = null,
    reason = "",
    firstGrants = true,
  }: { actorId?: string | null; reason?: string; firstGrants?: boolean } = {},
): Promise<number> {
  const options = { actorId, reason, firstGrants };
  if (isClient(db))
    return db.$transaction(async (tx) => {
      await lockChild(tx, child.id);
      return syncGrants(tx, child, years, options);
    });
  return syncGrants(db, child, years, options);
}

const isClient = (db: DbLike): db is Db => "$transaction" in db && "$connect" in db;

async function syncGrants(
  db: Tx,
  child: GrantChild,
  years: number[],
  { actorId, reason, firstGrants }: { actorId: string | null; reason: string; firstGrants: boolean },
): Promise<number> {
  let written = 0;
  for (const year of [...new Set(years)].sort()) {
    const { validFrom, expiresOn } = roefjesLotValidity(year);
    const entitlement = roefjesEntitlement(child.contracts, year);
    const rows = await db.creditEntry.findMany({
      where: {
        childId: child.id,
        kind: "ROEFJES",
        OR: [{ type: "GRANTED", validFrom }, { grantYear: year }],
      },
      select: { id: true, type: true, minutes: true, lotId: true, createdAt: true },
    });
    const granted = rows.find((r) => r.type === "GRANTED");
    if (!granted) {
      if (!firstGrants || entitlement.minutes <= 0) continue;
      written += (await db.creditEntry.createMany({ data: roefjesGrants(child, [year]), skipDuplicates: true })).count;
      continue;
    }
    const current = rows.reduce((sum, r) => sum + r.minutes, 0);
    const delta = entitlement.minutes - current;
    if (delta === 0) continue;
    const note = `${entitlementNote(year, entitlement.parts)}; was ${hours(current)}, nu ${hours(entitlement.minutes)}${reason ? ` (${reason})` : ""}`;
    const base = { childId: child.id, kind: "ROEFJES" as const, type: "ADJUSTED" as const, validFrom, expiresOn };
    if (delta > 0) {
      await db.creditEntry.create({ data: { ...base, minutes: delta, grantYear: year, createdById: actorId, note } });
      written++;
      continue;
    }
    // Take the reduction from the year's grant lots, oldest first; what was already spent is over-consumed on the
    // GRANTED lot (its remaining goes below zero, which balances ignore), so the grant rows always sum to the
    // entitlement.
    const lots = (await loadLots(db, child.id, "ROEFJES")).filter(
      (l) => l.id === granted.id || rows.some((r) => r.id === l.id && r.minutes > 0 && r.lotId === null),
    );
    let open = -delta;
    for (const lot of lots) {
      const take = Math.min(open, Math.max(0, lot.remaining));
      if (take === 0) continue;
      await db.creditEntry.create({
        data: { ...base, minutes: -take, lotId: lot.id, grantYear: year, createdById: actorId, note },
      });
      open -= take;
      written++;
    }
    if (open > 0) {
      await db.creditEntry.create({
        data: { ...base, minutes: -open, lotId: granted.id, grantYear: year, createdById: actorId, note },
      });
      written++;
    }
  }
  return written;
}

/** Re-grants after a contract change: the years that already have a grant, and this year. */
export async function regrantAfterContractChange(
  tx: Tx,
  childId: string,
  today: Date,
  actorId: string,
): Promise<number> {
  await lockChild(tx, childId);
  const child = await tx.child.findUniqueOrThrow({
    where: { id: childId },
    select: {
      id: true,
      contracts: { select: { careType: true, startDate: true, endDate: true, vacationMinutesPerYear: true } },
    },
  });
  const grants = await tx.creditEntry.findMany({
    where: { childId, kind: "ROEFJES", type: "GRANTED" },
    select: { validFrom: true },
  });
  const years = [...new Set([today.getUTCFullYear(), ...grants.map((g) => g.validFrom.getUTCFullYear())])];
  return ensureRoefjesGrants(tx, child, years, { actorId, reason: "contract gewijzigd", firstGrants: false });
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
