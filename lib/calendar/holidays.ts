// Dutch public holidays on which the organisation closes, generated for any year (no table to keep up to date).
// Pure: no database, no clock. Rules (shared/docs/domain.md "The calendar"):
//  - Nieuwjaarsdag 1 January, Eerste and Tweede Kerstdag 25 and 26 December.
//  - Easter-based: Tweede Paasdag (Easter + 1), Hemelvaartsdag (Easter + 39), Tweede Pinksterdag (Easter + 50);
//    Goede Vrijdag (Easter - 2) only when the organisation closes on it. Easter Sunday is the Gregorian computus
//    (the date-easter package; tests/unit/calendar-holidays.test.ts checks it against published years).
//  - Koningsdag 27 April, or 26 April when the 27th is a Sunday.
//  - Bevrijdingsdag 5 May: every year, or only in lustrum years (divisible by 5), per organisation.
// Holidays that fall in a weekend are still listed (the calendar shows them); weekends have no care anyway.
import { gregorianEaster } from "date-easter";
import { addCalendarDays, dateOnly, isoWeekday, toIsoDate } from "../time";

export type BevrijdingsdagRule = "EVERY_YEAR" | "LUSTRUM";

export type HolidaySettings = { bevrijdingsdag: BevrijdingsdagRule; closedOnGoodFriday: boolean };

/** Stable keys: the names shown come from the i18n catalogue (calendar.holidays.<key>). */
export type HolidayKey =
  | "nieuwjaarsdag"
  | "goedeVrijdag"
  | "tweedePaasdag"
  | "koningsdag"
  | "bevrijdingsdag"
  | "hemelvaartsdag"
  | "tweedePinksterdag"
  | "eersteKerstdag"
  | "tweedeKerstdag";

export type Holiday = { date: Date; key: HolidayKey };

/** Dutch names, for rows that need a name without a request locale (seed, audit). */
export const HOLIDAY_NAMES_NL: Record<HolidayKey, string> = {
  nieuwjaarsdag: "Nieuwjaarsdag",
  goedeVrijdag: "Goede Vrijdag",
  tweedePaasdag: "Tweede Paasdag",
  koningsdag: "Koningsdag",
  bevrijdingsdag: "Bevrijdingsdag",
  hemelvaartsdag: "Hemelvaartsdag",
  tweedePinksterdag: "Tweede Pinksterdag",
  eersteKerstdag: "Eerste Kerstdag",
  tweedeKerstdag: "Tweede Kerstdag",
};

/** Easter Sunday of a year (Gregorian), as a calendar date. */
export function easterSunday(year: number): Date {
  const { month, day } = gregorianEaster(year);
  return dateOnly(`${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
}

/** Koningsdag: 27 April, moved to Saturday the 26th when the 27th is a Sunday. */
export function koningsdag(year: number): Date {
  const day = dateOnly(`${year}-04-27`);
  return isoWeekday(day) === 7 ? dateOnly(`${year}-04-26`) : day;
}

export const isLustrumYear = (year: number) => year % 5 === 0;

/** The closed public holidays of one year, in date order. */
export function publicHolidays(year: number, settings: HolidaySettings): Holiday[] {
  const easter = easterSunday(year);
  const days: Holiday[] = [
    { date: dateOnly(`${year}-01-01`), key: "nieuwjaarsdag" },
    { date: addCalendarDays(easter, 1), key: "tweedePaasdag" },
    { date: koningsdag(year), key: "koningsdag" },
    { date: addCalendarDays(easter, 39), key: "hemelvaartsdag" },
    { date: addCalendarDays(easter, 50), key: "tweedePinksterdag" },
    { date: dateOnly(`${year}-12-25`), key: "eersteKerstdag" },
    { date: dateOnly(`${year}-12-26`), key: "tweedeKerstdag" },
  ];
  if (settings.closedOnGoodFriday) days.push({ date: addCalendarDays(easter, -2), key: "goedeVrijdag" });
  if (settings.bevrijdingsdag === "EVERY_YEAR" || isLustrumYear(year))
    days.push({ date: dateOnly(`${year}-05-05`), key: "bevrijdingsdag" });
  return days.sort((a, b) => a.date.getTime() - b.date.getTime());
}

/** The closed public holidays between two dates (inclusive), keyed by "yyyy-MM-dd". */
export function publicHolidaysBetween(from: Date, to: Date, settings: HolidaySettings): Map<string, HolidayKey> {
  const result = new Map<string, HolidayKey>();
  for (let year = from.getUTCFullYear(); year <= to.getUTCFullYear(); year++)
    for (const holiday of publicHolidays(year, settings))
      if (holiday.date >= from && holiday.date <= to) result.set(toIsoDate(holiday.date), holiday.key);
  return result;
}
