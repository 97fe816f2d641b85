import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatContractDays, parseContractDays } from "../../lib/beheer/contract-days";
import { normaliseDate, validateRecord } from "../../lib/beheer/csv-format";

describe("contract days notation", () => {
  it("parses, sorts and drops duplicates", () => {
    expect(parseContractDays(" WO-m, ma-o ma-o,vr-n")).toEqual([
      { weekday: 1, dagdeel: "OCHTEND" },
      { weekday: 3, dagdeel: "MIDDAG" },
      { weekday: 5, dagdeel: "NASCHOOLS" },
    ]);
    expect(parseContractDays("")).toBeNull();
    expect(parseContractDays("za-o")).toBeNull();
    expect(parseContractDays("ma-o;di-m")).toBeNull();
  });

  it("format and parse round-trip", () => {
    const day = fc.record({
      weekday: fc.integer({ min: 1, max: 5 }),
      dagdeel: fc.constantFrom("OCHTEND" as const, "MIDDAG" as const, "NASCHOOLS" as const),
    });
    fc.assert(
      fc.property(fc.array(day, { minLength: 1, maxLength: 15 }), (days) => {
        const parsed = parseContractDays(formatContractDays(days))!;
        expect(formatContractDays(parsed)).toBe(formatContractDays(parseContractDays(formatContractDays(days))!));
        expect(parsed.length).toBe(new Set(days.map((d) => `${d.weekday}${d.dagdeel}`)).size);
      }),
    );
  });
});

describe("CSV dates and records", () => {
  it("accepts yyyy-mm-dd and dd-mm-yyyy, rejects impossible dates", () => {
    expect(normaliseDate("2025-01-06")).toBe("2025-01-06");
    expect(normaliseDate("6-1-2025")).toBe("2025-01-06");
    expect(normaliseDate("06/01/2025")).toBe("2025-01-06");
    expect(normaliseDate("31-02-2025")).toBeNull();
    expect(normaliseDate("2025-13-01")).toBeNull();
  });

  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom("debiteurnummer", "ouder_email", "geboortedatum", "dagen", "opvangsoort", "vakantieuren"),
          fc.string(),
        ),
        (raw) => {
          const result = validateRecord(raw);
          expect(result.row === null || result.problems.length === 0).toBe(true);
        },
      ),
    );
  });
});
