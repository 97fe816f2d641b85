// The presence list as CSV for the GGD (issue 18): semicolon-separated with a BOM, so Dutch Excel opens it as
// columns with accents intact; dates as dd-MM-yyyy and times as HH:mm in Amsterdam time. Pure, unit-tested.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { TIME_ZONE } from "../time";
import type { PresenceListRow } from "./queries";

/** A cell a spreadsheet will not run as a formula ("=HYPERLINK(...)" typed as a pick-up name) and ; and " quoted. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const dutchDate = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
const clock = (instant: string | null) =>
  instant ? format(new TZDate(new Date(instant).getTime(), TIME_ZONE), "HH:mm") : "";

export function presenceCsv(rows: PresenceListRow[], header: string[]): string {
  const lines = [header.map(csvCell).join(";")];
  for (const r of rows)
    lines.push(
      [
        dutchDate(r.date),
        r.groupName,
        r.childName,
        dutchDate(r.birthDate),
        clock(r.checkedInAt),
        clock(r.checkedOutAt),
        r.pickedUpByName,
      ]
        .map(csvCell)
        .join(";"),
    );
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
