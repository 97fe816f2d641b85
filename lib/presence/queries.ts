// Presence reads (issue 18): the group's day list on the tablet, "who is here now" for an evacuation, a parent's
// own children today, and the GGD presence list of a location. Scoped by lib/presence/scope.ts.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { isUuid } from "../ids";
import { childScope, isParent, type SessionUser } from "../authz";
import { now as clockNow } from "../clock";
import { addCalendarDays, dateOnly, isCalendarDate, todayDate, toIsoDate } from "../time";
import { getAttendance, type AttendanceSlot } from "../planning/queries";
import { presenceExportLocationScope, presenceReadGroupScope, presenceWriteGroupScope } from "./scope";
import { careEndsAt, lateMinutes } from "./rules";

export type PickUpOption = { value: string; label: string; guardian: boolean };
export type PresenceRow = {
  childId: string;
  name: string;
  slots: AttendanceSlot[];
  /** Every booked dagdeel reported absent (a parent's afmelding): shown, not expected. */
  absent: boolean;
  checkedInAt: string | null;
  checkedOutAt: string | null;
  pickedUpByName: string;
  /** When the booked care ends today (ISO instant), for "late pick-up". */
  careEnd: string | null;
  lateMinutes: number;
  pickUpOptions: PickUpOption[];
};
export type PresenceDay = Awaited<ReturnType<typeof getAttendance>> & {
  canWrite: boolean;
  presence: PresenceRow[];
  counts: { here: number; expected: number; gone: number };
};

/** The group's presence today: who is expected (contract, extra), absent (afmelding), here, gone and late. */
export async function getPresenceDay(
  user: SessionUser,
  { groupId, now = clockNow() }: { groupId?: string; now?: Date } = {},
): Promise<PresenceDay> {
  if (isParent(user)) throw new AppError("NOT_FOUND");
  const today = todayDate(now);
  const attendance = await getAttendance(user, { groupId, date: toIsoDate(today), now });
  const empty = { ...attendance, canWrite: false, presence: [], counts: { here: 0, expected: 0, gone: 0 } };
  if (!attendance.group) return empty;
  const group = await prisma.group.findFirst({
    where: { AND: [{ id: attendance.group.id }, presenceReadGroupScope(user, today)] },
    select: {
      id: true,
      location: { select: { dagdelen: { select: { dagdeel: true, startMinutes: true, endMinutes: true } } } },
    },
  });
  if (!group) throw new AppError("NOT_FOUND");
  const canWrite =
    (await prisma.group.count({ where: { AND: [{ id: group.id }, presenceWriteGroupScope(user, today)] } })) > 0;
  const presences = await prisma.presence.findMany({
    where: { groupId: group.id, date: today },
    select: {
      childId: true,
      checkedInAt: true,
      checkedOutAt: true,
      pickedUpByName: true,
      child: { select: { firstName: true, lastName: true } },
    },
  });
  const byChild = new Map(presences.map((p) => [p.childId, p]));
  const rows = attendance.rows.map((r) => ({ childId: r.childId, name: r.name, slots: r.slots }));
  // Checked in without a booking (registered at the door): still on the list, the evacuation needs them.
  for (const p of presences)
    if (!rows.some((r) => r.childId === p.childId))
      rows.push({ childId: p.childId, name: `${p.child.firstName} ${p.child.lastName}`, slots: [] });
  rows.sort((a, b) => a.name.localeCompare(b.name));

  const childIds = rows.map((r) => r.childId);
  const children = await prisma.child.findMany({
    where: { id: { in: childIds } },
    select: {
      id: true,
      family: {
        select: {
          guardians: {
            where: { status: { not: "DEACTIVATED" } },
            orderBy: { name: "asc" },
            select: { id: true, name: true },
          },
          contacts: {
            where: { mayPickUp: true },
            orderBy: { name: "asc" },
            select: { id: true, name: true, relation: true, childId: true },
          },
        },
      },
    },
  });
  const options = new Map(
    children.map((c) => [
      c.id,
      [
        ...c.family.guardians.map((g) => ({ value: `guardian:${g.id}`, label: g.name, guardian: true })),
        ...c.family.contacts
          .filter((k) => k.childId === null || k.childId === c.id)
          .map((k) => ({
            value: `contact:${k.id}`,
            label: k.relation ? `${k.name} (${k.relation})` : k.name,
            guardian: false,
          })),
      ],
    ]),
  );
  const presence: PresenceRow[] = rows.map((row) => {
    const p = byChild.get(row.childId);
    const booked = row.slots.filter((s) => s.status === "expected" || s.status === "extra").map((s) => s.dagdeel);
    const careEnd = careEndsAt({ date: today, booked, times: group.location.dagdelen });
    return {
      ...row,
      absent: row.slots.length > 0 && row.slots.every((s) => s.status === "absent"),
      checkedInAt: p?.checkedInAt.toISOString() ?? null,
      checkedOutAt: p?.checkedOutAt?.toISOString() ?? null,
      pickedUpByName: p?.pickedUpByName ?? "",
      careEnd: careEnd?.toISOString() ?? null,
      lateMinutes: lateMinutes({
        careEnd,
        checkedInAt: p?.checkedInAt ?? null,
        checkedOutAt: p?.checkedOutAt ?? null,
        now,
      }),
      pickUpOptions: options.get(row.childId) ?? [],
    };
  });
  return {
    ...attendance,
    canWrite,
    presence,
    counts: {
      here: presence.filter((r) => r.checkedInAt && !r.checkedOutAt).length,
      expected: presence.filter((r) => !r.absent && r.slots.length > 0).length,
      gone: presence.filter((r) => r.checkedOutAt).length,
    },
  };
}

