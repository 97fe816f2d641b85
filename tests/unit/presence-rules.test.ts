// Presence rules and the CSV (issue 18), pure.
import { describe, expect, it } from "vitest";
import { careEndsAt, lateMinutes, registeredTime } from "../../lib/presence/rules";
import { csvCell, presenceCsv } from "../../lib/presence/csv";
import { amsterdamInstant, dateOnly } from "../../lib/time";

const day = dateOnly("2026-03-30"); // the Monday after the spring DST change
const times = [
  { dagdeel: "OCHTEND" as const, startMinutes: 450, endMinutes: 780 },
  { dagdeel: "MIDDAG" as const, startMinutes: 780, endMinutes: 1110 },
];

describe("presence rules", () => {
  it("care ends at the end of the latest booked dagdeel, in Amsterdam time", () => {
    expect(careEndsAt({ date: day, booked: ["OCHTEND"], times })?.toISOString()).toBe("2026-03-30T11:00:00.000Z");
    expect(careEndsAt({ date: day, booked: ["OCHTEND", "MIDDAG"], times })?.toISOString()).toBe(
      "2026-03-30T16:30:00.000Z",
    );
    // Not booked (checked in at the door): the location's closing time.
    expect(careEndsAt({ date: day, booked: [], times })?.toISOString()).toBe("2026-03-30T16:30:00.000Z");
    expect(careEndsAt({ date: day, booked: ["OCHTEND"], times: [] })).toBeNull();
  });

  it("late: after the grace, while still here or when collected", () => {
    const careEnd = amsterdamInstant(day, 1110);
    const checkedInAt = amsterdamInstant(day, 480);
    const plus = (min: number) => new Date(careEnd.getTime() + min * 60_000);
    expect(lateMinutes({ careEnd, checkedInAt, checkedOutAt: null, now: plus(5) })).toBe(0);
    expect(lateMinutes({ careEnd, checkedInAt, checkedOutAt: null, now: plus(6) })).toBe(6);
    expect(lateMinutes({ careEnd, checkedInAt, checkedOutAt: plus(12), now: plus(60) })).toBe(12);
    expect(lateMinutes({ careEnd, checkedInAt, checkedOutAt: plus(-30), now: plus(60) })).toBe(0);
    expect(lateMinutes({ careEnd, checkedInAt: null, checkedOutAt: null, now: plus(60) })).toBe(0);
  });

  it("typed times: HH:mm on the care day, not in the future, a check-out not before the check-in", () => {
    const now = amsterdamInstant(day, 600);
    expect(registeredTime("", { date: day, now })).toEqual({ ok: true, at: now });
    expect(registeredTime("08:15", { date: day, now })).toEqual({ ok: true, at: amsterdamInstant(day, 495) });
    expect(registeredTime("8:15", { date: day, now })).toEqual({ ok: false, reason: "time" });
    expect(registeredTime("24:00", { date: day, now })).toEqual({ ok: false, reason: "time" });
    expect(registeredTime("10:30", { date: day, now })).toEqual({ ok: false, reason: "timeFuture" });
    expect(registeredTime("08:00", { date: day, now, notBefore: amsterdamInstant(day, 490) })).toEqual({
      ok: false,
      reason: "beforeCheckIn",
    });
  });
});

describe("presence CSV", () => {
  it("semicolons with a BOM, Dutch dates, Amsterdam times, and no formulas from names", () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell("+31 6")).toBe("'+31 6");
    expect(csvCell("Jansen; Piet")).toBe('"Jansen; Piet"');
    const csv = presenceCsv(
      [
        {
          date: "2026-03-30",
          groupName: "Dolfijnen",
          childName: "Noor Jansen",
          birthDate: "2024-02-11",
          checkedInAt: "2026-03-30T06:15:00.000Z",
          checkedOutAt: null,
          pickedUpByName: "",
        },
      ],
      ["Datum", "Groep", "Kind", "Geboortedatum", "Aankomst", "Vertrek", "Opgehaald door"],
    );
    expect(csv.startsWith("\uFEFFDatum;Groep;")).toBe(true);
    expect(csv.split("\r\n")[1]).toBe("30-03-2026;Dolfijnen;Noor Jansen;11-02-2024;08:15;;");
  });
});
