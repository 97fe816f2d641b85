// Calendar reads for the beheer page (/beheer/vakanties). BEHEERDER only (NOT_FOUND otherwise), always inside the
// beheerder's own organisation; plain DTOs with "yyyy-MM-dd" dates.
import "server-only";
import { prisma } from "../db";
import { assertRole, type SessionUser } from "../authz";
import { now as clockNow } from "../clock";
import { todayDate, toIsoDate } from "../time";
import { type BevrijdingsdagRule, type HolidayKey, publicHolidays } from "./holidays";
import { type SchoolRegion, schoolYearOf, schoolYearVacations } from "./school-vacations";

export type SchoolVacationView = {
  id: string;
  name: string;
  region: SchoolRegion | null;
  startDate: string;
  endDate: string;
};

export type CalendarAdmin = {
  year: number;
  settings: { bevrijdingsdag: BevrijdingsdagRule; closedOnGoodFriday: boolean };
  locations: { id: string; name: string; region: SchoolRegion }[];
  holidays: { date: string; key: HolidayKey }[];
  vacations: SchoolVacationView[];
  closedDays: { id: string; date: string; name: string; locationId: string | null }[];
  /** School years a beheerder can generate: this one and the next three, and whether we ship published dates. */
  schoolYears: { schoolYear: number; published: boolean }[];
};

export async function listSchoolVacations(user: SessionUser): Promise<SchoolVacationView[]> {
  assertRole(user, "BEHEERDER");
  const rows = await prisma.schoolVacation.findMany({
    where: { organisationId: user.organisationId },
    orderBy: [{ startDate: "asc" }, { region: "asc" }],
    select: { id: true, name: true, region: true, startDate: true, endDate: true },
  });
  return rows.map((r) => ({ ...r, startDate: toIsoDate(r.startDate), endDate: toIsoDate(r.endDate) }));
}

/** Everything the calendar page shows. Past vacations and closed days older than a year are left out. */
export async function getCalendarAdmin(
  user: SessionUser,
  { year, now = clockNow() }: { year?: number; now?: Date } = {},
): Promise<CalendarAdmin> {
  assertRole(user, "BEHEERDER");
  const today = todayDate(now);
  const shownYear = year ?? today.getUTCFullYear();
  const since = new Date(Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth(), today.getUTCDate()));
  const [organisation, vacations, closedDays] = await Promise.all([
    prisma.organisation.findUniqueOrThrow({
      where: { id: user.organisationId },
      select: {
        bevrijdingsdag: true,
        closedOnGoodFriday: true,
        locations: { orderBy: { name: "asc" }, select: { id: true, name: true, region: true } },
      },
    }),
    listSchoolVacations(user),
    prisma.closedDay.findMany({
      where: { organisationId: user.organisationId, date: { gte: since } },
      orderBy: [{ date: "asc" }, { name: "asc" }],
      select: { id: true, date: true, name: true, locationId: true },
    }),
  ]);
  const settings = { bevrijdingsdag: organisation.bevrijdingsdag, closedOnGoodFriday: organisation.closedOnGoodFriday };
  const current = schoolYearOf(today);
  return {
    year: shownYear,
    settings,
    locations: organisation.locations,
    holidays: publicHolidays(shownYear, settings).map((h) => ({ date: toIsoDate(h.date), key: h.key })),
    vacations: vacations.filter((v) => v.endDate >= toIsoDate(since)),
    closedDays: closedDays.map((d) => ({ ...d, date: toIsoDate(d.date) })),
    schoolYears: [0, 1, 2, 3].map((i) => ({
      schoolYear: current + i,
      published: schoolYearVacations(current + i).published,
    })),
  };
}
