// lib/calendar: public holidays for any year (checked against published years), school vacation data and the
// proposal, and the location calendar (closed per location, vacations per region).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildCalendar } from "../../lib/calendar/calendar";
import { easterSunday, koningsdag, publicHolidays, publicHolidaysBetween } from "../../lib/calendar/holidays";
import {
  isoWeekMonday,
  SCHOOL_REGIONS,
  schoolYearOf,
  schoolYearVacations,
  vacationsForRegions,
} from "../../lib/calendar/school-vacations";
import { dateOnly, isoWeekday, toIsoDate } from "../../lib/time";

const iso = (dates: { date: Date; key: string }[]) => dates.map((d) => `${toIsoDate(d.date)} ${d.key}`);
const roef = { bevrijdingsdag: "EVERY_YEAR", closedOnGoodFriday: false } as const;

describe("public holidays", () => {
  it("Easter Sunday matches the published dates", () => {
    const published: Record<number, string> = {
      2024: "2024-03-31",
      2025: "2025-04-20",
      2026: "2026-04-05",
      2027: "2027-03-28",
      2028: "2028-04-16",
      2029: "2029-04-01",
      2030: "2030-04-21",
      2038: "2038-04-25",
      2285: "2285-03-22",
    };
    for (const [year, date] of Object.entries(published)) expect(toIsoDate(easterSunday(Number(year)))).toBe(date);
  });

  it("2027 for de Roef: the days the old seed listed, computed", () => {
    expect(iso(publicHolidays(2027, roef))).toEqual([
      "2027-01-01 nieuwjaarsdag",
      "2027-03-29 tweedePaasdag",
      "2027-04-27 koningsdag",
      "2027-05-05 bevrijdingsdag",
      "2027-05-06 hemelvaartsdag",
      "2027-05-17 tweedePinksterdag",
      "2027-12-25 eersteKerstdag",
      "2027-12-26 tweedeKerstdag",
    ]);
  });

  it("Koningsdag moves to the 26th when the 27th is a Sunday (2025, 2031), never otherwise", () => {
    expect(toIsoDate(koningsdag(2025))).toBe("2025-04-26");
    expect(toIsoDate(koningsdag(2031))).toBe("2031-04-26");
    expect(toIsoDate(koningsdag(2030))).toBe("2030-04-27");
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2400 }), (year) => {
        const day = koningsdag(year);
        expect(isoWeekday(day)).not.toBe(7);
        expect(toIsoDate(day)).toBe(isoWeekday(dateOnly(`${year}-04-27`)) === 7 ? `${year}-04-26` : `${year}-04-27`);
      }),
    );
  });

  it("Bevrijdingsdag every year or only in lustrum years; Goede Vrijdag as a setting", () => {
    const lustrum = { bevrijdingsdag: "LUSTRUM", closedOnGoodFriday: true } as const;
    expect(iso(publicHolidays(2029, lustrum)).filter((d) => /bevrijdings|goede/i.test(d))).toEqual([
      "2029-03-30 goedeVrijdag",
    ]);
    expect(iso(publicHolidays(2030, lustrum)).filter((d) => /bevrijdings|goede/i.test(d))).toEqual([
      "2030-04-19 goedeVrijdag",
      "2030-05-05 bevrijdingsdag",
    ]);
    expect(iso(publicHolidays(2029, roef))).toContain("2029-05-05 bevrijdingsdag");
  });

  it("Easter-based days keep their weekday and order in every year", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2400 }), (year) => {
        const days = publicHolidays(year, { bevrijdingsdag: "EVERY_YEAR", closedOnGoodFriday: true });
        const of = (key: string) => days.find((d) => d.key === key)!.date;
        expect(isoWeekday(easterSunday(year))).toBe(7);
        expect(isoWeekday(of("goedeVrijdag"))).toBe(5);
        expect(isoWeekday(of("tweedePaasdag"))).toBe(1);
        expect(isoWeekday(of("hemelvaartsdag"))).toBe(4);
        expect(isoWeekday(of("tweedePinksterdag"))).toBe(1);
        expect(toIsoDate(easterSunday(year)) >= `${year}-03-22`).toBe(true);
        expect(toIsoDate(easterSunday(year)) <= `${year}-04-25`).toBe(true);
      }),
    );
  });

  it("publicHolidaysBetween spans a year end", () => {
    const days = publicHolidaysBetween(dateOnly("2027-12-20"), dateOnly("2028-01-05"), roef);
    expect([...days.keys()]).toEqual(["2027-12-25", "2027-12-26", "2028-01-01"]);
  });
});

