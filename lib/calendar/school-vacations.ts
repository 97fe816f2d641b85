// School vacations per region (noord, midden, zuid): the ministry's published dates where we ship them, and a
// proposal for any other school year that beheerders check and adjust on /beheer/vakanties. Pure: no database, no
// clock. A school year is named by the calendar year it starts in (2027 = 2027-2028).
//
// Proposal rules (from the pattern of the published years; the ministry fixes kerst-, mei- and zomervakantie and only
// advises herfst- and voorjaarsvakantie, so schools shift them and beheerders must be able to follow):
//  - herfstvakantie: Saturday before ISO week 42 until the Sunday after it (9 days), all regions;
//  - kerstvakantie: from the Saturday between 19 and 25 December, 16 days, national;
//  - voorjaarsvakantie: ISO week 8 with both weekends, all regions;
//  - meivakantie: ISO week 18 with both weekends, national;
//  - zomervakantie: six weeks with both weekends (44 days), starting in ISO week 28, 29 or 30 per region; the
//    start weeks rotate every year (the rotation below matches the published 2029 summer).
import { addCalendarDays, dateOnly, isoWeekday } from "../time";

export const SCHOOL_REGIONS = ["NOORD", "MIDDEN", "ZUID"] as const;
export type SchoolRegion = (typeof SCHOOL_REGIONS)[number];

export const VACATION_KINDS = ["herfst", "kerst", "voorjaar", "mei", "zomer"] as const;
export type VacationKind = (typeof VACATION_KINDS)[number];

/** A vacation of one school year; region null = the same dates everywhere (landelijk). */
export type SchoolVacationDates = {
  kind: VacationKind;
  region: SchoolRegion | null;
  startDate: Date;
  endDate: Date;
};

export type SchoolYearVacations = { schoolYear: number; published: boolean; vacations: SchoolVacationDates[] };

const NAMES_NL: Record<VacationKind, string> = {
  herfst: "Herfstvakantie",
  kerst: "Kerstvakantie",
  voorjaar: "Voorjaarsvakantie",
  mei: "Meivakantie",
  zomer: "Zomervakantie",
};

/** "Kerstvakantie 2027", named after the year it starts in (the name a beheerder sees and can change). */
export const vacationName = (kind: VacationKind, startDate: Date) => `${NAMES_NL[kind]} ${startDate.getUTCFullYear()}`;

type Published = Record<VacationKind, Record<SchoolRegion, [string, string]>>;

/**
 * The ministry's published dates (rijksoverheid.nl, "Overzicht schoolvakanties <school year>"). Add a school year
 * here when it is published; until then the proposal rules apply and beheerders adjust.
 */
const PUBLISHED: Record<number, Published> = {
  2027: {
    herfst: {
      NOORD: ["2027-10-16", "2027-10-24"],
      MIDDEN: ["2027-10-16", "2027-10-24"],
      ZUID: ["2027-10-23", "2027-10-31"],
    },
    kerst: {
      NOORD: ["2027-12-25", "2028-01-09"],
      MIDDEN: ["2027-12-25", "2028-01-09"],
      ZUID: ["2027-12-25", "2028-01-09"],
    },
    voorjaar: {
      NOORD: ["2028-02-19", "2028-02-27"],
      MIDDEN: ["2028-02-26", "2028-03-05"],
      ZUID: ["2028-02-26", "2028-03-05"],
    },
    mei: {
      NOORD: ["2028-04-29", "2028-05-07"],
      MIDDEN: ["2028-04-29", "2028-05-07"],
      ZUID: ["2028-04-29", "2028-05-07"],
    },
    zomer: {
      NOORD: ["2028-07-15", "2028-08-27"],
      MIDDEN: ["2028-07-08", "2028-08-20"],
      ZUID: ["2028-07-22", "2028-09-03"],
    },
  },
  2028: {
    herfst: {
      NOORD: ["2028-10-14", "2028-10-22"],
      MIDDEN: ["2028-10-21", "2028-10-29"],
      ZUID: ["2028-10-21", "2028-10-29"],
    },
    kerst: {
      NOORD: ["2028-12-23", "2029-01-07"],
      MIDDEN: ["2028-12-23", "2029-01-07"],
      ZUID: ["2028-12-23", "2029-01-07"],
    },
    voorjaar: {
      NOORD: ["2029-02-17", "2029-02-25"],
      MIDDEN: ["2029-02-17", "2029-02-25"],
      ZUID: ["2029-02-10", "2029-02-18"],
    },
    mei: {
      NOORD: ["2029-04-28", "2029-05-06"],
      MIDDEN: ["2029-04-28", "2029-05-06"],
      ZUID: ["2029-04-28", "2029-05-06"],
    },
    zomer: {
      NOORD: ["2029-07-21", "2029-09-02"],
      MIDDEN: ["2029-07-07", "2029-08-19"],
      ZUID: ["2029-07-14", "2029-08-26"],
    },
  },
};

