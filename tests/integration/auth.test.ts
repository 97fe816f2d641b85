// Authentication against the real database: login by debiteurnummer/e-mail, same answer for unknown and wrong,
// throttling per account and per IP, invite/reset tokens, and revocable sessions.
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { authenticate } from "../../lib/auth/login";
import { encode } from "next-auth/jwt";
import { authOptions } from "../../lib/auth/options";
import { decodeSessionToken, loadSessionUser } from "../../lib/auth/session";
import { hashToken, issueToken } from "../../lib/auth/tokens";
import { deactivateUser, requestPasswordReset, sendInvite, setPasswordWithToken } from "../../lib/accounts/mutations";
import { createFamily, createGuardian, createOrganisation, createUser, createWorld } from "../../prisma/factories";
import { testDb } from "../db";
import { liveClaimsFor, sessionFor } from "../session";
import { runQueuedJobs } from "../jobs";
import { deleteExpiredSessions, revokeUserSession, startUserSession } from "../../lib/auth/user-sessions";

const PASSWORD = "Zeilboot-Roef-2026";
const ip = () => `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

async function parentFamily() {
  const org = await createOrganisation(testDb);
  const family = await createFamily(testDb, { organisationId: org.id });
  const parent = await createGuardian(testDb, { family });
  return { org, family, parent };
}

/** The token from the newest outbox mail to an address (what the parent would click). */
async function tokenFromOutbox(to: string, path: "activeren" | "wachtwoord-herstellen") {
  const mail = await testDb.outboxMail.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
  const match = mail.text.match(new RegExp(`/${path}/([A-Za-z0-9_-]+)`));
  if (!match) throw new Error(`no ${path} link in mail`);
  return match[1];
}

describe("login", () => {
  it("lets a parent in with the debiteurnummer and staff with their e-mail", async () => {
    const { family, parent } = await parentFamily();
    const byNumber = await authenticate({ login: family.debiteurnummer, password: PASSWORD, ip: ip() });
    expect(byNumber).toEqual({ ok: true, userId: parent.id, sessionVersion: 1 });
    const byEmail = await authenticate({ login: parent.email.toUpperCase(), password: PASSWORD, ip: ip() });
    expect(byEmail.ok).toBe(true);
    const staff = await createUser(testDb, { organisationId: family.organisationId, role: "STAFF" });
    expect((await authenticate({ login: staff.email, password: PASSWORD, ip: ip() })).ok).toBe(true);
  });

  it("answers the same for an unknown account, a wrong password, an invited and a deactivated account", async () => {
    const { family } = await parentFamily();
    const invited = await createGuardian(testDb, { family, index: 2, status: "INVITED" });
    const deactivated = await createUser(testDb, {
      organisationId: family.organisationId,
      role: "STAFF",
      status: "DEACTIVATED",
      password: PASSWORD,
    });
    const answers = await Promise.all([
      authenticate({ login: "999999991", password: PASSWORD, ip: ip() }),
      authenticate({ login: family.debiteurnummer, password: "Verkeerd-wachtwoord-1", ip: ip() }),
      authenticate({ login: invited.loginName, password: PASSWORD, ip: ip() }),
      authenticate({ login: deactivated.email, password: PASSWORD, ip: ip() }),
    ]);
    expect(answers).toEqual(Array(4).fill({ ok: false, reason: "invalid" }));
  });

  it("rejects malformed login names before touching the database", async () => {
    for (const login of ["12a456", "1", "100234-22", "", "'; DROP TABLE users; --", "x".repeat(300)]) {
      expect(await authenticate({ login, password: PASSWORD, ip: ip() })).toEqual({ ok: false, reason: "malformed" });
    }
  });

  it("throttles an account after 5 failures, even for the right password, and writes no password to the audit log", async () => {
    const { family } = await parentFamily();
    for (let i = 0; i < 5; i++) {
      expect(await authenticate({ login: family.debiteurnummer, password: `fout-${i}-wachtwoord`, ip: ip() })).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    expect(await authenticate({ login: family.debiteurnummer, password: PASSWORD, ip: ip() })).toEqual({
      ok: false,
      reason: "throttled",
    });
    const audit = await testDb.auditEvent.findMany({ where: { action: { startsWith: "login." } } });
    expect(JSON.stringify(audit.map((a) => a.meta))).not.toContain("fout-");
  });

  it("keys the account limit on the account: failures by debiteurnummer also lock its e-mail address", async () => {
    const { family, parent } = await parentFamily();
    for (let i = 0; i < 5; i++)
      await authenticate({ login: family.debiteurnummer, password: `fout-${i}-wachtwoord`, ip: ip() });
    expect(await authenticate({ login: parent.email, password: PASSWORD, ip: ip() })).toEqual({
      ok: false,
      reason: "throttled",
    });
  });

  it("checks at most 5 passwords for 40 parallel wrong attempts on one account, and a right one gives its point back", async () => {
    const { family, parent } = await parentFamily();
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        authenticate({ login: family.debiteurnummer, password: `fout-${i}-wachtwoord`, ip: ip() }),
      ),
    );
    // Every finished password check that failed wrote one login.failed event for the account.
    const checks = await testDb.auditEvent.count({ where: { action: "login.failed", actorId: parent.id } });
    expect(checks).toBe(5);
    expect(answers.filter((a) => !a.ok && a.reason === "invalid")).toHaveLength(5);
    expect(answers.filter((a) => !a.ok && a.reason === "throttled")).toHaveLength(35);

    // Four failures and a success leave the account with all five attempts again.
    const other = await parentFamily();
    for (let i = 0; i < 4; i++)
      await authenticate({ login: other.family.debiteurnummer, password: `fout-${i}-wachtwoord`, ip: ip() });
    expect((await authenticate({ login: other.parent.email, password: PASSWORD, ip: ip() })).ok).toBe(true);
    for (let i = 0; i < 4; i++)
      await authenticate({ login: other.family.debiteurnummer, password: `fout-${i}-wachtwoord`, ip: ip() });
    expect((await authenticate({ login: other.family.debiteurnummer, password: PASSWORD, ip: ip() })).ok).toBe(true);
  });

  it("throttles one IP spraying many accounts", async () => {
    const address = ip();
    for (let i = 0; i < 30; i++)
      await authenticate({ login: `${900000 + i}`, password: "whatever-wachtwoord", ip: address });
    const { family } = await parentFamily();
    expect(await authenticate({ login: family.debiteurnummer, password: PASSWORD, ip: address })).toEqual({
      ok: false,
      reason: "throttled",
    });
    expect((await authenticate({ login: family.debiteurnummer, password: PASSWORD, ip: ip() })).ok).toBe(true);
  });
});

describe("sessions", () => {
  it("are valid only while the user is active, the session version matches and the session has not expired", async () => {
    const { parent } = await parentFamily();
    const claims = await liveClaimsFor(parent.id);
    const session = await loadSessionUser(claims);
    expect(session).toMatchObject({ role: "PARENT", familyId: parent.familyId });
    expect(session).not.toHaveProperty("staffGroupIds");
    expect(session).not.toHaveProperty("managedLocationIds");
    expect(await loadSessionUser({ ...claims, until: Date.now() - 1 })).toBeNull();
    expect(await loadSessionUser({ ...claims, sv: 0 })).toBeNull();
    expect(await loadSessionUser({ ...claims, uid: randomUUID() })).toBeNull();
    expect(await loadSessionUser(undefined)).toBeNull();
    expect(await loadSessionUser({ ...claims, uid: "not-a-uuid" })).toBeNull();
    // The server-side row decides too: no row, another user's row, or a row past its expiry.
    expect(await loadSessionUser({ ...claims, sid: undefined })).toBeNull();
    expect(await loadSessionUser({ ...claims, sid: randomUUID() })).toBeNull();
    const other = await parentFamily();
    expect(await loadSessionUser({ ...claims, sid: (await liveClaimsFor(other.parent.id)).sid })).toBeNull();
    await testDb.userSession.update({ where: { id: claims.sid }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await loadSessionUser(claims)).toBeNull();
  });

  it("end for every copy of the cookie when that browser logs out, and only that browser's", async () => {
    const { parent } = await parentFamily();
    const phone = await liveClaimsFor(parent.id);
    const tablet = await liveClaimsFor(parent.id);
    // What next-auth's signout route calls with the decoded cookie.
    await authOptions.events?.signOut?.({ token: phone as never, session: undefined as never });
    expect(await loadSessionUser(phone)).toBeNull();
    expect((await loadSessionUser(tablet))?.id).toBe(parent.id);
    // A malformed or unknown session id in a forged cookie changes nothing.
    await revokeUserSession(testDb, "not-a-uuid");
    await revokeUserSession(testDb, randomUUID());
    expect((await loadSessionUser(tablet))?.id).toBe(parent.id);
  });

  it("last 12 hours, or 60 days with Ingelogd blijven; the retention job removes expired rows", async () => {
    const { parent } = await parentFamily();
    const now = new Date();
    const short = await startUserSession(testDb, { userId: parent.id, remember: false, now });
    const long = await startUserSession(testDb, { userId: parent.id, remember: true, now });
    expect(short.expiresAt.getTime() - now.getTime()).toBe(12 * 3600_000);
    expect(long.expiresAt.getTime() - now.getTime()).toBe(60 * 24 * 3600_000);
    await deleteExpiredSessions(testDb, {
      organisationId: parent.organisationId,
      now: new Date(now.getTime() + 13 * 3600_000),
    });
    expect(await testDb.userSession.count({ where: { id: short.id } })).toBe(0);
    expect(await testDb.userSession.count({ where: { id: long.id } })).toBe(1);
  });

  it("a parent without a family (its family was removed) has no session: every parent scope starts from it", async () => {
    const { parent } = await parentFamily();
    const claims = await liveClaimsFor(parent.id);
    expect(await loadSessionUser(claims)).toMatchObject({ role: "PARENT" });
    await testDb.user.update({ where: { id: parent.id }, data: { familyId: null } });
    expect(await loadSessionUser(claims)).toBeNull();
  });

  it("loads a staff member's groups and a manager's locations in the one session query", async () => {
    const world = await createWorld(testDb);
    const staff = await loadSessionUser(await liveClaimsFor(world.staffA.id));
    // SessionUser is a union by role: each member carries its own scope ids and no other role's.
    expect(staff).toMatchObject({ role: "STAFF", staffGroupIds: [world.groupA.id] });
    expect(staff).not.toHaveProperty("managedLocationIds");
    expect(staff).not.toHaveProperty("familyId");
    const manager = await loadSessionUser(await liveClaimsFor(world.managerA.id));
    expect(manager).toMatchObject({ role: "MANAGER", managedLocationIds: [world.locationA.id] });
    expect(manager).not.toHaveProperty("staffGroupIds");
    expect(manager).not.toHaveProperty("familyId");
  });

  it("read their claims from the cookie with next-auth's own encryption, and nothing else", async () => {
    const claims = { uid: randomUUID(), sv: 3, until: Date.now() + 60_000 };
    const token = await encode({ token: claims, secret: authOptions.secret! });
    expect(await decodeSessionToken(token)).toMatchObject(claims);
    expect(await decodeSessionToken(undefined)).toBeNull();
    expect(await decodeSessionToken(`${token.slice(0, -4)}AAAA`)).toBeNull();
    expect(
      await decodeSessionToken(await encode({ token: claims, secret: "another-secret-another-secret-another" })),
    ).toBeNull();
    expect(
      await decodeSessionToken(await encode({ token: claims, secret: authOptions.secret!, maxAge: -60 })),
    ).toBeNull();
  });

  it("end at once when a beheerder deactivates the user", async () => {
    const world = await createWorld(testDb);
    const before = await liveClaimsFor(world.parentB.id);
    await deactivateUser(await sessionFor(world.beheerder.id), world.parentB.id);
    expect(await loadSessionUser(before)).toBeNull();
    expect((await authenticate({ login: world.familyB.debiteurnummer, password: PASSWORD, ip: ip() })).ok).toBe(false);
  });
});

describe("invite and activation", () => {
  it("activates an invited parent once, enforcing the password policy", async () => {
    const world = await createWorld(testDb);
    const family = await createFamily(testDb, { organisationId: world.organisation.id });
    const invited = await createGuardian(testDb, { family, status: "INVITED" });
    await sendInvite(await sessionFor(world.beheerder.id), invited.id);
    const token = await tokenFromOutbox(invited.email, "activeren");
    // Only the hash is stored.
    expect(await testDb.authToken.count({ where: { tokenHash: token } })).toBe(0);
    expect(await testDb.authToken.count({ where: { tokenHash: hashToken(token) } })).toBe(1);

    expect(await setPasswordWithToken({ kind: "INVITE", token, password: "kort", passwordConfirm: "kort" })).toEqual({
      ok: false,
      fieldErrors: { password: "tooShort" },
    });
    expect(
      await setPasswordWithToken({
        kind: "INVITE",
        token,
        password: "wachtwoord123",
        passwordConfirm: "wachtwoord123",
      }),
    ).toEqual({ ok: false, fieldErrors: { password: "tooCommon" } });
    expect(
      await setPasswordWithToken({
        kind: "INVITE",
        token,
        password: "Vuurtoren op het strand",
        passwordConfirm: "Vuurtoren op het stranD",
      }),
    ).toEqual({ ok: false, fieldErrors: { password: "mismatch" } });
    expect(
      await setPasswordWithToken({
        kind: "RESET",
        token,
        password: "Vuurtoren op het strand",
        passwordConfirm: "Vuurtoren op het strand",
      }),
    ).toEqual({ ok: false, tokenInvalid: true });
    expect(
      await setPasswordWithToken({
        kind: "INVITE",
        token,
        password: "Vuurtoren op het strand",
        passwordConfirm: "Vuurtoren op het strand",
      }),
    ).toEqual({ ok: true });
    expect(
      await setPasswordWithToken({
        kind: "INVITE",
        token,
        password: "Vuurtoren op het strand",
        passwordConfirm: "Vuurtoren op het strand",
      }),
    ).toEqual({ ok: false, tokenInvalid: true });
    expect(
      (await authenticate({ login: family.debiteurnummer, password: "Vuurtoren op het strand", ip: ip() })).ok,
    ).toBe(true);
  });

  it("refuses expired tokens and tokens replaced by a newer invite; only one of two racing activations wins", async () => {
    const { family } = await parentFamily();
    const invited = await createGuardian(testDb, { family, index: 2, status: "INVITED" });
    const expired = await issueToken(testDb, {
      userId: invited.id,
      kind: "INVITE",
      now: new Date(Date.now() - 61 * 24 * 3600_000),
    });
    expect(
      await setPasswordWithToken({
        kind: "INVITE",
        token: expired,
        password: "Vuurtoren op het strand",
        passwordConfirm: "Vuurtoren op het strand",
      }),
    ).toEqual({ ok: false, tokenInvalid: true });
    const first = await issueToken(testDb, { userId: invited.id, kind: "INVITE" });
    const second = await issueToken(testDb, { userId: invited.id, kind: "INVITE" });
    expect(
      await setPasswordWithToken({
        kind: "INVITE",
        token: first,
        password: "Vuurtoren op het strand",
        passwordConfirm: "Vuurtoren op het strand",
      }),
    ).toEqual({ ok: false, tokenInvalid: true });
    const results = await Promise.all(
      [1, 2].map(() =>
        setPasswordWithToken({
          kind: "INVITE",
          token: second,
          password: "Vuurtoren op het strand",
          passwordConfirm: "Vuurtoren op het strand",
        }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });
});

describe("forgot password", () => {
  it("mails active accounts only, answers the same otherwise, and the reset ends other sessions", async () => {
    const { family, parent } = await parentFamily();
    expect(await requestPasswordReset({ login: "999999992" })).toEqual({ throttled: false });
    expect(await testDb.outboxMail.count({ where: { to: parent.email } })).toBe(0);
    expect(await requestPasswordReset({ login: family.debiteurnummer })).toEqual({ throttled: false });
    // The token and the mail are the job's work (tests/integration/password-reset-timing.test.ts).
    expect(await testDb.outboxMail.count({ where: { to: parent.email } })).toBe(0);
    await runQueuedJobs("account.password-reset");
    expect(await testDb.outboxMail.count({ where: { to: parent.email } })).toBe(1);
    const token = await tokenFromOutbox(parent.email, "wachtwoord-herstellen");
    expect(
      await setPasswordWithToken({
        kind: "RESET",
        token,
        password: "Zandkasteel bouwen in juni",
        passwordConfirm: "Zandkasteel bouwen in juni",
      }),
    ).toEqual({ ok: true });
    // The old session (version 1) is over; the new password works, the old one does not.
    expect(await loadSessionUser({ ...(await liveClaimsFor(parent.id)), sv: 1 })).toBeNull();
    expect((await authenticate({ login: family.debiteurnummer, password: PASSWORD, ip: ip() })).ok).toBe(false);
    expect(
      (await authenticate({ login: family.debiteurnummer, password: "Zandkasteel bouwen in juni", ip: ip() })).ok,
    ).toBe(true);
  });

  it("limits reset mails per account", async () => {
    const { family } = await parentFamily();
    for (let i = 0; i < 3; i++)
      expect(await requestPasswordReset({ login: family.debiteurnummer })).toEqual({ throttled: false });
    expect(await requestPasswordReset({ login: family.debiteurnummer })).toEqual({ throttled: true });
  });
});