describe("school vacations", () => {
  it("ships the ministry's published 2027-2028 dates per region, national where all regions agree", () => {
    const year = schoolYearVacations(2027);
    expect(year.published).toBe(true);
    const rows = year.vacations.map(
      (v) => `${v.kind} ${v.region ?? "*"} ${toIsoDate(v.startDate)} ${toIsoDate(v.endDate)}`,
    );
    expect(rows).toContain("kerst * 2027-12-25 2028-01-09");
    expect(rows).toContain("zomer MIDDEN 2028-07-08 2028-08-20");
    expect(rows).toContain("herfst ZUID 2027-10-23 2027-10-31");
    expect(rows.filter((r) => r.startsWith("mei"))).toEqual(["mei * 2028-04-29 2028-05-07"]);
  });

  it("the proposal reproduces the published 2028-2029 dates where the rules are fixed", () => {
    // Only the proposal rules, applied to a published year, checked against it.
    const published = schoolYearVacations(2028).vacations;
    const christmas = published.find((v) => v.kind === "kerst")!;
    expect(isoWeekday(christmas.startDate)).toBe(6);
    expect(toIsoDate(isoWeekMonday(2029, 18))).toBe("2029-04-30"); // meivakantie 28 April - 6 May 2029
    expect(toIsoDate(isoWeekMonday(2028, 42))).toBe("2028-10-16"); // herfst noord 14-22 October 2028
  });

  it("proposes a full school year for years without published dates: Saturday to Sunday, summer per region", () => {
    for (const schoolYear of [2026, 2029, 2030, 2040]) {
      const { published, vacations } = schoolYearVacations(schoolYear);
      expect(published).toBe(false);
      for (const v of vacations) {
        expect(isoWeekday(v.startDate)).toBe(6);
        expect(isoWeekday(v.endDate)).toBe(7);
        expect(v.startDate.getUTCFullYear()).toBeGreaterThanOrEqual(schoolYear);
      }
      const summers = vacations.filter((v) => v.kind === "zomer");
      expect(summers.map((v) => v.region).sort()).toEqual([...SCHOOL_REGIONS].sort());
      expect(new Set(summers.map((v) => toIsoDate(v.startDate))).size).toBe(3);
    }
    expect(toIsoDate(schoolYearVacations(2026).vacations.find((v) => v.kind === "kerst")!.startDate)).toBe(
      "2026-12-19",
    );
  });

  it("filters to regions and names the school year of a date", () => {
    const rows = vacationsForRegions(schoolYearVacations(2027).vacations, ["NOORD"]);
    expect(rows.every((v) => v.region === null || v.region === "NOORD")).toBe(true);
    expect(schoolYearOf(dateOnly("2027-07-31"))).toBe(2026);
    expect(schoolYearOf(dateOnly("2027-08-01"))).toBe(2027);
  });
});

describe("location calendar", () => {
  const calendar = buildCalendar({
    from: dateOnly("2027-10-01"),
    to: dateOnly("2028-01-31"),
    settings: roef,
    closedDays: [
      { date: dateOnly("2027-11-10"), name: "Studiedag Haven", locationId: "haven" },
      { date: dateOnly("2027-11-12"), name: "Teamdag", locationId: null },
    ],
    vacations: [
      {
        id: "h-n",
        name: "Herfst noord",
        region: "NOORD",
        startDate: dateOnly("2027-10-16"),
        endDate: dateOnly("2027-10-24"),
      },
      {
        id: "h-z",
        name: "Herfst zuid",
        region: "ZUID",
        startDate: dateOnly("2027-10-23"),
        endDate: dateOnly("2027-10-31"),
      },
      { id: "k", name: "Kerst", region: null, startDate: dateOnly("2027-12-25"), endDate: dateOnly("2028-01-09") },
    ],
    regions: new Map([
      ["haven", "NOORD"],
      ["zuid", "ZUID"],
    ]),
  });

  it("closes a location's own closed day only there; organisation days and holidays everywhere", () => {
    expect(calendar.closedName(dateOnly("2027-11-10"), "haven")).toBe("Studiedag Haven");
    expect(calendar.closedName(dateOnly("2027-11-10"), "zuid")).toBeNull();
    expect(calendar.closedName(dateOnly("2027-11-12"), "zuid")).toBe("Teamdag");
    expect(calendar.closedName(dateOnly("2027-12-26"), "zuid")).toBe("Tweede Kerstdag");
  });

  it("gives each location the vacations of its region plus national ones", () => {
    expect(calendar.vacationOn(dateOnly("2027-10-27"), "haven")).toBeUndefined();
    expect(calendar.vacationOn(dateOnly("2027-10-27"), "zuid")?.id).toBe("h-z");
    expect(calendar.vacationOn(dateOnly("2027-10-18"), "haven")?.id).toBe("h-n");
    expect(calendar.vacationsAt("haven").map((v) => v.id)).toEqual(["h-n", "k"]);
    expect(calendar.vacationsAt("unknown").map((v) => v.id)).toEqual(["k"]);
  });
});