export type HereNowGroup = {
  id: string;
  name: string;
  locationId: string;
  locationName: string;
  children: { id: string; name: string; checkedInAt: string }[];
};

/**
 * Who is in the building right now (checked in today, not yet out), per group, for an evacuation: staff see their
 * groups, managers their locations, beheerders the organisation. Optionally one location.
 */
export async function listHereNow(
  user: SessionUser,
  { locationId, now = clockNow() }: { locationId?: string; now?: Date } = {},
): Promise<HereNowGroup[]> {
  if (isParent(user)) throw new AppError("NOT_FOUND");
  if (locationId !== undefined && !isUuid(locationId)) throw new AppError("NOT_FOUND");
  const today = todayDate(now);
  const groups = await prisma.group.findMany({
    where: { AND: [presenceReadGroupScope(user, today), { active: true }, locationId ? { locationId } : {}] },
    orderBy: [{ location: { name: "asc" } }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      locationId: true,
      location: { select: { name: true } },
      presences: {
        where: { date: today, checkedOutAt: null },
        orderBy: [{ child: { firstName: "asc" } }, { child: { lastName: "asc" } }],
        select: { checkedInAt: true, child: { select: { id: true, firstName: true, lastName: true } } },
      },
    },
  });
  if (locationId && groups.length === 0) throw new AppError("NOT_FOUND");
  return groups.map((g) => ({
    id: g.id,
    name: g.name,
    locationId: g.locationId,
    locationName: g.location.name,
    children: g.presences.map((p) => ({
      id: p.child.id,
      name: `${p.child.firstName} ${p.child.lastName}`,
      checkedInAt: p.checkedInAt.toISOString(),
    })),
  }));
}

export type OwnPresence = {
  childId: string;
  checkedInAt: string;
  checkedOutAt: string | null;
  pickedUpByName: string;
};

/** A parent's own children's check-in and check-out today, for their home. */
export async function listOwnPresenceToday(user: SessionUser, now = clockNow()): Promise<OwnPresence[]> {
  if (!isParent(user)) return [];
  const rows = await prisma.presence.findMany({
    where: { date: todayDate(now), child: childScope(user) },
    select: { childId: true, checkedInAt: true, checkedOutAt: true, pickedUpByName: true },
  });
  return rows.map((r) => ({
    childId: r.childId,
    checkedInAt: r.checkedInAt.toISOString(),
    checkedOutAt: r.checkedOutAt?.toISOString() ?? null,
    pickedUpByName: r.pickedUpByName,
  }));
}

