// The CSV layout of the planning-system export (one row per child and contract), documented in
// docs/beheer-import.md. Pure parsing and per-row validation; lib/beheer/import.ts adds the database checks.
//
// debiteurnummer;gezinsnaam;ouder_naam;ouder_email;ouder2_naam;ouder2_email;kind_voornaam;kind_achternaam;
// geboortedatum;groep;startdatum;einddatum;opvangsoort;dagen;vakantieuren
//
// Separator ; or , (detected from the header), UTF-8 with or without BOM or else Windows-1252 (decodeCsvBytes), dates as
// yyyy-mm-dd or dd-mm-yyyy.
import { parse } from "csv-parse/sync";
import { parseContractDays, type ContractDaySpec } from "./contract-days";
import { isCalendarDate } from "../time";
import { CSV_MAX_BYTES, CSV_MAX_ROWS } from "./import-limits";

export const CSV_COLUMNS = [
  "debiteurnummer",
  "gezinsnaam",
  "ouder_naam",
  "ouder_email",
  "ouder2_naam",
  "ouder2_email",
  "kind_voornaam",
  "kind_achternaam",
  "geboortedatum",
  "groep",
  "startdatum",
  "einddatum",
  "opvangsoort",
  "dagen",
  "vakantieuren",
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
const OPTIONAL_COLUMNS: CsvColumn[] = ["ouder2_naam", "ouder2_email", "einddatum", "vakantieuren"];
export { CSV_MAX_BYTES, CSV_MAX_ROWS };

export type CsvEncoding = "utf-8" | "windows-1252";

/**
 * An uploaded CSV's bytes as text, and which encoding that took. Strict UTF-8 first (a BOM is dropped); bytes that
 * are not valid UTF-8 are Windows-1252, which is what Excel writes for "CSV (puntkomma)" on a Dutch Windows. Reading
 * those as UTF-8 would silently turn every é and ë into U+FFFD.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
}

/** A problem with a row or the file: an i18n key under "adminImport.e" plus values for it. */
export type ImportProblem = { key: string; values?: Record<string, string> };

export type ImportRow = {
  debiteurnummer: string;
  familyName: string;
  guardians: { name: string; email: string }[];
  child: { firstName: string; lastName: string; birthDate: string };
  groupName: string;
  startDate: string;
  endDate: string | null;
  careType: "KDV" | "BSO";
  days: ContractDaySpec[];
  vacationHours: number;
};

export type ParsedLine = {
  line: number;
  raw: Record<string, string>;
  row: ImportRow | null;
  problems: ImportProblem[];
};

/** "2025-01-06" or "06-01-2025" (also with /) -> "2025-01-06"; null when not a real calendar date. */
export function normaliseDate(text: string): string | null {
  const trimmed = text.trim();
  let iso: string | null = null;
  const isoMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const nlMatch = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(trimmed);
  if (isoMatch) iso = trimmed;
  else if (nlMatch) iso = `${nlMatch[3]}-${nlMatch[2].padStart(2, "0")}-${nlMatch[1].padStart(2, "0")}`;
  return iso && isCalendarDate(iso) ? iso : null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function detectDelimiter(text: string): ";" | "," {
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  return (header.match(/;/g)?.length ?? 0) >= (header.match(/,/g)?.length ?? 0) ? ";" : ",";
}

/** Validates one record (already keyed by column) into an ImportRow, collecting every problem rather than the first. */
export function validateRecord(raw: Record<string, string>): { row: ImportRow | null; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const get = (column: CsvColumn) => (raw[column] ?? "").trim();
  const need = (column: CsvColumn) => {
    const value = get(column);
    if (!value) problems.push({ key: "required", values: { column } });
    else if (value.length > 120) problems.push({ key: "tooLong", values: { column } });
    return value;
  };

  const debiteurnummer = need("debiteurnummer");
  if (debiteurnummer && !/^\d{4,12}$/.test(debiteurnummer))
    problems.push({ key: "debiteurnummer", values: { value: debiteurnummer } });
  const familyName = need("gezinsnaam");
  const guardians: { name: string; email: string }[] = [];
  const guardianName = need("ouder_naam");
  const guardianEmail = need("ouder_email").toLowerCase();
  if (guardianEmail && !EMAIL.test(guardianEmail))
    problems.push({ key: "email", values: { column: "ouder_email", value: guardianEmail } });
  guardians.push({ name: guardianName, email: guardianEmail });
  const guardian2Name = get("ouder2_naam");
  const guardian2Email = get("ouder2_email").toLowerCase();
  if (guardian2Name || guardian2Email) {
    if (!guardian2Name) problems.push({ key: "required", values: { column: "ouder2_naam" } });
    if (!EMAIL.test(guardian2Email))
      problems.push({ key: "email", values: { column: "ouder2_email", value: guardian2Email } });
    else if (guardian2Email === guardianEmail) problems.push({ key: "sameEmail" });
    guardians.push({ name: guardian2Name, email: guardian2Email });
  }
  const firstName = need("kind_voornaam");
  const lastName = need("kind_achternaam");
  const dateOf = (column: CsvColumn, required: boolean) => {
    const value = required ? need(column) : get(column);
    if (!value) return null;
    const iso = normaliseDate(value);
    if (!iso) problems.push({ key: "date", values: { column, value } });
    return iso;
  };
  const birthDate = dateOf("geboortedatum", true);
  const groupName = need("groep");
  const startDate = dateOf("startdatum", true);
  const endDate = dateOf("einddatum", false);
  if (startDate && endDate && endDate < startDate) problems.push({ key: "endBeforeStart" });
  const careTypeText = need("opvangsoort").toUpperCase();
  if (careTypeText && careTypeText !== "KDV" && careTypeText !== "BSO")
    problems.push({ key: "careType", values: { value: careTypeText } });
  const daysText = need("dagen");
  const days = daysText ? parseContractDays(daysText) : null;
  if (daysText && !days) problems.push({ key: "days", values: { value: daysText } });
  if (days && careTypeText === "KDV" && days.some((d) => d.dagdeel === "NASCHOOLS"))
    problems.push({ key: "naschoolsKdv" });
  const hoursText = get("vakantieuren") || "0";
  const vacationHours = /^\d{1,4}$/.test(hoursText) ? Number(hoursText) : NaN;
  if (Number.isNaN(vacationHours)) problems.push({ key: "hours", values: { value: hoursText } });

  if (problems.length > 0 || !birthDate || !startDate || !days) return { row: null, problems };
  return {
    row: {
      debiteurnummer,
      familyName,
      guardians,
      child: { firstName, lastName, birthDate },
      groupName,
      startDate,
      endDate,
      careType: careTypeText as "KDV" | "BSO",
      days,
      vacationHours,
    },
    problems,
  };
}

/** Parses the whole file. File-level problems (unreadable, missing columns, too big) come back without lines. */
export function parseImportCsv(text: string): { lines: ParsedLine[]; fileProblems: ImportProblem[] } {
  if (Buffer.byteLength(text, "utf8") > CSV_MAX_BYTES) return { lines: [], fileProblems: [{ key: "tooBig" }] };
  const clean = text.replace(/^\uFEFF/, "");
  if (!clean.trim()) return { lines: [], fileProblems: [{ key: "empty" }] };
  let records: string[][];
  try {
    records = parse(clean, {
      delimiter: detectDelimiter(clean),
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as string[][];
  } catch {
    return { lines: [], fileProblems: [{ key: "unreadable" }] };
  }
  const header = (records[0] ?? []).map((cell) => cell.trim().toLowerCase());
  const missing = CSV_COLUMNS.filter((column) => !OPTIONAL_COLUMNS.includes(column) && !header.includes(column));
  if (missing.length > 0)
    return { lines: [], fileProblems: [{ key: "missingColumns", values: { columns: missing.join(", ") } }] };
  if (records.length - 1 > CSV_MAX_ROWS)
    return { lines: [], fileProblems: [{ key: "tooManyRows", values: { max: String(CSV_MAX_ROWS) } }] };
  if (records.length < 2) return { lines: [], fileProblems: [{ key: "empty" }] };
  const lines = records.slice(1).map((cells, index) => {
    const raw = Object.fromEntries(header.map((column, i) => [column, cells[i] ?? ""]));
    return { line: index + 2, raw, ...validateRecord(raw) };
  });
  return { lines, fileProblems: [] };
}
