// CSV import: the dry run writes nothing and reports every row's problems; the write is all-or-nothing and
// idempotent on debiteurnummer (re-import updates, never duplicates).
import { beforeAll, describe, expect, it } from "vitest";
import { createWorld, uniqueDebiteurnummer } from "../../prisma/factories";
import { testDb } from "../db";
import { sessionFor } from "../session";
import type { SessionUser } from "../../lib/auth/session-user";
import { applyImport, previewImport } from "../../lib/beheer/import";
import { CSV_COLUMNS } from "../../lib/beheer/csv-format";

type World = Awaited<ReturnType<typeof createWorld>>;
let w: World;
let beheerder: SessionUser;

beforeAll(async () => {
  w = await createWorld(testDb);
  beheerder = await sessionFor(w.beheerder.id);
});

const header = CSV_COLUMNS.join(";");
type Line = Partial<Record<(typeof CSV_COLUMNS)[number], string>>;
function csv(lines: Line[], separator = ";"): string {
  // Like spreadsheet exports: a field containing the separator is quoted.
  const cell = (value: string) => (value.includes(separator) ? `"${value}"` : value);
  return [
    CSV_COLUMNS.join(separator),
    ...lines.map((line) => CSV_COLUMNS.map((c) => cell(line[c] ?? "")).join(separator)),
  ].join("\r\n");
}
function familyLines(number: string, groupName: string, groupNameBso: string): Line[] {
  const base = {
    debiteurnummer: number,
    gezinsnaam: "Bakker",
    ouder_naam: "Eva Bakker",
    ouder_email: `eva-${number}@example.test`,
    ouder2_naam: "Tim Bakker",
    ouder2_email: `tim-${number}@example.test`,
  };
  return [
    {
      ...base,
      kind_voornaam: "Mila",
      kind_achternaam: "Bakker",
      geboortedatum: "12-04-2023",
      groep: groupName,
      startdatum: "2025-01-06",
      opvangsoort: "KDV",
      dagen: "ma-o,ma-m,wo-o",
    },
    {
      ...base,
      kind_voornaam: "Sem",
      kind_achternaam: "Bakker",
      geboortedatum: "2018-09-02",
      groep: groupNameBso,
      startdatum: "2025-08-25",
      einddatum: "2026-07-31",
      opvangsoort: "BSO",
      dagen: "di-n,do-n",
      vakantieuren: "120",
    },
  ];
}
const counts = async (debiteurnummer: string) => {
  const family = await testDb.family.findUnique({ where: { debiteurnummer }, select: { id: true } });
  if (!family) return null;
  const [guardians, children, placements, contracts, contractDays] = await Promise.all([
    testDb.user.count({ where: { familyId: family.id } }),
    testDb.child.count({ where: { familyId: family.id } }),
    testDb.placement.count({ where: { child: { familyId: family.id } } }),
    testDb.contract.count({ where: { child: { familyId: family.id } } }),
    testDb.contractDay.count({ where: { contract: { child: { familyId: family.id } } } }),
  ]);
  return { guardians, children, placements, contracts, contractDays };
};

