// Calendar logic lives in Europe/Amsterdam. Care days are calendar dates: we carry them as `Date` values at UTC
// midnight (what Prisma returns for @db.Date columns) and as "yyyy-MM-dd" strings at the edges; deadlines are
// instants computed from Amsterdam wall-clock time, so DST changes move them correctly.
import { TZDate } from "@date-fns/tz";
import { addDays, format } from "date-fns";
import { now as clockNow } from "./clock";

export const TIME_ZONE = "Europe/Amsterdam";

/** The Amsterdam calendar date of an instant, as "yyyy-MM-dd". */
export function amsterdamDateString(instant: Date = clockNow()): string {
  return format(new TZDate(instant.getTime(), TIME_ZONE), "yyyy-MM-dd");
}

/** "yyyy-MM-dd" -> Date at UTC midnight (the @db.Date representation). */
export function dateOnly(isoDate: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new Error(`not a date: ${isoDate}`);
  const value = new Date(`${isoDate}T00:00:00.000Z`);
  if (Number.isNaN(value.getTime()) || value.toISOString().slice(0, 10) !== isoDate)
    throw new Error(`not a date: ${isoDate}`);
  return value;
}

/** Years a date typed into the portal may have: a birth date from 1900, planning up to 2199. */
export const CALENDAR_YEARS = { min: 1900, max: 2199 } as const;

/**
 * Whether a typed "yyyy-MM-dd" is a real calendar date the portal can work with. A real date far out of range
 * (9999-12-30) passes dateOnly but breaks date arithmetic a day later ("+010000-01-01"), so forms refuse it as a
 * field error instead of failing inside the data layer.
 */
export function isCalendarDate(value: string): boolean {
  try {
    const year = dateOnly(value).getUTCFullYear();
    return year >= CALENDAR_YEARS.min && year <= CALENDAR_YEARS.max;
  } catch {
    return false;
  }
}

/**
 * Whether a typed "yyyy-MM-ddTHH:mm" (an <input type="datetime-local"> value) is a real calendar date and a real
 * wall-clock time: "2026-02-30T10:00" and "2026-03-01T25:99" are not.
 */
export function isCalendarDateTime(value: string): boolean {
  const match = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  return match !== null && isCalendarDate(match[1]);
}

/** Date at UTC midnight -> "yyyy-MM-dd". */
export const toIsoDate = (date: Date) => date.toISOString().slice(0, 10);

/** Today's Amsterdam calendar date as a @db.Date value. */
export const todayDate = (now: Date = clockNow()) => dateOnly(amsterdamDateString(now));

export const addCalendarDays = (date: Date, days: number) => dateOnly(toIsoDate(addDays(date, days)));

/** The instant at which the given Amsterdam wall-clock minute of a calendar day occurs. */
export function amsterdamInstant(date: Date, minutesAfterMidnight: number): Date {
  const [y, m, d] = toIsoDate(date).split("-").map(Number);
  const hours = Math.floor(minutesAfterMidnight / 60);
  const minutes = minutesAfterMidnight % 60;
  return new Date(new TZDate(y, m - 1, d, hours, minutes, 0, TIME_ZONE).getTime());
}

const wallClockMinutes = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});
/** Minutes after midnight on the Amsterdam wall clock at `instant` (for "has today's 09:00 passed?" in forms). */
export function amsterdamMinutes(instant: Date): number {
  const [h, m] = wallClockMinutes.format(instant).split(":").map(Number);
  return h * 60 + m;
}

/** ISO weekday (1 = Monday .. 7 = Sunday) of a calendar date. */
export function isoWeekday(date: Date): number {
  const day = date.getUTCDay();
  return day === 0 ? 7 : day;
}

/** "HH:mm" (24-hour wall clock) -> minutes after midnight; null for anything else. */
export function minutesFromClock(value: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** Minutes after midnight -> "HH:mm" (dagdeel times, deadlines, quiet hours); "" when there is no value. */
export function clockFromMinutes(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined) return "";
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
