// Bad input gets a field message, never "unexpected" (issue 16, item 9): dates that are real but far out of range,
// date-times that do not exist, and CSV files in the encoding Excel writes on a Dutch Windows.
import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../db";
import { sessionFor } from "../session";
import { createWorld } from "../../prisma/factories";
import { isAppError } from "../../lib/errors";
import { fieldErrorsFrom } from "../../lib/action-state";
import { ReportAbsenceSchema } from "../../lib/planning/schema";
import { reportAbsence } from "../../lib/planning/mutations";
import { CreateSwapSchema } from "../../lib/swap/schema";
import { PlacementSchema } from "../../lib/beheer/schema";
import { changeRequestSchema } from "../../lib/contracts/schema";
import { decodeCsvBytes, normaliseDate } from "../../lib/beheer/csv-format";
import { previewImport } from "../../lib/beheer/import";
import { isCalendarDate, isCalendarDateTime, todayDate } from "../../lib/time";
import type { SessionUser } from "../../lib/auth/session-user";

let w: Awaited<ReturnType<typeof createWorld>>;
let parent: SessionUser;
let beheerder: SessionUser;

beforeAll(async () => {
  w = await createWorld(testDb);
  parent = await sessionFor(w.parentA.id);
  beheerder = await sessionFor(w.beheerder.id);
});

describe("dates out of range and date-times that do not exist", () => {
  it("afmelden from 9999-12-30 (or any day the next one of which overflows) is a field message on the date", async () => {
    for (const from of ["9999-12-27", "9999-12-29", "9999-12-30", "9999-12-31", "0001-01-01"]) {
      const parsed = ReportAbsenceSchema.safeParse({ childId: w.childA.id, from, reason: "ZIEK" });
      expect(parsed.success, from).toBe(false);
      if (!parsed.success)
        expect(fieldErrorsFrom(parsed.error), from).toEqual({ from: ["planningErrors.invalidDate"] });
    }
    // The last years that are accepted go through the data layer without an unexpected error.
    for (const from of ["2199-12-27", "2199-12-29", "2199-12-31"]) {
      const input = ReportAbsenceSchema.parse({ childId: w.childA.id, from, reason: "ZIEK" });
      const error = await reportAbsence(parent, input).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error === null || isAppError(error), `${from}: ${String(error)}`).toBe(true);
    }
  });

  it("a ruildag expiry that is not a real moment is a field message, not unexpected or silently the next day", async () => {
    const base = {
      childId: w.childA.id,
      from: "2027-03-01|OCHTEND",
      toDate: "2027-03-03",
      toDagdeel: ["OCHTEND"],
    };
    for (const expiresAt of [
      "2026-02-30T10:00",
      "2027-01-01T25:99",
      "2027-01-01T24:00",
      "2027-01-01T12:60",
      "9999-12-31T23:59",
    ]) {
      const parsed = CreateSwapSchema.safeParse({ ...base, expiresAt });
      expect(parsed.success, expiresAt).toBe(false);
      if (!parsed.success)
        expect(fieldErrorsFrom(parsed.error), expiresAt).toEqual({ expiresAt: ["swap.errors.invalidExpiry"] });
    }
    expect(CreateSwapSchema.safeParse({ ...base, expiresAt: "2027-01-01T23:59" }).success).toBe(true);
    expect(CreateSwapSchema.safeParse({ ...base, expiresAt: "" }).success).toBe(true);
  });

  it("the same rule for beheer dates, contract changes and CSV dates", async () => {
    const placement = PlacementSchema.safeParse({
      childId: w.childA.id,
      groupId: w.groupA.id,
      startDate: "9999-12-31",
      endDate: "",
    });
    expect(placement.success).toBe(false);
    if (!placement.success) expect(fieldErrorsFrom(placement.error)).toMatchObject({ startDate: ["admin.v.date"] });
    const change = changeRequestSchema(todayDate()).safeParse({
      childId: w.childA.id,
      kind: "END_CONTRACT",
      effectiveDate: "9999-12-31",
    });
    expect(change.success).toBe(false);
    if (!change.success)
      expect(fieldErrorsFrom(change.error)).toMatchObject({ effectiveDate: ["contract.dateInvalid"] });
    expect(normaliseDate("31-12-9999")).toBeNull();
    expect(normaliseDate("31-12-2026")).toBe("2026-12-31");
    expect([isCalendarDate("2026-02-29"), isCalendarDate("2028-02-29"), isCalendarDate("1899-12-31")]).toEqual([
      false,
      true,
      false,
    ]);
    expect(isCalendarDateTime("2028-02-29T00:00")).toBe(true);
  });
});

describe("CSV encoding", () => {
  const header =
    "debiteurnummer;gezinsnaam;ouder_naam;ouder_email;ouder2_naam;ouder2_email;kind_voornaam;kind_achternaam;geboortedatum;groep;startdatum;einddatum;opvangsoort;dagen;vakantieuren";
  const line = (n: string) =>
    `${n};Hoëvenaars;Renée Hoëvenaars;renee-${n}@example.nl;;;Zoë;Hoëvenaars;2023-05-01;Onbekend;2026-01-05;;KDV;ma-o;0`;

  it("reads Excel's Windows-1252 as Windows-1252 and says so; UTF-8 (with or without BOM) as UTF-8", async () => {
    const text = `${header}\r\n${line("7700001")}\r\n`;
    const windows = Buffer.from(text, "latin1"); // ë and é are the same bytes in Windows-1252
    const fromWindows = decodeCsvBytes(windows);
    expect(fromWindows.encoding).toBe("windows-1252");
    expect(fromWindows.text).toBe(text);
    expect(fromWindows.text).not.toContain("\uFFFD");

    const withBom = decodeCsvBytes(Buffer.from(`\uFEFF${text}`, "utf8"));
    expect(withBom).toEqual({ text, encoding: "utf-8" });
    expect(decodeCsvBytes(Buffer.from(text, "utf8")).encoding).toBe("utf-8");
    // Windows-1252's own characters beyond Latin-1 (the euro sign, curly quotes) come out right too.
    expect(decodeCsvBytes(Buffer.from([0x80, 0x20, 0x93, 0x61, 0x94])).text).toBe("€ “a”");

    // The preview shows the names as typed.
    const preview = await previewImport(beheerder, fromWindows.text);
    expect(preview.lines[0].familyName).toBe("Hoëvenaars");
    expect(preview.lines[0].childName).toContain("Zoë");
  });
});
