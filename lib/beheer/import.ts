// CSV import of families, children, placements and contracts (layout in csv-format.ts and docs/beheer-import.md).
//
// - Dry run first: `previewImport` validates every row against the file and the database and writes nothing.
// - `applyImport` validates again inside one transaction and writes everything or nothing.
// - Idempotent: families are matched on debiteurnummer, guardians on their login name (debiteurnummer, -2),
//   children on family + first name + birth date, placements on child + group + start date, contracts on
//   child + care type + start date. Re-importing the same file changes nothing; a changed file updates.
//
// NOTE: security-critical. Only beheerders; a debiteurnummer of another organisation is an error, never updated.
import "server-only";
import { prisma, type Tx } from "../db";
import { AppError } from "../errors";
import { writeAudit } from "../audit/log";
import { assertRole, type SessionUser } from "../authz";
import { dateOnly, todayDate } from "../time";
import { regrantAfterContractChange } from "../planning/care";
import { guardianLoginName } from "./mutations";
import { parseImportCsv, type ImportProblem, type ImportRow } from "./csv-format";

export type PreviewLine = {
  line: number;
  debiteurnummer: string;
  familyName: string;
  childName: string;
  familyStatus: "new" | "update" | null;
  childStatus: "new" | "update" | null;
  problems: ImportProblem[];
};
export type ImportPreview = {
  fileProblems: ImportProblem[];
  lines: PreviewLine[];
  errorCount: number;
  rowCount: number;
};
export type ImportSummary = {
  families: number;
  guardians: number;
  children: number;
  placements: number;
  contracts: number;
};

type GroupRef = { id: string; name: string; careType: "KDV" | "BSO" };

const childKey = (debiteurnummer: string, firstName: string, birthDate: string) =>
  `${debiteurnummer}|${firstName.toLowerCase()}|${birthDate}`;

/** All checks that need the database or several rows. Mutates each line's problems; returns lookups for writing. */
async function validateAgainstDatabase(
  db: Tx | typeof prisma,
  actor: SessionUser,
  lines: ReturnType<typeof parseImportCsv>["lines"],
) {
  const rows = lines.filter((l) => l.row).map((l) => l.row!);
  const debiteurnummers = [
    ...new Set(lines.map((l) => (l.raw.debiteurnummer ?? "").trim()).filter((n) => /^\d{4,12}$/.test(n))),
  ];
  const emails = [...new Set(rows.flatMap((r) => r.guardians.map((g) => g.email)))];
  const [groups, families, usersByEmail] = await Promise.all([
    db.group.findMany({
      where: { location: { organisationId: actor.organisationId }, active: true },
      select: { id: true, name: true, careType: true },
    }),
    db.family.findMany({
      where: { debiteurnummer: { in: debiteurnummers } },
      select: {
        id: true,
        debiteurnummer: true,
        organisationId: true,
        children: { select: { firstName: true, birthDate: true } },
      },
    }),
    db.user.findMany({ where: { email: { in: emails } }, select: { email: true, loginName: true } }),
  ]);
  const groupsByName = new Map<string, GroupRef[]>();
  for (const group of groups)
    groupsByName.set(group.name.toLowerCase(), [...(groupsByName.get(group.name.toLowerCase()) ?? []), group]);
  const familyByNumber = new Map(families.map((f) => [f.debiteurnummer, f]));
  const existingChildren = new Set(
    families.flatMap((f) =>
      f.children.map((c) => childKey(f.debiteurnummer, c.firstName, c.birthDate.toISOString().slice(0, 10))),
    ),
  );
  const loginByEmail = new Map(usersByEmail.map((u) => [u.email, u.loginName]));

  const firstRowOfFamily = new Map<string, ImportRow>();
  const loginOfEmailInFile = new Map<string, string>();
  const seenContracts = new Set<string>();
  const groupOfLine = new Map<number, GroupRef>();

  for (const line of lines) {
    const row = line.row;
    if (!row) {
      // The row has format errors, but still report the database problems we can check, so one dry run shows all.
      const groupName = (line.raw.groep ?? "").trim().toLowerCase();
      if (groupName && !groupsByName.has(groupName))
        line.problems.push({ key: "unknownGroup", values: { value: (line.raw.groep ?? "").trim() } });
      const family = familyByNumber.get((line.raw.debiteurnummer ?? "").trim());
      if (family && family.organisationId !== actor.organisationId)
        line.problems.push({ key: "otherOrganisation", values: { value: family.debiteurnummer } });
      continue;
    }
    const family = familyByNumber.get(row.debiteurnummer);
    if (family && family.organisationId !== actor.organisationId)
      line.problems.push({ key: "otherOrganisation", values: { value: row.debiteurnummer } });

    const first = firstRowOfFamily.get(row.debiteurnummer);
    if (!first) firstRowOfFamily.set(row.debiteurnummer, row);
    else if (first.familyName !== row.familyName || JSON.stringify(first.guardians) !== JSON.stringify(row.guardians))
      line.problems.push({ key: "familyMismatch" });

    row.guardians.forEach((guardian, index) => {
      const login = guardianLoginName(row.debiteurnummer, index + 1);
      const existingLogin = loginByEmail.get(guardian.email);
      if (existingLogin && existingLogin !== login)
        line.problems.push({ key: "emailTaken", values: { value: guardian.email } });
      const fileLogin = loginOfEmailInFile.get(guardian.email);
      if (fileLogin && fileLogin !== login)
        line.problems.push({ key: "emailTwice", values: { value: guardian.email } });
      loginOfEmailInFile.set(guardian.email, login);
    });

    const candidates = groupsByName.get(row.groupName.toLowerCase()) ?? [];
    if (candidates.length === 0) line.problems.push({ key: "unknownGroup", values: { value: row.groupName } });
    else if (candidates.length > 1) line.problems.push({ key: "ambiguousGroup", values: { value: row.groupName } });
    else if (candidates[0].careType !== row.careType)
      line.problems.push({ key: "groupCareType", values: { value: row.groupName, careType: candidates[0].careType } });
    else groupOfLine.set(line.line, candidates[0]);

    const contractKey = `${childKey(row.debiteurnummer, row.child.firstName, row.child.birthDate)}|${row.careType}|${row.startDate}`;
    if (seenContracts.has(contractKey)) line.problems.push({ key: "duplicate" });
    seenContracts.add(contractKey);
  }
  return { familyByNumber, existingChildren, groupOfLine };
}