describe("CSV import", () => {
  it("dry run of a good file previews every line and writes nothing", async () => {
    const number = uniqueDebiteurnummer();
    const preview = await previewImport(beheerder, `\uFEFF${csv(familyLines(number, w.groupA.name, w.groupB.name))}`);
    expect(preview.fileProblems).toEqual([]);
    expect(preview.errorCount).toBe(0);
    expect(preview.lines.map((l) => [l.line, l.familyStatus, l.childStatus])).toEqual([
      [2, "new", "new"],
      [3, "new", "new"],
    ]);
    expect(await counts(number)).toBeNull();
  });

  it("reports every problem per row, and a file with any error writes nothing at all", async () => {
    const good = uniqueDebiteurnummer();
    const bad = uniqueDebiteurnummer();
    const lines: Line[] = [
      ...familyLines(good, w.groupA.name, w.groupB.name),
      {
        debiteurnummer: bad,
        gezinsnaam: "Fout",
        ouder_naam: "Ouder",
        ouder_email: "geen-email",
        kind_voornaam: "Kind",
        kind_achternaam: "Fout",
        geboortedatum: "31-02-2023",
        groep: "Bestaat niet",
        startdatum: "2025-01-06",
        opvangsoort: "KDV",
        dagen: "ma-x",
      },
      {
        debiteurnummer: "12ab",
        gezinsnaam: "",
        ouder_naam: "O",
        ouder_email: "o@example.test",
        kind_voornaam: "K",
        kind_achternaam: "L",
        geboortedatum: "2023-01-01",
        groep: w.groupB.name,
        startdatum: "2025-01-06",
        opvangsoort: "KDV",
        dagen: "ma-o",
      },
    ];
    const preview = await previewImport(beheerder, csv(lines));
    expect(preview.errorCount).toBe(2);
    expect(preview.lines[0].problems).toEqual([]);
    expect(preview.lines[2].problems.map((p) => p.key).sort()).toEqual(["date", "days", "email", "unknownGroup"]);
    expect(preview.lines[3].problems.map((p) => p.key).sort()).toEqual(["debiteurnummer", "required"]);

    const result = await applyImport(beheerder, csv(lines));
    expect(result.ok).toBe(false);
    expect(await counts(good)).toBeNull();
    expect(await counts(bad)).toBeNull();
  });

  it("checks the database: unknown group, wrong care type, e-mail of another account, other organisation", async () => {
    const number = uniqueDebiteurnummer();
    const base = {
      debiteurnummer: number,
      gezinsnaam: "Smit",
      ouder_naam: "Ouder",
      kind_voornaam: "Kind",
      kind_achternaam: "Smit",
      geboortedatum: "2023-01-01",
      startdatum: "2025-01-06",
      opvangsoort: "KDV",
      dagen: "ma-o",
    };
    const otherOrgFamily = await testDb.family.create({
      data: { organisationId: w.otherOrganisation.id, debiteurnummer: uniqueDebiteurnummer(), name: "Elders" },
    });
    const preview = await previewImport(
      beheerder,
      csv([
        { ...base, ouder_email: `smit-${number}@example.test`, groep: w.groupB.name },
        { ...base, debiteurnummer: uniqueDebiteurnummer(), ouder_email: w.parentB.email, groep: w.groupA.name },
        {
          ...base,
          debiteurnummer: otherOrgFamily.debiteurnummer,
          ouder_email: `x-${number}@example.test`,
          groep: w.groupA.name,
        },
      ]),
    );
    expect(preview.lines.map((l) => l.problems.map((p) => p.key))).toEqual([
      ["groupCareType"],
      ["emailTaken"],
      ["otherOrganisation"],
    ]);
  });

  it("writes everything in one go and is idempotent on debiteurnummer; a changed file updates", async () => {
    const number = uniqueDebiteurnummer();
    const file = csv(familyLines(number, w.groupA.name, w.groupB.name), ",");
    const first = await applyImport(beheerder, file);
    expect(first).toEqual({
      ok: true,
      summary: { families: 1, guardians: 2, children: 2, placements: 2, contracts: 2 },
      createdGuardianIds: [expect.any(String), expect.any(String)],
    });
    const after = await counts(number);
    expect(after).toEqual({ guardians: 2, children: 2, placements: 2, contracts: 2, contractDays: 5 });
    const guardians = await testDb.user.findMany({
      where: { family: { debiteurnummer: number } },
      orderBy: { loginName: "asc" },
    });
    expect(guardians.map((g) => [g.loginName, g.status])).toEqual([
      [number, "INVITED"],
      [`${number}-2`, "INVITED"],
    ]);
    const sem = await testDb.contract.findFirstOrThrow({
      where: { careType: "BSO", child: { family: { debiteurnummer: number } } },
    });
    expect(sem.vacationMinutesPerYear).toBe(120 * 60);

    // Same file again: nothing new.
    const second = await applyImport(beheerder, file);
    expect(second).toEqual({
      ok: true,
      summary: { families: 0, guardians: 0, children: 0, placements: 0, contracts: 0 },
      createdGuardianIds: [],
    });
    expect(await counts(number)).toEqual(after);
    expect((await previewImport(beheerder, file)).lines.map((l) => [l.familyStatus, l.childStatus])).toEqual([
      ["update", "update"],
      ["update", "update"],
    ]);

    // Changed days and an end date: updated in place.
    const changed = familyLines(number, w.groupA.name, w.groupB.name);
    changed[0] = { ...changed[0], dagen: "di-o", einddatum: "2026-12-31", gezinsnaam: "Bakker-de Vries" };
    changed[1] = { ...changed[1], gezinsnaam: "Bakker-de Vries" };
    expect((await applyImport(beheerder, csv(changed))).ok).toBe(true);
    const family = await testDb.family.findUniqueOrThrow({
      where: { debiteurnummer: number },
      include: { children: { include: { placements: true, contracts: { include: { days: true } } } } },
    });
    expect(family.name).toBe("Bakker-de Vries");
    const mila = family.children.find((c) => c.firstName === "Mila")!;
    expect(mila.contracts).toHaveLength(1);
    expect(mila.contracts[0].days.map((d) => [d.weekday, d.dagdeel])).toEqual([[2, "OCHTEND"]]);
    expect(mila.placements[0].endDate?.toISOString().slice(0, 10)).toBe("2026-12-31");
    expect(await testDb.auditEvent.count({ where: { actorId: w.beheerder.id, action: "admin.import" } })).toBe(3);
  });

  it("file-level problems: missing columns, empty file", async () => {
    expect((await previewImport(beheerder, "debiteurnummer;gezinsnaam\n1234;X")).fileProblems[0].key).toBe(
      "missingColumns",
    );
    expect((await previewImport(beheerder, "")).fileProblems[0].key).toBe("empty");
    expect((await previewImport(beheerder, header)).fileProblems[0].key).toBe("empty");
    expect((await applyImport(beheerder, header)).ok).toBe(false);
  });
});
