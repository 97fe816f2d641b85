// Pure planning rules: no database, no clock. Every function takes the dates and instants it needs, so the rules are
// unit-tested with fixed dates (DST changes, year end) and the DAL passes `now`/`today` in.
//
// Units: care days are @db.Date values (UTC midnight, see lib/time.ts); credit is integer minutes (1 Roefje = 60).
import { addMonths } from "date-fns";
import type { CareType, Dagdeel, LedgerEntryType } from "../generated/prisma/enums";
import { addCalendarDays, amsterdamInstant, dateOnly, isoWeekday, toIsoDate } from "../time";

export const MINUTES_PER_ROEFJE = 60;
/** A period absence or a vacation request never spans more than this many days (bounds the work per action). */
export const MAX_PERIOD_DAYS = 92;

export type DagdeelTimes = { dagdeel: Dagdeel; startMinutes: number; endMinutes: number };
export type ContractPattern = {
  careType: CareType;
  startDate: Date;
  endDate: Date | null;
  days: { weekday: number; dagdeel: Dagdeel }[];
};
export type Period = { startDate: Date; endDate: Date };

export const dagdeelMinutes = (times: Pick<DagdeelTimes, "startMinutes" | "endMinutes">) =>
  times.endMinutes - times.startMinutes;

export const isWeekend = (date: Date) => isoWeekday(date) >= 6;

export const inPeriod = (date: Date, period: Period) => date >= period.startDate && date <= period.endDate;

export const findPeriod = <P extends Period>(date: Date, periods: P[]): P | undefined =>
  periods.find((p) => inPeriod(date, p));

/** Calendar dates from..to inclusive. */
export function datesBetween(from: Date, to: Date): Date[] {
  const dates: Date[] = [];
  for (let d = from; d <= to; d = addCalendarDays(d, 1)) dates.push(d);
  return dates;
}

/** Dagdelen a care type offers: KDV mornings/afternoons; BSO after school on school days, whole days in vacations. */
export function dagdelenFor(careType: CareType, inVacation: boolean): Dagdeel[] {
  if (careType === "KDV") return ["OCHTEND", "MIDDAG"];
  return inVacation ? ["OCHTEND", "MIDDAG"] : ["NASCHOOLS"];
}

/**
 * The contracted dagdelen of one day. Closed days and weekends have none. BSO after-school care does not run in
 * school vacations: vacation days are requested separately (Roefjes), so a BSO contract yields nothing there.
 */
export function contractedDagdelen({
  date,
  contracts,
  closed,
  inVacation,
}: {
  date: Date;
  contracts: ContractPattern[];
  closed: boolean;
  inVacation: boolean;
}): Dagdeel[] {
  if (closed || isWeekend(date)) return [];
  const weekday = isoWeekday(date);
  const result = new Set<Dagdeel>();
  for (const contract of contracts) {
    if (contract.startDate > date || (contract.endDate && contract.endDate < date)) continue;
    if (contract.careType === "BSO" && inVacation) continue;
    for (const day of contract.days) {
      // A BSO contract's OCHTEND/MIDDAG days are vacation dagdelen (a vacation-only contract): no school-day care.
      if (contract.careType === "BSO" && day.dagdeel !== "NASCHOOLS") continue;
      if (day.weekday === weekday) result.add(day.dagdeel);
    }
  }
  return ORDER.filter((d) => result.has(d));
}

const ORDER: Dagdeel[] = ["OCHTEND", "MIDDAG", "NASCHOOLS"];
export const sortDagdelen = (dagdelen: Dagdeel[]) => ORDER.filter((d) => dagdelen.includes(d));

// ---------------------------------------------------------------------------------------------------------------
// Absence and tegoed

/** The instant until which an absence for `date` earns tegoed and may still be changed or withdrawn. */
export const absenceDeadline = (date: Date, deadlineMinutes: number) => amsterdamInstant(date, deadlineMinutes);

/** An absence deadline: before `minutes` (Amsterdam wall clock) on the day `daysBefore` days before the care day. */
export type DeadlineRule = { daysBefore: number; minutes: number };
export type DeadlineSetting = DeadlineRule & { careType: CareType; dagdeel: Dagdeel };

/** The care types and dagdelen a deadline can be set for (BSO OCHTEND/MIDDAG are vacation days). */
export const DEADLINE_SLOTS: { careType: CareType; dagdeel: Dagdeel }[] = [
  { careType: "KDV", dagdeel: "OCHTEND" },
  { careType: "KDV", dagdeel: "MIDDAG" },
  { careType: "BSO", dagdeel: "NASCHOOLS" },
  { careType: "BSO", dagdeel: "OCHTEND" },
  { careType: "BSO", dagdeel: "MIDDAG" },
];