async function buildPreview(db: Tx | typeof prisma, actor: SessionUser, text: string) {
  const { lines, fileProblems } = parseImportCsv(text);
  const lookups = await validateAgainstDatabase(db, actor, lines);
  const preview: ImportPreview = {
    fileProblems,
    rowCount: lines.length,
    errorCount: lines.filter((l) => l.problems.length > 0).length,
    lines: lines.map((line) => {
      const raw = line.raw;
      const row = line.row;
      return {
        line: line.line,
        debiteurnummer: (raw.debiteurnummer ?? "").slice(0, 40),
        familyName: (raw.gezinsnaam ?? "").slice(0, 120),
        childName: `${raw.kind_voornaam ?? ""} ${raw.kind_achternaam ?? ""}`.trim().slice(0, 120),
        familyStatus: row ? (lookups.familyByNumber.has(row.debiteurnummer) ? "update" : "new") : null,
        childStatus: row
          ? lookups.existingChildren.has(childKey(row.debiteurnummer, row.child.firstName, row.child.birthDate))
            ? "update"
            : "new"
          : null,
        problems: line.problems,
      };
    }),
  };
  return { preview, lines, lookups };
}

/** Dry run: every row with its problems and what would happen. Writes nothing. */
export async function previewImport(actor: SessionUser, text: string): Promise<ImportPreview> {
  assertRole(actor, "BEHEERDER");
  return (await buildPreview(prisma, actor, text)).preview;
}

async function upsertFamily(
  tx: Tx,
  actor: SessionUser,
  row: ImportRow,
  summary: ImportSummary,
  createdGuardianIds: string[],
) {
  const existing = await tx.family.findFirst({
    where: { debiteurnummer: row.debiteurnummer, organisationId: actor.organisationId },
    select: { id: true, name: true },
  });
  const family = existing
    ? existing.name === row.familyName
      ? existing
      : await tx.family.update({
          where: { id: existing.id },
          data: { name: row.familyName },
          select: { id: true, name: true },
        })
    : await tx.family.create({
        data: { organisationId: actor.organisationId, debiteurnummer: row.debiteurnummer, name: row.familyName },
        select: { id: true, name: true },
      });
  if (!existing) summary.families++;
  for (const [index, guardian] of row.guardians.entries()) {
    const loginName = guardianLoginName(row.debiteurnummer, index + 1);
    const user = await tx.user.findFirst({
      where: { loginName, familyId: family.id },
      select: { id: true, name: true, email: true },
    });
    if (!user) {
      const created = await tx.user.create({
        data: {
          organisationId: actor.organisationId,
          role: "PARENT",
          status: "INVITED",
          familyId: family.id,
          loginName,
          name: guardian.name,
          email: guardian.email,
        },
        select: { id: true },
      });
      createdGuardianIds.push(created.id);
      summary.guardians++;
    } else if (user.name !== guardian.name || user.email !== guardian.email) {
      await tx.user.update({ where: { id: user.id }, data: { name: guardian.name, email: guardian.email } });
    }
  }
  return family;
}

