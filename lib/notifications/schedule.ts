// When a notification e-mail may go out, given the recipient's settings. Pure functions (no database), so the
// quiet-hours and digest rules are unit-tested across midnight and DST changes (tests/unit/notification-schedule.test.ts).
import { TZDate } from "@date-fns/tz";
import { addCalendarDays, amsterdamInstant, TIME_ZONE, todayDate } from "../time";

export type EmailModeValue = "IMMEDIATE" | "DIGEST" | "OFF";

/** The daily digest goes out at 19:30 Amsterdam time: after pick-up, when parents have a moment. */
export const DIGEST_MINUTES = 19 * 60 + 30;

export type DeliverySettings = {
  emailMode: EmailModeValue;
  quietStartMinutes: number | null;
  quietEndMinutes: number | null;
};

/** Minutes after midnight, Amsterdam wall-clock time, of an instant. */
export function amsterdamMinuteOfDay(instant: Date): number {
  const local = new TZDate(instant.getTime(), TIME_ZONE);
  return local.getHours() * 60 + local.getMinutes();
}

/** Quiet hours may wrap midnight (21:00-07:00). Equal start and end, or a missing bound, means no quiet hours. */
export function isInQuietHours(minute: number, start: number | null, end: number | null): boolean {
  if (start === null || end === null || start === end) return false;
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/** The first instant after `now` at which the Amsterdam clock shows `minute`. */
export function nextAmsterdamMinute(now: Date, minute: number): Date {
  const today = todayDate(now);
  const candidate = amsterdamInstant(today, minute);
  return candidate.getTime() > now.getTime() ? candidate : amsterdamInstant(addCalendarDays(today, 1), minute);
}

/** An instant moved out of the quiet hours (to their end) when it falls inside them. */
function afterQuietHours(instant: Date, settings: DeliverySettings): Date {
  const { quietStartMinutes: start, quietEndMinutes: end } = settings;
  if (!isInQuietHours(amsterdamMinuteOfDay(instant), start, end)) return instant;
  return nextAmsterdamMinute(instant, end!);
}

/**
 * null = send now; a Date = hold it back until then; "never" = the user switched e-mail off.
 * DIGEST collects everything until the next 19:30; quiet hours push any delivery to their end.
 */
export function scheduleDelivery(settings: DeliverySettings, now: Date = new Date()): Date | null | "never" {
  if (settings.emailMode === "OFF") return "never";
  if (settings.emailMode === "DIGEST") return afterQuietHours(nextAmsterdamMinute(now, DIGEST_MINUTES), settings);
  const target = afterQuietHours(now, settings);
  return target === now ? null : target;
}