/** The longest period one export covers. */
export const MAX_EXPORT_DAYS = 366;

export type PresenceListRow = {
  date: string;
  groupName: string;
  childName: string;
  birthDate: string;
  checkedInAt: string;
  checkedOutAt: string | null;
  pickedUpByName: string;
};

/** Locations the user may export (managers: theirs; beheerders: the organisation). */
export async function listExportLocations(user: SessionUser, now = clockNow()) {
  return prisma.location.findMany({
    where: presenceExportLocationScope(user, todayDate(now)),
    orderBy: { name: "asc" },
    select: { id: true, name: true, lrkNumber: true },
  });
}

/**
 * The presence list of a location for a period (the GGD may ask for it): per day, group and child the arrival and
 * departure times and who collected the child. Refuses periods that are not real dates, reversed or over a year.
 */
export async function listPresenceForExport(
  user: SessionUser,
  { locationId, from, to, now = clockNow() }: { locationId: string; from: string; to: string; now?: Date },
): Promise<{
  location: { id: string; name: string; lrkNumber: string };
  from: string;
  to: string;
  rows: PresenceListRow[];
}> {
  if (!isUuid(locationId)) throw new AppError("NOT_FOUND");
  if (!isCalendarDate(from) || !isCalendarDate(to)) throw new AppError("INVALID_INPUT", "presence.errors.period");
  const start = dateOnly(from);
  const end = dateOnly(to);
  if (end < start || addCalendarDays(start, MAX_EXPORT_DAYS - 1) < end)
    throw new AppError("INVALID_INPUT", "presence.errors.periodLength");
  const location = await prisma.location.findFirst({
    where: { AND: [{ id: locationId }, presenceExportLocationScope(user, todayDate(now))] },
    select: { id: true, name: true, lrkNumber: true },
  });
  if (!location) throw new AppError("NOT_FOUND");
  const rows = await prisma.presence.findMany({
    where: { group: { locationId: location.id }, date: { gte: start, lte: end } },
    orderBy: [{ date: "asc" }, { group: { name: "asc" } }, { checkedInAt: "asc" }],
    select: {
      date: true,
      checkedInAt: true,
      checkedOutAt: true,
      pickedUpByName: true,
      group: { select: { name: true } },
      child: { select: { firstName: true, lastName: true, birthDate: true } },
    },
  });
  return {
    location,
    from,
    to,
    rows: rows.map((r) => ({
      date: toIsoDate(r.date),
      groupName: r.group.name,
      childName: `${r.child.firstName} ${r.child.lastName}`,
      birthDate: toIsoDate(r.child.birthDate),
      checkedInAt: r.checkedInAt.toISOString(),
      checkedOutAt: r.checkedOutAt?.toISOString() ?? null,
      pickedUpByName: r.pickedUpByName,
    })),
  };
}

/**
 * "Volgende kind" in the schriftje (issue 18): the next child (by name) who is here now in the same group as
 * `childId`, wrapping around; null when nobody else is here. Only groups in the user's read scope.
 */
export async function nextPresentChild(
  user: SessionUser,
  childId: string,
  now = clockNow(),
): Promise<{ id: string; name: string } | null> {
  if (isParent(user) || !isUuid(childId)) return null;
  const today = todayDate(now);
  const groups = await prisma.group.findMany({
    where: { AND: [presenceReadGroupScope(user, today), { presences: { some: { childId, date: today } } }] },
    select: {
      presences: {
        where: { date: today, checkedOutAt: null },
        select: { child: { select: { id: true, firstName: true, lastName: true } } },
      },
    },
  });
  const here = groups
    .flatMap((g) => g.presences.map((p) => p.child))
    .map((c) => ({ id: c.id, name: `${c.firstName} ${c.lastName}` }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  if (here.length === 0) return null;
  const index = here.findIndex((c) => c.id === childId);
  const next = here[(index + 1) % here.length];
  return next && next.id !== childId ? next : null;
}