/** Monday of ISO week `week` of `year`. */
export function isoWeekMonday(year: number, week: number): Date {
  const jan4 = dateOnly(`${year}-01-04`);
  return addCalendarDays(jan4, 1 - isoWeekday(jan4) + 7 * (week - 1));
}

/** The week with both weekends around it: Saturday before the Monday of ISO week `week` until the Sunday after. */
function weekWithWeekends(year: number, week: number): [Date, Date] {
  const monday = isoWeekMonday(year, week);
  return [addCalendarDays(monday, -2), addCalendarDays(monday, 6)];
}

const SUMMER_OFFSET: Record<SchoolRegion, number> = { MIDDEN: 2, ZUID: 0, NOORD: 1 };

/** Start week (28, 29 or 30) of a region's summer vacation in a calendar year (proposal rotation). */
export const summerStartWeek = (year: number, region: SchoolRegion) => 28 + ((year + SUMMER_OFFSET[region]) % 3);

function proposedVacations(schoolYear: number): SchoolVacationDates[] {
  const next = schoolYear + 1;
  const national = (kind: VacationKind, [startDate, endDate]: [Date, Date]): SchoolVacationDates => ({
    kind,
    region: null,
    startDate,
    endDate,
  });
  let christmas = dateOnly(`${schoolYear}-12-19`);
  while (isoWeekday(christmas) !== 6) christmas = addCalendarDays(christmas, 1);
  const summers = SCHOOL_REGIONS.map((region): SchoolVacationDates => {
    const [startDate] = weekWithWeekends(next, summerStartWeek(next, region));
    return { kind: "zomer", region, startDate, endDate: addCalendarDays(startDate, 43) };
  });
  return [
    national("herfst", weekWithWeekends(schoolYear, 42)),
    national("kerst", [christmas, addCalendarDays(christmas, 15)]),
    national("voorjaar", weekWithWeekends(next, 8)),
    national("mei", weekWithWeekends(next, 18)),
    ...summers,
  ];
}

/** Published dates folded per kind: one national row when all regions agree, else one row per region. */
function publishedVacations(published: Published): SchoolVacationDates[] {
  return VACATION_KINDS.flatMap((kind) => {
    const perRegion = published[kind];
    const same = SCHOOL_REGIONS.every(
      (r) => perRegion[r][0] === perRegion.NOORD[0] && perRegion[r][1] === perRegion.NOORD[1],
    );
    const rows = (region: SchoolRegion | null, [start, end]: [string, string]): SchoolVacationDates => ({
      kind,
      region,
      startDate: dateOnly(start),
      endDate: dateOnly(end),
    });
    return same ? [rows(null, perRegion.NOORD)] : SCHOOL_REGIONS.map((r) => rows(r, perRegion[r]));
  });
}

/** The vacations of a school year: published when we ship them, otherwise the proposal. */
export function schoolYearVacations(schoolYear: number): SchoolYearVacations {
  const published = PUBLISHED[schoolYear];
  return {
    schoolYear,
    published: !!published,
    vacations: published ? publishedVacations(published) : proposedVacations(schoolYear),
  };
}

/** Only the rows that apply to one of `regions` (national rows always do). */
export const vacationsForRegions = (vacations: SchoolVacationDates[], regions: SchoolRegion[]) =>
  vacations.filter((v) => v.region === null || regions.includes(v.region));

/** The school year a date belongs to: from 1 August on, the year that starts then. */
export const schoolYearOf = (date: Date) => date.getUTCFullYear() - (date.getUTCMonth() < 7 ? 1 : 0);
