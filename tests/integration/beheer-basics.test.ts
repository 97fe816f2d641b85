// Beheer basics (issue 14): a beheerder changes a guardian's or staff member's e-mail address (audited), invites in
// one step every guardian a CSV import created, and moves a guardian to another family. Each only for a beheerder of
// the organisation; everyone else gets NOT_FOUND (the role matrix is in beheer-authz.test.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { createGuardian, createFamily, createUser, uniqueDebiteurnummer } from "../../prisma/factories";
import { testDb } from "../db";
import { liveClaimsFor, sessionFor } from "../session";
import { setupMatrix, ACTORS } from "../matrix";
import { loadSessionUser } from "../../lib/auth/session";
import { changeUserEmail, moveGuardian } from "../../lib/beheer/mutations";
import { ChangeEmailSchema, MoveGuardianSchema } from "../../lib/beheer/schema";
import { applyImport } from "../../lib/beheer/import";
import { CSV_COLUMNS } from "../../lib/beheer/csv-format";
import { inviteGuardians, sendInvite } from "../../lib/accounts/mutations";
import { listVisibleChildren } from "../../lib/children/queries";

let m: Awaited<ReturnType<typeof setupMatrix>>;
const unique = () => Math.random().toString(36).slice(2, 8);
const notBeheerder = () => ACTORS.filter((a) => a !== "beheerder");

beforeAll(async () => {
  m = await setupMatrix();
});

