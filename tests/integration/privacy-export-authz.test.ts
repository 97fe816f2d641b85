// Authorization matrix of the AVG export (issue 16, item 6): messages and the schriftje are 404 for beheerders, so the
// export that holds them is too. A beheerder prepares an export for a family (with a reason, audited); the family is
// told by e-mail and its guardians download it. Every role x every action, against the real database.
import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../db";
import { ACTORS, setupMatrix, type Actor } from "../matrix";
import { exportFamilyZip, resolveExportFamily } from "../../lib/privacy/export";
import { listExportRequests, prepareFamilyExport } from "../../lib/privacy/export-requests";
import { createFamily } from "../../prisma/factories";
import { isAppError } from "../../lib/errors";

type Matrix = Awaited<ReturnType<typeof setupMatrix>>;
let m: Matrix;

beforeAll(async () => {
  m = await setupMatrix();
});

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (isAppError(error) ? error.code : `unexpected: ${String(error)}`),
  );

describe("AVG export matrix", () => {
  it("download: only the family's own guardian; a beheerder gets a 404 like for the messages it holds", async () => {
    const expected: Record<Actor, string> = {
      parentOwn: "ok",
      parentOther: "ok", // their own family B, never A
      staffOwn: "NOT_FOUND",
      staffOther: "NOT_FOUND",
      managerOwn: "NOT_FOUND",
      managerOther: "NOT_FOUND",
      beheerder: "NOT_FOUND",
      otherOrg: "NOT_FOUND",
    };
    for (const actor of ACTORS) expect(await outcome(resolveExportFamily(m.users[actor])), actor).toBe(expected[actor]);
    expect((await resolveExportFamily(m.users.parentOther)).id).toBe(m.w.familyB.id);
  });

  it("prepare for family A: only a beheerder of the organisation, and only with a family of it", async () => {
    const input = { familyId: m.w.familyA.id, reason: "Inzageverzoek per e-mail" };
    for (const actor of ACTORS) {
      const expected = actor === "beheerder" ? "ok" : "NOT_FOUND";
      expect(await outcome(prepareFamilyExport(m.users[actor], input)), actor).toBe(expected);
    }
    const foreign = await createFamily(testDb, { organisationId: m.w.otherOrganisation.id });
    for (const familyId of [foreign.id, "not-a-uuid", ""])
      expect(await outcome(prepareFamilyExport(m.users.beheerder, { ...input, familyId })), familyId).toBe("NOT_FOUND");
    expect(await testDb.privacyExportRequest.count({ where: { familyId: m.w.familyA.id } })).toBe(1);
    expect(await testDb.privacyExportRequest.count({ where: { familyId: foreign.id } })).toBe(0);
  });

  it("list requests: the family's guardians (their own) and the organisation's beheerders", async () => {
    const expected: Record<Actor, string> = {
      parentOwn: "ok",
      parentOther: "ok",
      staffOwn: "NOT_FOUND",
      staffOther: "NOT_FOUND",
      managerOwn: "NOT_FOUND",
      managerOther: "NOT_FOUND",
      beheerder: "ok",
      otherOrg: "ok", // sees nothing of family A
    };
    for (const actor of ACTORS)
      expect(await outcome(listExportRequests(m.users[actor], m.w.familyA.id)), actor).toBe(expected[actor]);
    expect(await listExportRequests(m.users.parentOther, m.w.familyA.id)).toEqual([]);
    expect(await listExportRequests(m.users.otherOrg, m.w.familyA.id)).toEqual([]);
    expect(await outcome(listExportRequests(m.users.beheerder, "not-a-uuid"))).toBe("NOT_FOUND");
  });
});

describe("an export a beheerder prepares", () => {
  it("is audited with its reason, tells every guardian by e-mail, and is marked when the family downloads it", async () => {
    const { w, users } = await setupMatrix();
    const reason = "Verzoek van de ouders aan de balie, 3 december";
    const { guardiansTold } = await prepareFamilyExport(users.beheerder, { familyId: w.familyA.id, reason });
    // Every guardian who can still sign in (or activate); not the deactivated one.
    const guardians = await testDb.user.findMany({
      where: { familyId: w.familyA.id, status: { not: "DEACTIVATED" } },
      select: { email: true },
    });
    expect(guardiansTold).toBe(guardians.length);
    expect(await testDb.outboxMail.count({ where: { to: w.deactivated.email } })).toBe(0);
    for (const { email } of guardians) {
      const mail = await testDb.outboxMail.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } });
      expect(mail.subject).toMatch(/gegevens staan klaar/i);
      expect(mail.text).toContain("/ouder/privacy");
    }
    const audit = await testDb.auditEvent.findFirstOrThrow({
      where: { action: "privacy.export_prepared", familyId: w.familyA.id },
    });
    expect(audit.actorId).toBe(w.beheerder.id);
    expect(audit.meta).toMatchObject({ reason });

    const [request] = await listExportRequests(users.parentOwn);
    expect(request).toMatchObject({ reason, firstDownloadedAt: null });
    const { stream } = await exportFamilyZip(users.parentOwn);
    stream.resume();
    const [after] = await listExportRequests(users.beheerder, w.familyA.id);
    expect(after.firstDownloadedAt).toBeInstanceOf(Date);
  });
});
