// Date formatting for display, always in Amsterdam time and the user's locale.
import { TZDate } from "@date-fns/tz";
import { format, type Month } from "date-fns";
import { enGB, nl } from "date-fns/locale";
import { TIME_ZONE } from "@/lib/time";

const locales = { nl, en: enGB } as const;
const dateFnsLocale = (locale: string) => locales[locale as keyof typeof locales] ?? nl;

export function formatDate(isoDate: string, locale: string, pattern = "d MMMM yyyy"): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  return format(new Date(y, m - 1, d), pattern, { locale: dateFnsLocale(locale) });
}

// The photo feed formats 24 times per page. A TZDate per call was ~24 us (about 5% of the page's server CPU); one
// reused Intl formatter for the Amsterdam wall clock is ~2 us. The patterns the pages use are built from its parts;
// any other pattern takes the general date-fns path. tests/unit/format.test.ts checks both give the same text.
const wallClockFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

function amsterdamWallClock(instant: Date): { year: string; month: number; day: string; hour: string; minute: string } {
  const part: Record<string, string> = {};
  for (const { type, value } of wallClockFormat.formatToParts(instant)) part[type] = value;
  return { year: part.year, month: Number(part.month), day: part.day, hour: part.hour, minute: part.minute };
}

const FAST_PATTERNS: Record<string, (clock: ReturnType<typeof amsterdamWallClock>, monthShort: string) => string> = {
  "d MMM yyyy HH:mm": (c, month) => `${c.day} ${month} ${c.year} ${c.hour}:${c.minute}`,
  "d MMM yyyy": (c, month) => `${c.day} ${month} ${c.year}`,
  "HH:mm": (c) => `${c.hour}:${c.minute}`,
};

export function formatDateTime(instant: Date, locale: string, pattern = "d MMM yyyy HH:mm"): string {
  const fast = FAST_PATTERNS[pattern];
  if (!fast) return formatDateTimeWithDateFns(instant, locale, pattern);
  const clock = amsterdamWallClock(instant);
  return fast(
    clock,
    dateFnsLocale(locale).localize.month((clock.month - 1) as Month, { width: "abbreviated", context: "formatting" }),
  );
}

/** The general path (any date-fns pattern); also the reference the fast patterns are tested against. */
export function formatDateTimeWithDateFns(instant: Date, locale: string, pattern: string): string {
  return format(new TZDate(instant.getTime(), TIME_ZONE), pattern, { locale: dateFnsLocale(locale) });
}
