// The demo calendar, relative to the seed's clock: school vacations of the school year that ended, this one and the
// next (published dates where lib/calendar ships them, else its proposal) for the regions of the demo locations, and
// a study day at De Roef Haven on the first open weekday at least ten days ahead. Public holidays need no rows (they
// are generated), so the demo always has a coming vacation, a holiday and a closed day, on any date.
import type { PrismaClient } from "../lib/generated/prisma/client";
import { loadOrgCalendar } from "../lib/calendar/load";
import { schoolYearOf, schoolYearVacations, vacationName, vacationsForRegions } from "../lib/calendar/school-vacations";
import { addCalendarDays, isoWeekday } from "../lib/time";

export async function seedCalendarDemo(
  db: PrismaClient,
  { organisationId, today, studyDayLocationId }: { organisationId: string; today: Date; studyDayLocationId: string },
) {
  const locations = await db.location.findMany({ where: { organisationId }, select: { region: true } });
  const regions = [...new Set(locations.map((l) => l.region))];
  const current = schoolYearOf(today);
  const rows = [current - 1, current, current + 1].flatMap((schoolYear) =>
    vacationsForRegions(schoolYearVacations(schoolYear).vacations, regions).map((v) => ({
      organisationId,
      name: vacationName(v.kind, v.startDate),
      region: v.region,
      startDate: v.startDate,
      endDate: v.endDate,
    })),
  );
  await db.schoolVacation.createMany({ data: rows });

  const horizon = addCalendarDays(today, 120);
  const calendar = await loadOrgCalendar(db, organisationId, today, horizon);
  let studyDay = addCalendarDays(today, 10);
  while (
    isoWeekday(studyDay) >= 6 ||
    calendar.closedName(studyDay, studyDayLocationId) !== null ||
    calendar.vacationOn(studyDay, studyDayLocationId)
  )
    studyDay = addCalendarDays(studyDay, 1);
  await db.closedDay.create({
    data: { organisationId, locationId: studyDayLocationId, date: studyDay, name: "Studiedag De Roef Haven" },
  });
  return { vacations: rows.length, studyDay };
}
