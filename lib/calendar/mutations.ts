// Calendar writes for beheerders (/beheer/vakanties): holiday settings, each location's region, school vacations
// (add, change, delete, generate a school year) and extra closed days (organisation-wide or one location).
//
// NOTE: security-critical. Every function takes the SessionUser, refuses anyone but a BEHEERDER (NOT_FOUND, like
// every "not yours"), and looks every id from a form up inside the beheerder's own organisation in the same
// statement as the write (updateMany/deleteMany with organisationId, count checked). Audit action "admin.calendar.*".
import "server-only";
import { prisma, type Tx } from "../db";
import { isUniqueViolation } from "../db/unique";
import { AppError } from "../errors";
import { isUuid } from "../ids";
import { writeAudit } from "../audit/log";
import { assertRole, type SessionUser } from "../authz";
import { PlanningError } from "../planning/errors";
import { datesBetween } from "../planning/rules";
import { dateOnly } from "../time";
import type { ClosedDayInput, GenerateVacationsInput, HolidaySettingsInput, LocationRegionInput } from "./schema";
import { type SchoolRegion, schoolYearVacations, vacationName, vacationsForRegions } from "./school-vacations";

/** A vacation may span at most this many days (a summer vacation with both weekends is 44). */
export const MAX_VACATION_DAYS = 120;

export type VacationFields = { name: string; region?: SchoolRegion | null; startDate: string; endDate: string };

const calendarError = (code: "CONFLICT" | "INVALID_INPUT", key: string, values: Record<string, string> = {}) =>
  new PlanningError(code, `calendar.errors.${key}`, values);

const audit = (actor: SessionUser, action: string, entityType: string, entityId: string, db: Tx | typeof prisma) =>
  writeAudit(
    {
      action: `admin.calendar.${action}`,
      actorId: actor.id,
      organisationId: actor.organisationId,
      entityType,
      entityId,
    },
    db,
  );

// ---- holidays and regions ----------------------------------------------------------------------------------------

export async function updateHolidaySettings(user: SessionUser, input: HolidaySettingsInput): Promise<void> {
  assertRole(user, "BEHEERDER");
  await prisma.organisation.update({
    where: { id: user.organisationId },
    data: { bevrijdingsdag: input.bevrijdingsdag, closedOnGoodFriday: input.closedOnGoodFriday },
  });
  await audit(user, "holidays", "Organisation", user.organisationId, prisma);
}

export async function setLocationRegion(user: SessionUser, input: LocationRegionInput): Promise<void> {
  assertRole(user, "BEHEERDER");
  if (!isUuid(input.locationId)) throw new AppError("NOT_FOUND");
  const { count } = await prisma.location.updateMany({
    where: { id: input.locationId, organisationId: user.organisationId },
    data: { region: input.region },
  });
  if (count === 0) throw new AppError("NOT_FOUND");
  await audit(user, "region", "Location", input.locationId, prisma);
}

// ---- school vacations --------------------------------------------------------------------------------------------