async function upsertChildAndContract(
  tx: Tx,
  familyId: string,
  row: ImportRow,
  group: GroupRef,
  summary: ImportSummary,
  actorId: string,
) {
  const birthDate = dateOnly(row.child.birthDate);
  const startDate = dateOnly(row.startDate);
  const endDate = row.endDate ? dateOnly(row.endDate) : null;
  let child = await tx.child.findFirst({
    where: { familyId, birthDate, firstName: { equals: row.child.firstName, mode: "insensitive" } },
    select: { id: true },
  });
  if (!child) {
    child = await tx.child.create({
      data: { familyId, firstName: row.child.firstName, lastName: row.child.lastName, birthDate },
      select: { id: true },
    });
    summary.children++;
  } else {
    await tx.child.update({ where: { id: child.id }, data: { lastName: row.child.lastName } });
  }
  const placement = await tx.placement.findFirst({
    where: { childId: child.id, groupId: group.id, startDate },
    select: { id: true },
  });
  if (placement) await tx.placement.update({ where: { id: placement.id }, data: { endDate } });
  else {
    await tx.placement.create({ data: { childId: child.id, groupId: group.id, startDate, endDate } });
    summary.placements++;
  }
  const contract = await tx.contract.findFirst({
    where: { childId: child.id, careType: row.careType, startDate },
    select: { id: true },
  });
  const contractData = { endDate, vacationMinutesPerYear: row.vacationHours * 60 };
  if (contract) {
    await tx.contract.update({ where: { id: contract.id }, data: contractData });
    await tx.contractDay.deleteMany({ where: { contractId: contract.id } });
    await tx.contractDay.createMany({ data: row.days.map((day) => ({ ...day, contractId: contract.id })) });
  } else {
    await tx.contract.create({
      data: { childId: child.id, careType: row.careType, startDate, ...contractData, days: { create: row.days } },
    });
    summary.contracts++;
  }
  // Changed vacation hours or contract dates re-grant the Roefjes already granted (a delta with its reason).
  await regrantAfterContractChange(tx, child.id, todayDate(), actorId);
}

/**
 * Writes the file, all or nothing. Validation runs again inside the transaction (the database may have changed since
 * the preview); any problem aborts with INVALID_INPUT and the preview to show.
 */
export async function applyImport(
  actor: SessionUser,
  text: string,
): Promise<{ ok: true; summary: ImportSummary; createdGuardianIds: string[] } | { ok: false; preview: ImportPreview }> {
  assertRole(actor, "BEHEERDER");
  const rejected = new AppError("INVALID_INPUT");
  let failedPreview: ImportPreview | null = null;
  try {
    const createdGuardianIds: string[] = [];
    const summary = await prisma.$transaction(
      async (tx) => {
        const { preview, lines, lookups } = await buildPreview(tx, actor, text);
        if (preview.fileProblems.length > 0 || preview.errorCount > 0 || preview.rowCount === 0) {
          failedPreview = preview;
          throw rejected;
        }
        const summary: ImportSummary = { families: 0, guardians: 0, children: 0, placements: 0, contracts: 0 };
        const familyIds = new Map<string, string>();
        for (const line of lines) {
          const row = line.row!;
          let familyId = familyIds.get(row.debiteurnummer);
          if (!familyId) {
            familyId = (await upsertFamily(tx, actor, row, summary, createdGuardianIds)).id;
            familyIds.set(row.debiteurnummer, familyId);
          }
          await upsertChildAndContract(tx, familyId, row, lookups.groupOfLine.get(line.line)!, summary, actor.id);
        }
        await writeAudit(
          {
            action: "admin.import",
            actorId: actor.id,
            organisationId: actor.organisationId,
            entityType: "Import",
            meta: { rows: lines.length, ...summary, guardianIds: createdGuardianIds },
          },
          tx,
        );
        return summary;
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
    return { ok: true, summary, createdGuardianIds };
  } catch (error) {
    if (error === rejected && failedPreview) return { ok: false, preview: failedPreview };
    throw error;
  }
}
