// Contract days as text: "ma-o,ma-m,wo-n" = Monday morning, Monday afternoon, Wednesday after school. One notation
// for the admin form and the CSV import, so beheerders learn it once. Pure functions (used by forms, DAL and tests).
import type { Dagdeel } from "../generated/prisma/enums";

export type ContractDaySpec = { weekday: number; dagdeel: Dagdeel };

const WEEKDAYS: Record<string, number> = { ma: 1, di: 2, wo: 3, do: 4, vr: 5 };
const DAGDELEN: Record<string, Dagdeel> = { o: "OCHTEND", m: "MIDDAG", n: "NASCHOOLS" };
const WEEKDAY_CODES = ["", "ma", "di", "wo", "do", "vr"];
const DAGDEEL_CODES: Record<Dagdeel, string> = { OCHTEND: "o", MIDDAG: "m", NASCHOOLS: "n" };

/** Parses "ma-o,wo-m" (spaces and case ignored, duplicates dropped). Returns null when any part is not understood. */
export function parseContractDays(text: string): ContractDaySpec[] | null {
  const parts = text
    .toLowerCase()
    .split(/[,\s]+/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) return null;
  const seen = new Map<string, ContractDaySpec>();
  for (const part of parts) {
    const match = /^(ma|di|wo|do|vr)-(o|m|n)$/.exec(part);
    if (!match) return null;
    seen.set(part, { weekday: WEEKDAYS[match[1]], dagdeel: DAGDELEN[match[2]] });
  }
  return [...seen.values()].sort((a, b) => a.weekday - b.weekday || a.dagdeel.localeCompare(b.dagdeel));
}

export function formatContractDays(days: ContractDaySpec[]): string {
  return [...days]
    .sort((a, b) => a.weekday - b.weekday || a.dagdeel.localeCompare(b.dagdeel))
    .map((day) => `${WEEKDAY_CODES[day.weekday]}-${DAGDEEL_CODES[day.dagdeel]}`)
    .join(",");
}
