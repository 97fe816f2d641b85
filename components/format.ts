// Date formatting for display, always in Amsterdam time and the user's locale.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { enGB, nl } from "date-fns/locale";

const locales = { nl, en: enGB } as const;

export function formatDate(isoDate: string, locale: string, pattern = "d MMMM yyyy"): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  return format(new Date(y, m - 1, d), pattern, { locale: locales[locale as keyof typeof locales] ?? nl });
}

export function formatDateTime(instant: Date, locale: string, pattern = "d MMM yyyy HH:mm"): string {
  return format(new TZDate(instant.getTime(), "Europe/Amsterdam"), pattern, { locale: locales[locale as keyof typeof locales] ?? nl });
}
