// Quiet hours and the daily digest, across midnight and a DST change (Amsterdam time).
import { describe, expect, it } from "vitest";
import {
  isInQuietHours,
  nextAmsterdamMinute,
  scheduleDelivery,
  DIGEST_MINUTES,
} from "../../lib/notifications/schedule";
import { clockFromMinutes, minutesFromClock } from "../../lib/time";

const at = (iso: string) => new Date(iso);
const immediate = { emailMode: "IMMEDIATE" as const, quietStartMinutes: null, quietEndMinutes: null };
const quiet = { emailMode: "IMMEDIATE" as const, quietStartMinutes: 21 * 60, quietEndMinutes: 7 * 60 };

describe("quiet hours", () => {
  it("wraps midnight and treats equal bounds as none", () => {
    expect(isInQuietHours(22 * 60, 21 * 60, 7 * 60)).toBe(true);
    expect(isInQuietHours(6 * 60 + 59, 21 * 60, 7 * 60)).toBe(true);
    expect(isInQuietHours(7 * 60, 21 * 60, 7 * 60)).toBe(false);
    expect(isInQuietHours(12 * 60, 12 * 60, 14 * 60)).toBe(true);
    expect(isInQuietHours(14 * 60, 12 * 60, 14 * 60)).toBe(false);
    expect(isInQuietHours(600, 600, 600)).toBe(false);
    expect(isInQuietHours(600, null, 700)).toBe(false);
  });

  it("sends at once outside quiet hours and at their end inside them", () => {
    // 12:00 Amsterdam (CET, UTC+1) in November.
    expect(scheduleDelivery(quiet, at("2026-11-24T11:00:00Z"))).toBeNull();
    expect(scheduleDelivery(immediate, at("2026-11-24T22:00:00Z"))).toBeNull();
    // 23:00 Amsterdam -> 07:00 Amsterdam the next day = 06:00 UTC.
    expect(scheduleDelivery(quiet, at("2026-11-24T22:00:00Z"))).toEqual(at("2026-11-25T06:00:00Z"));
    // 05:00 Amsterdam -> 07:00 the same day.
    expect(scheduleDelivery(quiet, at("2026-11-25T04:00:00Z"))).toEqual(at("2026-11-25T06:00:00Z"));
  });

  it("follows the DST change: the end of a night in late March is 07:00 summer time", () => {
    // Night of 28 to 29 March 2026: clocks go forward at 02:00. 23:30 CET = 22:30 UTC; 07:00 CEST = 05:00 UTC.
    expect(scheduleDelivery(quiet, at("2026-03-28T22:30:00Z"))).toEqual(at("2026-03-29T05:00:00Z"));
  });

  it("never mails when e-mail is off", () => {
    expect(scheduleDelivery({ ...immediate, emailMode: "OFF" }, at("2026-11-24T11:00:00Z"))).toBe("never");
  });
});

describe("daily digest", () => {
  it("collects until the next 19:30, then the day after", () => {
    const digest = { ...immediate, emailMode: "DIGEST" as const };
    expect(scheduleDelivery(digest, at("2026-11-24T09:00:00Z"))).toEqual(at("2026-11-24T18:30:00Z"));
    expect(scheduleDelivery(digest, at("2026-11-24T19:00:00Z"))).toEqual(at("2026-11-25T18:30:00Z"));
  });

  it("waits for the end of quiet hours when the digest time is inside them", () => {
    const digest = { emailMode: "DIGEST" as const, quietStartMinutes: 19 * 60, quietEndMinutes: 8 * 60 };
    expect(scheduleDelivery(digest, at("2026-11-24T09:00:00Z"))).toEqual(at("2026-11-25T07:00:00Z"));
  });

  it("finds the next wall-clock minute", () => {
    expect(nextAmsterdamMinute(at("2026-11-24T18:30:00Z"), DIGEST_MINUTES)).toEqual(at("2026-11-25T18:30:00Z"));
  });
});

describe("clock values", () => {
  it("round-trips HH:mm and rejects nonsense", () => {
    expect(minutesFromClock("21:00")).toBe(1260);
    expect(minutesFromClock("07:05")).toBe(425);
    expect(minutesFromClock("24:00")).toBeNull();
    expect(minutesFromClock("7:00")).toBeNull();
    expect(minutesFromClock("<script>")).toBeNull();
    expect(clockFromMinutes(425)).toBe("07:05");
    expect(clockFromMinutes(null)).toBe("");
  });
});
