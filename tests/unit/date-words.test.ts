// Dates in e-mail subjects and texts read like the pages (issue 17): weekday, day and month in words.
import { describe, expect, it } from "vitest";
import { dayInWords, valuesInWords } from "../../lib/date-words";

describe("dayInWords", () => {
  it("writes a care day in Dutch and English, with the year on request, never as digits", () => {
    expect(dayInWords("2026-12-01")).toBe("dinsdag 1 december");
    expect(dayInWords("2026-12-01", { withYear: true })).toBe("dinsdag 1 december 2026");
    expect(dayInWords("2026-12-01", { locale: "en" })).toBe("Tuesday 1 December");
    // The calendar date itself, whatever the server's zone (care days are UTC midnight).
    expect(dayInWords("2027-03-28")).toBe("zondag 28 maart");
    expect(dayInWords("2026-10-25")).toBe("zondag 25 oktober");
  });
});

describe("valuesInWords", () => {
  it("writes the dates among an action message's values in words and leaves the rest", () => {
    expect(valuesInWords({ date: "2027-03-06", name: "Noor", count: "2" }, "nl")).toEqual({
      date: "zaterdag 6 maart",
      name: "Noor",
      count: "2",
    });
    expect(valuesInWords({ date: "2027-03-06" }, "en")).toEqual({ date: "Saturday 6 March" });
    expect(valuesInWords(undefined, "nl")).toBeUndefined();
  });
});
