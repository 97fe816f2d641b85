// formatDateTime's fast patterns (one reused Intl formatter) must print exactly what date-fns with TZDate prints,
// including around the daylight-saving switches, at midnight and for every month name in both languages.
import { describe, expect, it } from "vitest";
import { formatDateTime, formatDateTimeWithDateFns } from "../../components/format";

const PATTERNS = ["d MMM yyyy HH:mm", "d MMM yyyy", "HH:mm"];

function instants(): Date[] {
  const out: Date[] = [];
  // Every 97 minutes for two years: all months, all hours, both offsets.
  for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2028, 0, 1); t += 97 * 60_000) out.push(new Date(t));
  // Each minute around the switches (last Sunday of March and October, 01:00 UTC) and around midnight.
  for (const switchAt of [
    Date.UTC(2026, 2, 29, 1),
    Date.UTC(2026, 9, 25, 1),
    Date.UTC(2027, 2, 28, 1),
    Date.UTC(2027, 9, 31, 1),
    Date.UTC(2026, 11, 31, 23),
  ]) {
    for (let m = -90; m <= 90; m++) out.push(new Date(switchAt + m * 60_000));
  }
  return out;
}

describe("formatDateTime", () => {
  it.each(["nl", "en", "xx"])("prints the same as date-fns with TZDate (%s)", (locale) => {
    const mismatches: string[] = [];
    for (const instant of instants()) {
      for (const pattern of PATTERNS) {
        const fast = formatDateTime(instant, locale, pattern);
        const reference = formatDateTimeWithDateFns(instant, locale, pattern);
        if (fast !== reference) mismatches.push(`${instant.toISOString()} ${pattern}: ${fast} != ${reference}`);
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it("uses Amsterdam time and the default pattern", () => {
    expect(formatDateTime(new Date("2026-07-01T10:05:00Z"), "nl")).toBe("1 jul. 2026 12:05");
    expect(formatDateTime(new Date("2026-12-31T23:30:00Z"), "en")).toBe("1 Jan 2027 00:30");
    expect(formatDateTime(new Date("2026-07-01T10:05:00Z"), "nl", "EEEE")).toBe("woensdag");
  });
});
