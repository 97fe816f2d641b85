// The one clock. Every "now" and "today" in lib/ and app/ comes from here (tests/unit/clock.test.ts fails on a
// `new Date()` or `Date.now()` anywhere else), and DAL functions take `now` as a parameter that defaults to it.
// Why one place: the suite must pass on any date (scripts/test-at.ts runs it under libfaketime at awkward instants),
// and a test or a script can pin the instant here instead of scattering fake timers.
// Importable from server and client code alike: no server-only imports, no time zone logic (that is lib/time.ts).

export type ClockSource = () => Date;

const systemClock: ClockSource = () => new Date();
let source: ClockSource = systemClock;

/** The current instant. */
export function now(): Date {
  return source();
}

/** The current instant in epoch milliseconds. */
export function nowMs(): number {
  return source().getTime();
}

/**
 * Replaces the clock (tests, scripts that replay a given instant). Pass a Date to freeze it, or a function.
 * Returns a function that puts the previous clock back.
 */
export function setClock(next: Date | ClockSource): () => void {
  const previous = source;
  source = typeof next === "function" ? next : () => new Date(next.getTime());
  return () => {
    source = previous;
  };
}

/** Back to the system clock. */
export function resetClock(): void {
  source = systemClock;
}