/** The deadline rule of a care type and dagdeel: its own setting, else the general deadline on the day itself. */
export const deadlineRuleFor = (
  settings: { absenceDeadlineMinutes: number; absenceDeadlines: DeadlineSetting[] },
  careType: CareType,
  dagdeel: Dagdeel,
): DeadlineRule => {
  const own = settings.absenceDeadlines.find((d) => d.careType === careType && d.dagdeel === dagdeel);
  return own
    ? { daysBefore: own.daysBefore, minutes: own.minutes }
    : { daysBefore: 0, minutes: settings.absenceDeadlineMinutes };
};

export type DeadlineFormRule = DeadlineRule & { dagdeel: Dagdeel };
export type DeadlineHint = { dagdeel: Dagdeel; day: string; minutes: number; passed: boolean };

/**
 * What the afmelden form says for a chosen care day (ISO): per dagdeel the day and wall-clock time of its deadline, and
 * whether that has passed. Pure string and integer logic so the form can recompute it as the parent picks a day.
 */
export function deadlineHints({
  date,
  today,
  nowMinutes,
  rules,
}: {
  date: string;
  today: string;
  /** Minutes after midnight on the Amsterdam wall clock now (lib/time.amsterdamMinutes). */
  nowMinutes: number;
  rules: (DeadlineRule & { dagdeel: Dagdeel })[];
}): DeadlineHint[] {
  return rules.map((rule) => {
    const day = toIsoDate(addCalendarDays(dateOnly(date), -rule.daysBefore));
    return {
      dagdeel: rule.dagdeel,
      day,
      minutes: rule.minutes,
      passed: day < today || (day === today && nowMinutes >= rule.minutes),
    };
  });
}

/** The instant of a deadline rule for the care day `date` (DST-correct: the wall clock of that earlier day). */
export const deadlineAt = (date: Date, rule: DeadlineRule) =>
  amsterdamInstant(addCalendarDays(date, -rule.daysBefore), rule.minutes);

