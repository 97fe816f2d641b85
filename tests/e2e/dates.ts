// Dates for e2e tests, one helper for every spec: "today" comes from the test runner's clock (lib/clock; under
// scripts/test-at.ts the runner, the server and the database share one faked clock, while Chromium keeps the real
// one, so no test may take a date from the browser), and closed days and school vacations come from the seeded
// calendar in the e2e database (lib/calendar), for the location the family's child is placed at. No date lists here.
import pg from "pg";
import { buildCalendar, type OrgCalendar, type VacationPeriod } from "../../lib/calendar/calendar";
import { now } from "../../lib/clock";
import { addCalendarDays, amsterdamDateString, dateOnly, isoWeekday as weekdayOf, toIsoDate } from "../../lib/time";

/** Today in Amsterdam, "yyyy-MM-dd". */
export const amsterdamToday = () => amsterdamDateString(now());
export const addDays = (iso: string, days: number) => toIsoDate(addCalendarDays(dateOnly(iso), days));
/** ISO weekday, 1 = Monday .. 7 = Sunday. */
export const isoWeekday = (iso: string) => weekdayOf(dateOnly(iso));

export type ChildCalendar = {
  locationId: string;
  /** True on weekdays the child's location is open (no weekend, holiday or closed day). */
  isOpen(iso: string): boolean;
  /** The school vacation of the location's region on that day, if any. */
  vacationOn(iso: string): VacationPeriod | undefined;
  /** The first open day from `from` on (inclusive) with one of the weekdays. */
  nextOpenDay(from: string, weekdays: number[]): string;
  vacations(): VacationPeriod[];
};

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** The calendar of the location where a family's child (the first by first name, or `childFirstName`) is placed. */
export async function childCalendar(debiteurnummer: string, childFirstName?: string): Promise<ChildCalendar> {
  const today = amsterdamToday();
  const [child] = await query<{ locationId: string; organisationId: string }>(
    `SELECT g."locationId", f."organisationId"
       FROM "Child" c JOIN "Family" f ON f.id = c."familyId"
       JOIN "Placement" p ON p."childId" = c.id JOIN "Group" g ON g.id = p."groupId"
      WHERE f.debiteurnummer = $1 AND ($2::text IS NULL OR c."firstName" = $2)
        AND p."startDate" <= $3::date AND (p."endDate" IS NULL OR p."endDate" >= $3::date)
      ORDER BY c."firstName" LIMIT 1`,
    [debiteurnummer, childFirstName ?? null, today],
  );
  if (!child) throw new Error(`no placed child for family ${debiteurnummer}`);
  const from = dateOnly(addDays(today, -60));
  const to = dateOnly(addDays(today, 500));
  const [organisation, locations, closedDays, vacations] = await Promise.all([
    query<{ bevrijdingsdag: "EVERY_YEAR" | "LUSTRUM"; closedOnGoodFriday: boolean }>(
      `SELECT bevrijdingsdag, "closedOnGoodFriday" FROM "Organisation" WHERE id = $1`,
      [child.organisationId],
    ),
    query<{ id: string; region: "NOORD" | "MIDDEN" | "ZUID" }>(
      `SELECT id, region FROM "Location" WHERE "organisationId" = $1`,
      [child.organisationId],
    ),
    query<{ date: string; name: string; locationId: string | null }>(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, name, "locationId" FROM "ClosedDay" WHERE "organisationId" = $1`,
      [child.organisationId],
    ),
    query<{ id: string; name: string; region: "NOORD" | "MIDDEN" | "ZUID" | null; start: string; end: string }>(
      `SELECT id, name, region, to_char("startDate", 'YYYY-MM-DD') AS start, to_char("endDate", 'YYYY-MM-DD') AS end
         FROM "SchoolVacation" WHERE "organisationId" = $1`,
      [child.organisationId],
    ),
  ]);
  const calendar: OrgCalendar = buildCalendar({
    from,
    to,
    settings: organisation[0],
    closedDays: closedDays.map((d) => ({ ...d, date: dateOnly(d.date) })),
    vacations: vacations.map((v) => ({ ...v, startDate: dateOnly(v.start), endDate: dateOnly(v.end) })),
    regions: new Map(locations.map((l) => [l.id, l.region])),
  });
  const isOpen = (iso: string) => isoWeekday(iso) <= 5 && calendar.closedName(dateOnly(iso), child.locationId) === null;
  return {
    locationId: child.locationId,
    isOpen,
    vacationOn: (iso) => calendar.vacationOn(dateOnly(iso), child.locationId),
    nextOpenDay(start, weekdays) {
      let day = start;
      while (!weekdays.includes(isoWeekday(day)) || !isOpen(day)) day = addDays(day, 1);
      return day;
    },
    vacations: () => calendar.vacationsAt(child.locationId),
  };
}
