// Presence rules (issue 18), pure: no database, no clock (they take `now`). Unit-tested in tests/unit/presence-rules.
import type { Dagdeel } from "../generated/prisma/enums";
import { amsterdamInstant } from "../time";

/** A pick-up this many minutes after the booked care ends counts as late (a chat at the door is not late). */
export const LATE_GRACE_MINUTES = 5;

export type DagdeelTimes = { dagdeel: Dagdeel; startMinutes: number; endMinutes: number }[];

/**
 * When the child's care ends on `date`: the end of the latest booked dagdeel (contract, approved extra) that was not
 * reported absent; without any booking (checked in anyway), the location's closing time.
 */
export function careEndsAt({
  date,
  booked,
  times,
}: {
  date: Date;
  booked: Dagdeel[];
  times: DagdeelTimes;
}): Date | null {
  const ends = times.filter((t) => booked.length === 0 || booked.includes(t.dagdeel)).map((t) => t.endMinutes);
  if (ends.length === 0) return null;
  return amsterdamInstant(date, Math.max(...ends));
}

/**
 * Minutes a pick-up is late: still here after the care ended (until now), or collected after it. 0 when on time,
 * not checked in, or when the end is unknown. Within the grace it is 0 too.
 */
export function lateMinutes({
  careEnd,
  checkedInAt,
  checkedOutAt,
  now,
}: {
  careEnd: Date | null;
  checkedInAt: Date | null;
  checkedOutAt: Date | null;
  now: Date;
}): number {
  if (!careEnd || !checkedInAt) return 0;
  const until = checkedOutAt ?? now;
  const minutes = Math.floor((until.getTime() - careEnd.getTime()) / 60_000);
  return minutes > LATE_GRACE_MINUTES ? minutes : 0;
}

/**
 * A time typed by staff ("HH:mm", Amsterdam) on the care day, for a check-in or check-out they register afterwards.
 * Empty = now. Not in the future (more than a minute), and a check-out not before its check-in.
 */
export function registeredTime(
  typed: string,
  { date, now, notBefore }: { date: Date; now: Date; notBefore?: Date | null },
): { ok: true; at: Date } | { ok: false; reason: "time" | "timeFuture" | "beforeCheckIn" } {
  let at = now;
  if (typed.trim() !== "") {
    const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(typed.trim());
    if (!match) return { ok: false, reason: "time" };
    at = amsterdamInstant(date, Number(match[1]) * 60 + Number(match[2]));
    if (at.getTime() > now.getTime() + 60_000) return { ok: false, reason: "timeFuture" };
  }
  if (notBefore && at.getTime() < notBefore.getTime()) return { ok: false, reason: "beforeCheckIn" };
  return { ok: true, at };
}
