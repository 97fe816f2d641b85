import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  amsterdamDateString,
  amsterdamInstant,
  dateOnly,
  isoWeekday,
  todayDate,
} from "../../lib/time";

describe("Amsterdam calendar helpers", () => {
  it("maps instants to the Amsterdam date, also around midnight UTC", () => {
    expect(amsterdamDateString(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01"); // 00:30 CEST
    expect(amsterdamDateString(new Date("2026-12-31T22:59:00Z"))).toBe("2026-12-31"); // 23:59 CET
    expect(amsterdamDateString(new Date("2026-12-31T23:00:00Z"))).toBe("2027-01-01");
    expect(todayDate(new Date("2026-12-31T23:30:00Z")).toISOString()).toBe("2027-01-01T00:00:00.000Z");
  });

  it("computes wall-clock deadlines across DST changes", () => {
    // 09:00 in Amsterdam is 08:00 UTC in winter and 07:00 UTC in summer; DST starts 2027-03-28, ends 2026-10-25.
    expect(amsterdamInstant(dateOnly("2027-03-27"), 540).toISOString()).toBe("2027-03-27T08:00:00.000Z");
    expect(amsterdamInstant(dateOnly("2027-03-28"), 540).toISOString()).toBe("2027-03-28T07:00:00.000Z");
    expect(amsterdamInstant(dateOnly("2026-10-25"), 540).toISOString()).toBe("2026-10-25T08:00:00.000Z");
    expect(amsterdamInstant(dateOnly("2026-10-24"), 540).toISOString()).toBe("2026-10-24T07:00:00.000Z");
  });

  it("adds calendar days over month, year and DST boundaries", () => {
    expect(addCalendarDays(dateOnly("2026-12-31"), 1).toISOString().slice(0, 10)).toBe("2027-01-01");
    expect(addCalendarDays(dateOnly("2027-03-27"), 2).toISOString().slice(0, 10)).toBe("2027-03-29");
    expect(isoWeekday(dateOnly("2026-11-29"))).toBe(7);
    expect(isoWeekday(dateOnly("2026-11-30"))).toBe(1);
  });

  it("rejects impossible dates", () => {
    expect(() => dateOnly("2026-02-30")).toThrow();
    expect(() => dateOnly("30-11-2026")).toThrow();
  });
});
