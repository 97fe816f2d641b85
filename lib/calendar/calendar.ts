// A location's calendar, assembled from the organisation's settings and rows: is this a closed day here (public
// holiday, an organisation-wide closed day, or a closed day of this location), and which school vacation of the
// location's region is it in? Pure: lib/calendar/load.ts reads the rows, everything that asks "is this a care day /
// vacation day here" (lib/planning, lib/swap) asks this object, with the location of the child's group that day.
import { toIsoDate } from "../time";
import { HOLIDAY_NAMES_NL, type HolidaySettings, publicHolidaysBetween } from "./holidays";
import type { SchoolRegion } from "./school-vacations";

export type VacationPeriod = {
  id: string;
  name: string;
  region: SchoolRegion | null;
  startDate: Date;
  endDate: Date;
};
export type ClosedDayRow = { date: Date; name: string; locationId: string | null };

export type OrgCalendar = {
  /** Why the location is closed on `date` (holiday or closed-day name), or null on an open day. */
  closedName(date: Date, locationId: string): string | null;
  /** The school vacation of the location's region that `date` falls in. */
  vacationOn(date: Date, locationId: string): VacationPeriod | undefined;
  /** Every loaded vacation of the location's region, in date order. */
  vacationsAt(locationId: string): VacationPeriod[];
};

export function buildCalendar({
  from,
  to,
  settings,
  closedDays,
  vacations,
  regions,
}: {
  from: Date;
  to: Date;
  settings: HolidaySettings;
  closedDays: ClosedDayRow[];
  vacations: VacationPeriod[];
  /** Region per location id of the organisation. */
  regions: Map<string, SchoolRegion>;
}): OrgCalendar {
  const holidays = publicHolidaysBetween(from, to, settings);
  const orgClosed = new Map<string, string>();
  const locationClosed = new Map<string, string>();
  for (const row of closedDays) {
    const iso = toIsoDate(row.date);
    if (row.locationId === null) orgClosed.set(iso, row.name);
    else locationClosed.set(`${row.locationId}|${iso}`, row.name);
  }
  const sorted = [...vacations].sort((a, b) => a.startDate.getTime() - b.startDate.getTime());
  // A location whose region is unknown (not loaded) only gets the national vacations: never someone else's region.
  const vacationsAt = (locationId: string) => {
    const region = regions.get(locationId) ?? null;
    return sorted.filter((v) => v.region === null || v.region === region);
  };
  return {
    closedName(date, locationId) {
      const iso = toIsoDate(date);
      const holiday = holidays.get(iso);
      if (holiday) return HOLIDAY_NAMES_NL[holiday];
      return orgClosed.get(iso) ?? locationClosed.get(`${locationId}|${iso}`) ?? null;
    },
    vacationOn(date, locationId) {
      return vacationsAt(locationId).find((v) => date >= v.startDate && date <= v.endDate);
    },
    vacationsAt,
  };
}
