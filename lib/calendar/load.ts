// Loads an organisation's calendar for a date range: its holiday settings, closed days (organisation-wide and per
// location), school vacations and the region of each location. Callers pass an organisation they already scoped
// (lib/authz); nothing here decides who may see what. Not server-only: the demo seed reads the calendar with it too.
import type { Db, Tx } from "../db";
import { buildCalendar, type OrgCalendar } from "./calendar";

export async function loadOrgCalendar(db: Db | Tx, organisationId: string, from: Date, to: Date): Promise<OrgCalendar> {
  const [organisation, closedDays, vacations] = await Promise.all([
    db.organisation.findUniqueOrThrow({
      where: { id: organisationId },
      select: { bevrijdingsdag: true, closedOnGoodFriday: true, locations: { select: { id: true, region: true } } },
    }),
    db.closedDay.findMany({
      where: { organisationId, date: { gte: from, lte: to } },
      select: { date: true, name: true, locationId: true },
    }),
    db.schoolVacation.findMany({
      where: { organisationId, startDate: { lte: to }, endDate: { gte: from } },
      orderBy: { startDate: "asc" },
      select: { id: true, name: true, region: true, startDate: true, endDate: true },
    }),
  ]);
  return buildCalendar({
    from,
    to,
    settings: { bevrijdingsdag: organisation.bevrijdingsdag, closedOnGoodFriday: organisation.closedOnGoodFriday },
    closedDays,
    vacations,
    regions: new Map(organisation.locations.map((l) => [l.id, l.region])),
  });
}
