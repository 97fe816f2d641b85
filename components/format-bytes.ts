/** "84 kB", "1,2 MB": file sizes for people, in the user's number format. */
export function formatBytes(bytes: number, locale: string): string {
  const format = (value: number, unit: string) =>
    `${new Intl.NumberFormat(locale === "en" ? "en-GB" : "nl-NL", { maximumFractionDigits: 1 }).format(value)} ${unit}`;
  if (bytes < 1000) return format(bytes, "B");
  if (bytes < 1_000_000) return format(bytes / 1000, "kB");
  return format(bytes / 1_000_000, "MB");
}