/** Tegoed for an absence: the dagdeel's minutes when reported before the deadline, nothing on closed days. */
export function earnedMinutesFor({
  date,
  reportedAt,
  deadlineMinutes,
  closed,
  dagdeel,
}: {
  date: Date;
  reportedAt: Date;
  deadlineMinutes: number;
  closed: boolean;
  dagdeel: DagdeelTimes;
}): number {
  if (closed) return 0;
  return reportedAt < absenceDeadline(date, deadlineMinutes) ? dagdeelMinutes(dagdeel) : 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Afmelden of every booked dagdeel: what it gives back (the organisation's rules, lib/planning/README.md)

/** What a booked dagdeel is: contracted care, or a request of one of these types. */
export type Booking = "CONTRACT" | "EXTRA" | "TEGOED" | "VACATION" | "SWAP";

/**
 * What afmelden does with one booked dagdeel:
 *  - "cancel": the request is cancelled as if the parent had cancelled it: everything it spent comes back with its
 *    own validity, nothing is invoiced, the place is free again. For pending requests (nothing was promised yet) and
 *    for approved requests while the cancel window is still open (ruildagen excepted: cancelling a swap gives the
 *    contracted day back, which afmelden does not ask for).
 *  - "absence": the dagdeel stays booked and becomes an absence; before the absence deadline of the day it gives back:
 *      CONTRACT and EXTRA (paid care, on the contract or the invoice) -> tegoed of the dagdeel's minutes (EARNED);
 *      TEGOED (paid with tegoed) -> the tegoed it spent (REFUNDED, the validity it had);
 *      VACATION (paid with Roefjes) -> the Roefjes it spent (REFUNDED, same calendar year);
 *      SWAP (a ruildag, like for like) -> nothing: a ruildag is not turned into tegoed or swapped again.
 *    After the deadline, or on a closed day, it gives back nothing.
 */
export type AfmeldOutcome =
  | { action: "cancel" }
  | { action: "absence"; gives: "EARNED_TEGOED" | "REFUND_TEGOED" | "REFUND_ROEFJES" | "NOTHING" };

export function afmeldOutcome({
  booking,
  status,
  now,
  cancelUntil,
  deadline,
  closed,
}: {
  booking: Booking;
  /** The request's status (CONTRACT: "APPROVED"). */
  status: "REQUESTED" | "APPROVED";
  now: Date;
  /** Until when the request can be cancelled (cancelDeadline); null for contracted dagdelen. */
  cancelUntil: Date | null;
  /** The absence deadline of this day and dagdeel. */
  deadline: Date;
  closed: boolean;
}): AfmeldOutcome {
  if (booking !== "CONTRACT") {
    if (status === "REQUESTED") return { action: "cancel" };
    if (booking !== "SWAP" && cancelUntil && now < cancelUntil) return { action: "cancel" };
  }
  if (closed || now >= deadline) return { action: "absence", gives: "NOTHING" };
  switch (booking) {
    case "CONTRACT":
    case "EXTRA":
      return { action: "absence", gives: "EARNED_TEGOED" };
    case "TEGOED":
      return { action: "absence", gives: "REFUND_TEGOED" };
    case "VACATION":
      return { action: "absence", gives: "REFUND_ROEFJES" };
    case "SWAP":
      return { action: "absence", gives: "NOTHING" };
  }
}

/**
 * Validity of an earned tegoed lot. Decision: usable from the day it was reported, until `validityDays` after the
 * missed care day (an absence reported weeks ahead does not lose validity by being reported early).
 */
export const tegoedLotValidity = ({
  absenceDate,
  reportedOn,
  validityDays,
}: {
  absenceDate: Date;
  reportedOn: Date;
  validityDays: number;
}) => ({
  validFrom: reportedOn,
  expiresOn: addCalendarDays(absenceDate, validityDays),
});

export type VacationContract = {
  careType: CareType;
  startDate: Date;
  endDate: Date | null;
  vacationMinutesPerYear: number;
};
export type EntitlementPart = {
  from: Date;
  to: Date;
  days: number;
  yearDays: number;
  perYear: number;
  minutes: number;
};

/**
 * The Roefjes a child is entitled to in a calendar year (issue 14): per BSO contract running in that year its yearly
 * vacation minutes pro rata for the days it runs that year (whole minutes, rounded half up), summed over the contract
 * periods. A contract from 1 September to 31 December gives 122/365 of its hours; a change of hours on 1 July is two
 * periods, each with its share.
 */
export function roefjesEntitlement(
  contracts: VacationContract[],
  year: number,
): { minutes: number; parts: EntitlementPart[] } {
  const { validFrom, expiresOn } = roefjesLotValidity(year);
  const yearDays = daysBetween(validFrom, expiresOn);
  const parts = contracts
    .filter((c) => c.careType === "BSO" && c.vacationMinutesPerYear > 0)
    .filter((c) => c.startDate <= expiresOn && (!c.endDate || c.endDate >= validFrom))
    .map((c) => {
      const from = new Date(Math.max(c.startDate.getTime(), validFrom.getTime()));
      const to = c.endDate && c.endDate < expiresOn ? c.endDate : expiresOn;
      const days = daysBetween(from, to);
      const minutes = Math.floor((c.vacationMinutesPerYear * days * 2 + yearDays) / (2 * yearDays));
      return { from, to, days, yearDays, perYear: c.vacationMinutesPerYear, minutes };
    })
    .sort((a, b) => a.from.getTime() - b.from.getTime());
  return { minutes: parts.reduce((sum, p) => sum + p.minutes, 0), parts };
}

/** Calendar days from..to inclusive (care days are UTC midnights, so this is exact). */
const daysBetween = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / 86_400_000) + 1;

/** Roefjes of a calendar year are valid from 1 January to 31 December of that year. */
export const roefjesLotValidity = (year: number) => ({
  validFrom: dateOnly(`${year}-01-01`),
  expiresOn: dateOnly(`${year}-12-31`),
});

// ---------------------------------------------------------------------------------------------------------------
// Ledger: lots, balances and oldest-first spending

export type LedgerRow = {
  id: string;
  type: LedgerEntryType;
  minutes: number;
  lotId: string | null;
  validFrom: Date;
  expiresOn: Date;
  createdAt: Date;
};
export type Lot = {
  id: string;
  type: LedgerEntryType;
  minutes: number;
  remaining: number;
  validFrom: Date;
  expiresOn: Date;
  createdAt: Date;
};

/** A row is a lot (credit with its own validity) when it is positive and consumes nothing. */
export const isLot = (row: Pick<LedgerRow, "minutes" | "lotId">) => row.minutes > 0 && row.lotId === null;

/** Lots with what remains of each: the lot's minutes plus the (negative) rows that point at it. Integers only. */
export function lotsFrom(rows: LedgerRow[]): Lot[] {
  const consumed = new Map<string, number>();
  for (const row of rows) if (row.lotId) consumed.set(row.lotId, (consumed.get(row.lotId) ?? 0) + row.minutes);
  return rows
    .filter(isLot)
    .map((row) => ({
      id: row.id,
      type: row.type,
      minutes: row.minutes,
      remaining: row.minutes + (consumed.get(row.id) ?? 0),
      validFrom: row.validFrom,
      expiresOn: row.expiresOn,
      createdAt: row.createdAt,
    }))
    .sort(fifo);
}

/** Oldest credit first: the lot that expires first is spent first; ties by creation. */
export const fifo = (a: Pick<Lot, "expiresOn" | "createdAt" | "id">, b: Pick<Lot, "expiresOn" | "createdAt" | "id">) =>
  a.expiresOn.getTime() - b.expiresOn.getTime() ||
  a.createdAt.getTime() - b.createdAt.getTime() ||
  a.id.localeCompare(b.id);

/**
 * Balance on a day: what remains of lots still valid that day. Lots that expired before `today` count as expired,
 * derived here, so balances are right whether or not the expiry job has written EXPIRED rows.
 */
export function balanceOn(lots: Lot[], today: Date): { available: number; expired: number } {
  let available = 0;
  let expired = 0;
  for (const lot of lots) {
    if (lot.remaining <= 0) continue;
    if (lot.expiresOn < today) expired += lot.remaining;
    else available += lot.remaining;
  }
  return { available, expired };
}

/** Lots that can pay for care on `careDate`: valid that day (Roefjes of that year; tegoed not yet expired). */
export const usableLots = (lots: Lot[], careDate: Date) =>
  lots.filter((lot) => lot.remaining > 0 && lot.validFrom <= careDate && lot.expiresOn >= careDate);

export type SpendPart = { lotId: string; minutes: number };

/** Oldest-first spending plan for `cost` minutes on `careDate`, or null when the usable balance is insufficient. */
export function planSpend(lots: Lot[], cost: number, careDate: Date): SpendPart[] | null {
  if (!Number.isInteger(cost) || cost < 0) throw new Error("cost must be whole minutes");
  const parts: SpendPart[] = [];
  let open = cost;
  for (const lot of usableLots(lots, careDate).sort(fifo)) {
    if (open === 0) break;
    const take = Math.min(open, lot.remaining);
    parts.push({ lotId: lot.id, minutes: take });
    open -= take;
  }
  return open === 0 ? parts : null;
}

/**
 * Spending plan for several care days at once (a batch): each item spends from what the previous items left, so a
 * batch either fits the balance completely or is refused completely (nothing is lost).
 */
export function planBatchSpend(
  lots: Lot[],
  items: { key: string; cost: number; date: Date }[],
): Map<string, SpendPart[]> | null {
  const working = lots.map((lot) => ({ ...lot }));
  const plans = new Map<string, SpendPart[]>();
  for (const item of items) {
    const plan = planSpend(working, item.cost, item.date);
    if (!plan) return null;
    for (const part of plan) working.find((l) => l.id === part.lotId)!.remaining -= part.minutes;
    plans.set(item.key, plan);
  }
  return plans;
}

/** Minutes usable for care on `careDate` (the "balance" shown next to a request form for that day). */
export const usableMinutes = (lots: Lot[], careDate: Date) =>
  usableLots(lots, careDate).reduce((sum, lot) => sum + lot.remaining, 0);

/** "5,5" Roefjes from 330 minutes, computed with integers (hundredths, rounded half up). */
export function formatRoefjes(minutes: number, locale = "nl"): string {
  const sign = minutes < 0 ? "-" : "";
  const hundredths = Math.floor((Math.abs(minutes) * 100 + 30) / 60);
  const whole = Math.floor(hundredths / 100);
  const frac = hundredths % 100;
  const sep = locale === "en" ? "." : ",";
  if (frac === 0) return `${sign}${whole}`;
  return `${sign}${whole}${sep}${String(frac).padStart(2, "0").replace(/0$/, "")}`;
}

/** "2 u 30 min" style duration from minutes (integers). */
export function formatHoursMinutes(minutes: number): { hours: number; minutes: number; negative: boolean } {
  const abs = Math.abs(minutes);
  return { hours: Math.floor(abs / 60), minutes: abs % 60, negative: minutes < 0 };
}

// ---------------------------------------------------------------------------------------------------------------
// Requests: lead time, cancel window, guarantee, capacity

/** Parents may request themselves up to `leadDays` days before the care day; after that only the group can. */
export const selfServiceOpen = ({ date, today, leadDays }: { date: Date; today: Date; leadDays: number }) =>
  date >= addCalendarDays(today, leadDays);

/** `cancelHours` real hours before the dagdeel starts (Amsterdam time): the organisation's cancel window. */
export const cancelDeadline = ({
  date,
  startMinutes,
  cancelHours,
}: {
  date: Date;
  startMinutes: number;
  cancelHours: number;
}) => new Date(amsterdamInstant(date, startMinutes).getTime() - cancelHours * 3600_000);

/**
 * Until when a parent may cancel a request (issue 14: lead time and cancel window consistent, a request is never fixed
 * the moment it is made):
 *  - pending (REQUESTED): until the dagdeel starts: nothing was promised yet;
 *  - approved: until the cancel window closes (`cancelHours` before the dagdeel starts), but never earlier than
 *    `graceMinutes` after it became binding (made, or approved by a manager), and never after the dagdeel starts.
 */
export function requestCancelUntil({
  date,
  startMinutes,
  cancelHours,
  graceMinutes,
  status,
  bindingSince,
}: {
  date: Date;
  startMinutes: number;
  cancelHours: number;
  graceMinutes: number;
  status: "REQUESTED" | "APPROVED";
  /** When the request became binding: its decision, else when it was made. */
  bindingSince: Date;
}): Date {
  const start = amsterdamInstant(date, startMinutes);
  if (status === "REQUESTED") return start;
  const window = cancelDeadline({ date, startMinutes, cancelHours });
  const grace = new Date(bindingSince.getTime() + graceMinutes * 60_000);
  return new Date(Math.min(start.getTime(), Math.max(window.getTime(), grace.getTime())));
}

/** The last day on which a request for `vacation` is still early enough to be guaranteed. */
export const guaranteeCutoff = (vacationStart: Date, months: number) =>
  dateOnly(toIsoDate(addMonths(vacationStart, -months)));

/**
 * The vacation dagdelen a BSO contract fixes ("dagdelen as fixed in the contract"): an after-school weekday means that
 * whole vacation day (OCHTEND + MIDDAG); a vacation-only contract (issue 14) names its vacation dagdelen itself as
 * OCHTEND/MIDDAG contract days.
 */
export function contractedVacationDagdelen(days: { weekday: number; dagdeel: Dagdeel }[]) {
  const result = new Map<string, { weekday: number; dagdeel: Dagdeel }>();
  for (const day of days) {
    const dagdelen: Dagdeel[] = day.dagdeel === "NASCHOOLS" ? ["OCHTEND", "MIDDAG"] : [day.dagdeel];
    for (const dagdeel of dagdelen) result.set(`${day.weekday}|${dagdeel}`, { weekday: day.weekday, dagdeel });
  }
  return [...result.values()].sort((a, b) => a.weekday - b.weekday || a.dagdeel.localeCompare(b.dagdeel));
}

/**
 * The Roef guarantee for BSO vacation care: a contracted vacation dagdeel (contractedVacationDagdelen) requested on or
 * before the day `months` months before the vacation starts -> guaranteed (approved automatically, regardless of
 * capacity).
 */
export function isGuaranteed({
  date,
  dagdeel,
  contracted,
  vacation,
  today,
  months,
}: {
  date: Date;
  dagdeel: Dagdeel;
  contracted: { weekday: number; dagdeel: Dagdeel }[];
  vacation: Period;
  today: Date;
  months: number;
}): boolean {
  if (!inPeriod(date, vacation)) return false;
  if (dagdeel !== "OCHTEND" && dagdeel !== "MIDDAG") return false;
  if (!contracted.some((d) => d.weekday === isoWeekday(date) && d.dagdeel === dagdeel)) return false;
  return today <= guaranteeCutoff(vacation.startDate, months);
}

/** Occupancy of a group's dagdeel: children expected by contract, minus absences, plus approved extra requests. */
export const occupancy = ({
  expected,
  absent,
  approvedExtras,
}: {
  expected: number;
  absent: number;
  approvedExtras: number;
}) => expected - absent + approvedExtras;

/** Auto-approve when one more child still fits the group's capacity for that dagdeel. No capacity row = no auto-approval. */
export const capacityAllows = ({ occupied, capacity }: { occupied: number; capacity: number | null }) =>
  capacity !== null && occupied < capacity;