/** Overlap is per region: a national row overlaps every region, a regional row its own region and national rows. */
async function findOverlap(
  db: Tx | typeof prisma,
  user: SessionUser,
  {
    region,
    startDate,
    endDate,
    exceptId,
  }: { region: SchoolRegion | null; startDate: Date; endDate: Date; exceptId?: string },
) {
  return db.schoolVacation.findFirst({
    where: {
      organisationId: user.organisationId,
      startDate: { lte: endDate },
      endDate: { gte: startDate },
      ...(region ? { OR: [{ region: null }, { region }] } : {}),
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    select: { name: true },
  });
}

function vacationPeriod(input: VacationFields) {
  const startDate = dateOnly(input.startDate);
  const endDate = dateOnly(input.endDate);
  if (endDate < startDate) throw calendarError("INVALID_INPUT", "endBeforeStart");
  if (datesBetween(startDate, endDate).length > MAX_VACATION_DAYS)
    throw calendarError("INVALID_INPUT", "vacationTooLong", { days: String(MAX_VACATION_DAYS) });
  return { startDate, endDate, region: input.region ?? null };
}

export async function createSchoolVacation(user: SessionUser, input: VacationFields): Promise<{ id: string }> {
  assertRole(user, "BEHEERDER");
  const period = vacationPeriod(input);
  const overlap = await findOverlap(prisma, user, period);
  if (overlap) throw calendarError("CONFLICT", "vacationOverlap", { name: overlap.name });
  const vacation = await prisma.schoolVacation.create({
    data: { organisationId: user.organisationId, name: input.name, ...period },
    select: { id: true },
  });
  await audit(user, "vacation.created", "SchoolVacation", vacation.id, prisma);
  return vacation;
}

/** Live vacation requests inside a period of the organisation (a vacation they fall in cannot be removed or moved). */
const liveVacationRequests = (db: Tx | typeof prisma, user: SessionUser, from: Date, to: Date) =>
  db.careRequest.count({
    where: {
      type: "VACATION",
      status: { in: ["REQUESTED", "APPROVED"] },
      date: { gte: from, lte: to },
      family: { organisationId: user.organisationId },
    },
  });

export async function updateSchoolVacation(
  user: SessionUser,
  input: VacationFields & { vacationId: string },
): Promise<void> {
  assertRole(user, "BEHEERDER");
  if (!isUuid(input.vacationId)) throw new AppError("NOT_FOUND");
  const period = vacationPeriod(input);
  await prisma.$transaction(async (tx) => {
    const current = await tx.schoolVacation.findFirst({
      where: { id: input.vacationId, organisationId: user.organisationId },
      select: { id: true, startDate: true, endDate: true },
    });
    if (!current) throw new AppError("NOT_FOUND");
    const overlap = await findOverlap(tx, user, { ...period, exceptId: current.id });
    if (overlap) throw calendarError("CONFLICT", "vacationOverlap", { name: overlap.name });
    // Requests already made for days the change drops out of the vacation would lose their vacation: refuse.
    const dropped = datesBetween(current.startDate, current.endDate).filter(
      (d) => d < period.startDate || d > period.endDate,
    );
    const inUse =
      dropped.length === 0 ? 0 : await liveVacationRequests(tx, user, dropped[0], dropped[dropped.length - 1]);
    if (inUse > 0) throw calendarError("CONFLICT", "vacationInUse", { count: String(inUse) });
    await tx.schoolVacation.updateMany({
      where: { id: current.id, organisationId: user.organisationId },
      data: { name: input.name, ...period },
    });
    await audit(user, "vacation.updated", "SchoolVacation", current.id, tx);
  });
}

/** Deletes a school vacation of the beheerder's organisation, unless live vacation requests fall in it. */
export async function deleteSchoolVacation(user: SessionUser, vacationId: string): Promise<void> {
  assertRole(user, "BEHEERDER");
  if (!isUuid(vacationId)) throw new AppError("NOT_FOUND");
  const vacation = await prisma.schoolVacation.findFirst({
    where: { id: vacationId, organisationId: user.organisationId },
    select: { id: true, startDate: true, endDate: true },
  });
  if (!vacation) throw new AppError("NOT_FOUND");
  const inUse = await liveVacationRequests(prisma, user, vacation.startDate, vacation.endDate);
  if (inUse > 0) throw calendarError("CONFLICT", "vacationInUse", { count: String(inUse) });
  await prisma.schoolVacation.deleteMany({ where: { id: vacation.id, organisationId: user.organisationId } });
  await audit(user, "vacation.deleted", "SchoolVacation", vacation.id, prisma);
}

/**
 * Adds the vacations of a school year for the regions of the organisation's locations: the published dates when we
 * ship them, otherwise the proposal (lib/calendar/school-vacations.ts). A vacation that overlaps one already there
 * is skipped, so generating twice, or after adding some by hand, never duplicates. Beheerders adjust afterwards.
 */
export async function generateSchoolVacations(
  user: SessionUser,
  input: GenerateVacationsInput,
): Promise<{ created: number; skipped: number; published: boolean }> {
  assertRole(user, "BEHEERDER");
  const locations = await prisma.location.findMany({
    where: { organisationId: user.organisationId },
    select: { region: true },
  });
  const regions = [...new Set(locations.map((l) => l.region))];
  const { vacations, published } = schoolYearVacations(input.schoolYear);
  let created = 0;
  let skipped = 0;
  await prisma.$transaction(async (tx) => {
    // One generation at a time per organisation, so two beheerders clicking at once cannot both insert.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`calendar:vacations:${user.organisationId}`}))`;
    for (const v of vacationsForRegions(vacations, regions)) {
      if (await findOverlap(tx, user, v)) {
        skipped++;
        continue;
      }
      const row = await tx.schoolVacation.create({
        data: {
          organisationId: user.organisationId,
          name: vacationName(v.kind, v.startDate),
          region: v.region,
          startDate: v.startDate,
          endDate: v.endDate,
        },
        select: { id: true },
      });
      await audit(user, "vacation.created", "SchoolVacation", row.id, tx);
      created++;
    }
  });
  return { created, skipped, published };
}

// ---- extra closed days -------------------------------------------------------------------------------------------

export async function createClosedDay(user: SessionUser, input: ClosedDayInput): Promise<{ id: string }> {
  assertRole(user, "BEHEERDER");
  if (input.locationId !== null) {
    // SECURITY: the location id comes from the form: it must be a location of the beheerder's organisation.
    const location = isUuid(input.locationId)
      ? await prisma.location.findFirst({
          where: { id: input.locationId, organisationId: user.organisationId },
          select: { id: true },
        })
      : null;
    if (!location) throw new AppError("NOT_FOUND");
  }
  try {
    const row = await prisma.closedDay.create({
      data: {
        organisationId: user.organisationId,
        locationId: input.locationId,
        date: dateOnly(input.date),
        name: input.name,
      },
      select: { id: true },
    });
    await audit(user, "closedDay.created", "ClosedDay", row.id, prisma);
    return row;
  } catch (error) {
    if (isUniqueViolation(error)) throw calendarError("CONFLICT", "closedDayExists", { date: input.date });
    throw error;
  }
}

export async function deleteClosedDay(user: SessionUser, closedDayId: string): Promise<void> {
  assertRole(user, "BEHEERDER");
  if (!isUuid(closedDayId)) throw new AppError("NOT_FOUND");
  const { count } = await prisma.closedDay.deleteMany({
    where: { id: closedDayId, organisationId: user.organisationId },
  });
  if (count === 0) throw new AppError("NOT_FOUND");
  await audit(user, "closedDay.deleted", "ClosedDay", closedDayId, prisma);
}
