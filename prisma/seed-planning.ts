// Demo planning data, relative to the day the seed runs (so the demo and the e2e tests work in any week):
//  - Roefjes granted for this and next calendar year to every BSO child (1 Roefje = 60 minutes).
//  - Family 100001: tegoed from an absence reported in time two weeks ago.
//  - Kapiteins (BSO) take 4 children per vacation dagdeel, and the first Wednesday or Friday of the next school
//    vacation of its region is already full. No demo BSO contract has those weekdays, so a request for that day is
//    never guaranteed and waits for the manager (the "not guaranteed" path of the demo and of planning.spec.ts).
//  - Family 100003: a pending extra-day request in the manager's queue.
// Rows are written directly (the DAL is request-scoped server code); they follow the ledger rules of lib/planning.
import type { PrismaClient } from "../lib/generated/prisma/client";
import { loadOrgCalendar } from "../lib/calendar/load";
import { now as clockNow } from "../lib/clock";
import { addCalendarDays, dateOnly, isoWeekday, todayDate, toIsoDate } from "../lib/time";

const VACATION_CAPACITY = 4;

export async function seedPlanningDemo(
  db: PrismaClient,
  { organisationId, now = clockNow() }: { organisationId: string; now?: Date },
) {
  const today = todayDate(now);
  const year = today.getUTCFullYear();
  const manager = await db.user.findFirstOrThrow({ where: { organisationId, role: "MANAGER" }, select: { id: true } });

  // Roefjes for every BSO contract, this year and next (the app materialises them too; the unique index dedupes).
  const bso = await db.contract.findMany({
    where: { careType: "BSO", child: { family: { organisationId } } },
    select: { childId: true, vacationMinutesPerYear: true },
  });
  await db.creditEntry.createMany({
    data: bso.flatMap((c) =>
      [year, year + 1].map((y) => ({
        childId: c.childId,
        kind: "ROEFJES" as const,
        type: "GRANTED" as const,
        minutes: c.vacationMinutesPerYear,
        validFrom: dateOnly(`${y}-01-01`),
        expiresOn: dateOnly(`${y}-12-31`),
        note: `Roefjes ${y}`,
      })),
    ),
    skipDuplicates: true,
  });

  // Tegoed for the KDV demo parent: an absence two weeks ago, reported the evening before.
  const family1 = await db.family.findFirstOrThrow({
    where: { organisationId, debiteurnummer: "100001" },
    select: {
      id: true,
      guardians: { select: { id: true } },
      children: { select: { id: true, contracts: { select: { careType: true, days: true } } } },
    },
  });
  const kdvChild = family1.children.find((c) => c.contracts.some((k) => k.careType === "KDV"));
  if (kdvChild) {
    const weekday = kdvChild.contracts[0].days[0].weekday;
    let day = addCalendarDays(today, -14);
    while (isoWeekday(day) !== weekday) day = addCalendarDays(day, 1);
    const absence = await db.absence.create({
      data: {
        childId: kdvChild.id,
        date: day,
        dagdeel: "OCHTEND",
        reason: "VAKANTIE",
        comment: "Lang weekend weg",
        reportedById: family1.guardians[0].id,
        reportedAt: addCalendarDays(day, -1),
        earnedMinutes: 330,
      },
    });
    await db.creditEntry.create({
      data: {
        childId: kdvChild.id,
        kind: "TEGOED",
        type: "EARNED",
        minutes: 330,
        validFrom: addCalendarDays(day, -1),
        expiresOn: addCalendarDays(day, 365),
        absenceId: absence.id,
        createdById: family1.guardians[0].id,
        note: `Afmelding ${toIsoDate(day)} OCHTEND`,
      },
    });
  }

  // Kapiteins: vacation capacity, and a full first weekday of the next vacation.
  const kapiteins = await db.group.findFirstOrThrow({
    where: { name: "Kapiteins", location: { organisationId } },
    select: { id: true, locationId: true },
  });
  const calendar = await loadOrgCalendar(db, organisationId, today, addCalendarDays(today, 400));
  await db.groupCapacity.updateMany({
    where: { groupId: kapiteins.id, dagdeel: { in: ["OCHTEND", "MIDDAG"] } },
    data: { capacity: VACATION_CAPACITY },
  });
  const vacation = calendar.vacationsAt(kapiteins.locationId).find((v) => v.startDate > addCalendarDays(today, 2));
  let fullDay = vacation?.startDate;
  while (
    vacation &&
    fullDay &&
    fullDay <= vacation.endDate &&
    (![3, 5].includes(isoWeekday(fullDay)) || calendar.closedName(fullDay, kapiteins.locationId) !== null)
  )
    fullDay = addCalendarDays(fullDay, 1);
  if (vacation && fullDay && fullDay <= vacation.endDate) {
    const fillers = await db.child.findMany({
      where: {
        placements: { some: { groupId: kapiteins.id } },
        family: { debiteurnummer: { notIn: ["100002", "100012"] } },
      },
      orderBy: { firstName: "asc" },
      take: VACATION_CAPACITY,
      select: { id: true, familyId: true, family: { select: { guardians: { select: { id: true }, take: 1 } } } },
    });
    for (const child of fillers) {
      for (const dagdeel of ["OCHTEND", "MIDDAG"] as const) {
        const request = await db.careRequest.create({
          data: {
            batchId: crypto.randomUUID(),
            childId: child.id,
            familyId: child.familyId,
            groupId: kapiteins.id,
            type: "VACATION",
            date: fullDay,
            dagdeel,
            payment: "ROEFJES",
            costMinutes: 330,
            status: "APPROVED",
            requestedById: child.family.guardians[0].id,
            decidedById: manager.id,
            decidedAt: now,
          },
        });
        const lot = await db.creditEntry.findFirst({
          where: {
            childId: child.id,
            kind: "ROEFJES",
            type: "GRANTED",
            validFrom: dateOnly(`${fullDay.getUTCFullYear()}-01-01`),
          },
        });
        if (lot) {
          await db.creditEntry.create({
            data: {
              childId: child.id,
              kind: "ROEFJES",
              type: "SPENT",
              minutes: -330,
              lotId: lot.id,
              validFrom: lot.validFrom,
              expiresOn: lot.expiresOn,
              careRequestId: request.id,
              note: `VACATION ${toIsoDate(fullDay)} ${dagdeel}`,
            },
          });
        }
      }
    }
  }

  // A pending extra day for family 100003 (Zeesterren), next week, for the manager's queue.
  const family3 = await db.family.findFirstOrThrow({
    where: { organisationId, debiteurnummer: "100003" },
    select: {
      id: true,
      guardians: { select: { id: true } },
      children: {
        select: {
          id: true,
          placements: { select: { groupId: true, group: { select: { locationId: true } } } },
          contracts: { select: { days: true } },
        },
      },
    },
  });
  const child3 = family3.children[0];
  const contracted = new Set(child3.contracts.flatMap((c) => c.days.map((d) => d.weekday)));
  let extraDay = addCalendarDays(today, 7);
  const locationId = child3.placements[0].group.locationId;
  while (
    isoWeekday(extraDay) >= 6 ||
    contracted.has(isoWeekday(extraDay)) ||
    calendar.closedName(extraDay, locationId) !== null
  )
    extraDay = addCalendarDays(extraDay, 1);
  await db.careRequest.create({
    data: {
      batchId: crypto.randomUUID(),
      childId: child3.id,
      familyId: family3.id,
      groupId: child3.placements[0].groupId,
      type: "EXTRA",
      date: extraDay,
      dagdeel: "OCHTEND",
      payment: "INVOICE",
      costMinutes: 330,
      status: "REQUESTED",
      comment: "Oppas is ziek",
      requestedById: family3.guardians[0].id,
    },
  });
}