describe("changing an e-mail address", () => {
  it("a guardian's address is stored trimmed and in lower case, the login name stays, and it is audited without addresses", async () => {
    const family = await createFamily(testDb, { organisationId: m.w.organisation.id });
    const guardian = await createGuardian(testDb, { family });
    const input = ChangeEmailSchema.parse({ userId: guardian.id, email: `  Nieuw-${unique()}@Example.TEST ` });
    const result = await changeUserEmail(m.users.beheerder, input);
    const stored = await testDb.user.findUniqueOrThrow({ where: { id: guardian.id } });
    expect(stored.email).toBe(input.email);
    expect(stored.email).toBe(stored.email.toLowerCase().trim());
    expect(result).toEqual({ email: stored.email, reinvite: false });
    expect(stored.loginName).toBe(family.debiteurnummer);
    const event = await testDb.auditEvent.findFirstOrThrow({
      where: { action: "admin.user.email", entityId: guardian.id },
    });
    expect(event.actorId).toBe(m.w.beheerder.id);
    expect(JSON.stringify(event.meta)).not.toContain("@");
  });

  it("a staff member signs in with the new address; the old one no longer works as login name", async () => {
    const staff = await createUser(testDb, { organisationId: m.w.organisation.id, role: "STAFF" });
    const email = `staf-${unique()}@example.test`;
    await changeUserEmail(m.users.beheerder, { userId: staff.id, email });
    expect(await testDb.user.findUniqueOrThrow({ where: { id: staff.id } })).toMatchObject({ email, loginName: email });
    expect(await testDb.user.count({ where: { loginName: staff.email } })).toBe(0);
  });

  it("an invitation mailed to the old address stops working, and the beheerder is told to send it again", async () => {
    const family = await createFamily(testDb, { organisationId: m.w.organisation.id });
    const guardian = await createGuardian(testDb, { family, status: "INVITED" });
    await sendInvite(m.users.beheerder, guardian.id);
    const result = await changeUserEmail(m.users.beheerder, {
      userId: guardian.id,
      email: `juist-${unique()}@example.test`,
    });
    expect(result.reinvite).toBe(true);
    expect(await testDb.authToken.count({ where: { userId: guardian.id, usedAt: null } })).toBe(0);
  });

  it("an address of another account is a conflict with its own message; a bad address a translated field error", async () => {
    await expect(
      changeUserEmail(m.users.beheerder, { userId: m.w.parentA.id, email: m.w.parentB.email }),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "admin.emailConflict" });
    const bad = ChangeEmailSchema.safeParse({ userId: m.w.parentA.id, email: "geen adres" });
    expect(bad.success ? null : bad.error.issues.map((i) => i.message)).toEqual(["admin.v.email"]);
  });

  it("only the organisation's beheerder; malformed ids are NOT_FOUND", async () => {
    for (const actor of notBeheerder())
      await expect(
        changeUserEmail(m.users[actor], { userId: m.w.parentA.id, email: `x-${unique()}@example.test` }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(changeUserEmail(m.users.beheerder, { userId: "1 OR 1=1", email: "a@b.test" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      changeUserEmail(m.users.beheerder, { userId: m.w.otherBeheerder.id, email: `x-${unique()}@example.test` }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("inviting everybody an import created", () => {
  const line = (number: string, groupName: string) => {
    const values: Record<(typeof CSV_COLUMNS)[number], string> = {
      debiteurnummer: number,
      gezinsnaam: "Import",
      ouder_naam: "Eva Import",
      ouder_email: `eva-${number}@example.test`,
      ouder2_naam: "Tim Import",
      ouder2_email: `tim-${number}@example.test`,
      kind_voornaam: "Mila",
      kind_achternaam: "Import",
      geboortedatum: "2023-04-12",
      groep: groupName,
      startdatum: "2025-01-06",
      einddatum: "",
      opvangsoort: "KDV",
      dagen: "ma-o",
      vakantieuren: "0",
    };
    return CSV_COLUMNS.map((column) => values[column]).join(";");
  };

  it("one step sends every new guardian an activation mail, once; other accounts are left alone", async () => {
    const numbers = [uniqueDebiteurnummer(), uniqueDebiteurnummer()];
    const result = await applyImport(
      m.users.beheerder,
      [CSV_COLUMNS.join(";"), ...numbers.map((n) => line(n, m.w.groupA.name))].join("\n"),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.preview));
    expect(result.createdGuardianIds).toHaveLength(4);
    // Ids that are not new, uninvited guardians of the organisation are skipped, never invited.
    const otherOrgParent = await createUser(testDb, {
      organisationId: m.w.otherOrganisation.id,
      role: "PARENT",
      status: "INVITED",
    });
    const ids = [...result.createdGuardianIds, m.w.parentA.id, m.w.staffA.id, otherOrgParent.id];
    expect(await inviteGuardians(m.users.beheerder, ids)).toEqual({ invited: 4, skipped: 3 });
    for (const number of numbers)
      for (const email of [`eva-${number}@example.test`, `tim-${number}@example.test`])
        expect(await testDb.outboxMail.count({ where: { to: email } })).toBe(1);
    expect(await testDb.outboxMail.count({ where: { to: otherOrgParent.email } })).toBe(0);
    // A second click sends nothing.
    expect(await inviteGuardians(m.users.beheerder, result.createdGuardianIds)).toEqual({ invited: 0, skipped: 4 });
    expect(
      await testDb.auditEvent.count({
        where: { action: "account.invited", entityId: { in: result.createdGuardianIds } },
      }),
    ).toBe(4);
  });

  it("not for anyone but the beheerder; malformed ids are NOT_FOUND", async () => {
    const guardian = await createGuardian(testDb, {
      family: await createFamily(testDb, { organisationId: m.w.organisation.id }),
      status: "INVITED",
    });
    for (const actor of ["parentOwn", "staffOwn", "managerOwn"] as const)
      await expect(inviteGuardians(m.users[actor], [guardian.id])).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await inviteGuardians(m.users.otherOrg, [guardian.id])).toEqual({ invited: 0, skipped: 1 });
    await expect(inviteGuardians(m.users.beheerder, ["x"])).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await testDb.authToken.count({ where: { userId: guardian.id } })).toBe(0);
  });
});

describe("moving a guardian to another family", () => {
  it("gets the next login name there, ends their sessions, and from then on sees only the new family", async () => {
    const from = await createFamily(testDb, { organisationId: m.w.organisation.id });
    const guardian = await createGuardian(testDb, { family: from });
    const claims = await liveClaimsFor(guardian.id);
    const input = MoveGuardianSchema.parse({
      userId: guardian.id,
      familyId: from.id,
      debiteurnummer: m.w.familyB.debiteurnummer,
    });
    expect(await moveGuardian(m.users.beheerder, input)).toEqual({
      loginName: `${m.w.familyB.debiteurnummer}-2`,
      familyId: m.w.familyB.id,
    });
    expect(await loadSessionUser(claims)).toBeNull();
    const moved = await sessionFor(guardian.id);
    expect((await listVisibleChildren(moved)).map((c) => c.id)).toEqual([m.w.childB.id]);
    const event = await testDb.auditEvent.findFirstOrThrow({
      where: { action: "admin.guardian.moved", entityId: guardian.id },
    });
    expect(event.meta).toMatchObject({ fromFamilyId: from.id, toFamilyId: m.w.familyB.id });
  });

  it("unknown, other organisation's and own family: translated errors, nothing moved", async () => {
    const family = await createFamily(testDb, { organisationId: m.w.organisation.id });
    const guardian = await createGuardian(testDb, { family });
    const otherOrgFamily = await createFamily(testDb, { organisationId: m.w.otherOrganisation.id });
    for (const debiteurnummer of ["99999999999", otherOrgFamily.debiteurnummer])
      await expect(moveGuardian(m.users.beheerder, { userId: guardian.id, debiteurnummer })).rejects.toMatchObject({
        code: "NOT_FOUND",
        messageKey: "admin.targetFamilyUnknown",
      });
    await expect(
      moveGuardian(m.users.beheerder, { userId: guardian.id, debiteurnummer: family.debiteurnummer }),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "admin.sameFamily" });
    expect((await testDb.user.findUniqueOrThrow({ where: { id: guardian.id } })).familyId).toBe(family.id);
    const bad = MoveGuardianSchema.safeParse({ userId: guardian.id, familyId: family.id, debiteurnummer: "12ab" });
    expect(bad.success ? null : bad.error.issues.map((i) => i.message)).toEqual(["admin.v.debiteurnummer"]);
  });

  it("staff cannot be moved into a family, and only the organisation's beheerder moves anyone", async () => {
    await expect(
      moveGuardian(m.users.beheerder, { userId: m.w.staffA.id, debiteurnummer: m.w.familyA.debiteurnummer }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const actor of notBeheerder())
      await expect(
        moveGuardian(m.users[actor], { userId: m.w.parentA2.id, debiteurnummer: m.w.familyB.debiteurnummer }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await testDb.user.findUniqueOrThrow({ where: { id: m.w.parentA2.id } })).familyId).toBe(m.w.familyA.id);
  });
});
