// Dates in words for text that leaves the pages (e-mail subjects and bodies, push texts), written the way the pages
// write them: "dinsdag 1 december", never 2026-12-01 or 01-12-2026 (issue 17). Care days are UTC-midnight dates.

const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, withYear: boolean): Intl.DateTimeFormat {
  const key = `${locale}:${withYear}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "nl-NL", {
      timeZone: "UTC",
      weekday: "long",
      day: "numeric",
      month: "long",
      ...(withYear ? { year: "numeric" } : {}),
    });
    formats.set(key, format);
  }
  return format;
}

/** "dinsdag 1 december" (or with the year: "dinsdag 1 december 2026") for a "yyyy-MM-dd" date. */
export function dayInWords(isoDate: string, { locale = "nl", withYear = false } = {}): string {
  return formatter(locale, withYear)
    .format(new Date(`${isoDate}T00:00:00Z`))
    .replace(",", "");
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Message values with every "yyyy-MM-dd" written in words, for the forms that show an action's translated message
 * (the planning and swap errors carry the date they are about: "Op {date} is er geen opvang").
 */
export function valuesInWords(
  values: Record<string, string> | undefined,
  locale: string,
): Record<string, string> | undefined {
  if (!values) return values;
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, ISO_DATE.test(value) ? dayInWords(value, { locale }) : value]),
  );
}
