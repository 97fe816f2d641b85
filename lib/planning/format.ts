// Display helpers shared by server pages and client forms (no server imports). Integer arithmetic only.
export { formatRoefjes } from "./rules";

/** "2 u 30 min" (Dutch) from minutes; the units are the same short forms in both locales. */
export function formatDuration(minutes: number, locale = "nl"): string {
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  const hUnit = locale === "en" ? "h" : "u";
  const text = m === 0 ? `${h} ${hUnit}` : h === 0 ? `${m} min` : `${h} ${hUnit} ${m} min`;
  return minutes < 0 ? `-${text}` : text;
}
