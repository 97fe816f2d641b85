// Deactivation is reversible (issue 16, item 10): the session still ends at once, but a beheerder can reactivate the
// account without a new invite or password. Authorization matrix: only a beheerder of the user's organisation.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { testDb } from "../db";
import { ACTORS, setupMatrix } from "../matrix";
import { liveClaimsFor, sessionFor } from "../session";
import { createGuardian } from "../../prisma/factories";
import { authenticate } from "../../lib/auth/login";
import { loadSessionUser } from "../../lib/auth/session";
import { deactivateUser, reactivateUser } from "../../lib/accounts/mutations";
import { isAppError } from "../../lib/errors";

const PASSWORD = "Zeilboot-Roef-2026";
const ip = () => `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (isAppError(error) ? error.code : `unexpected: ${String(error)}`),
  );

describe("reactivating a deactivated account", () => {
  it("needs no new invite or password, while the sessions from before stay ended", async () => {
    const { w, users } = await setupMatrix();
    const before = await liveClaimsFor(w.parentB.id);
    await deactivateUser(users.beheerder, w.parentB.id);
    expect(await loadSessionUser(before)).toBeNull();
    expect((await authenticate({ login: w.familyB.debiteurnummer, password: PASSWORD, ip: ip() })).ok).toBe(false);

    expect(await reactivateUser(users.beheerder, w.parentB.id)).toEqual({ status: "ACTIVE" });
    // The old password works again; no invite or reset mail was needed.
    expect((await authenticate({ login: w.familyB.debiteurnummer, password: PASSWORD, ip: ip() })).ok).toBe(true);
    expect(await testDb.authToken.count({ where: { userId: w.parentB.id, usedAt: null } })).toBe(0);
    // A cookie from before the deactivation does not come back to life.
    expect(await loadSessionUser(before)).toBeNull();
    const audit = await testDb.auditEvent.findFirstOrThrow({
      where: { action: "account.reactivated", entityId: w.parentB.id },
    });
    expect(audit.actorId).toBe(w.beheerder.id);
    // Reactivating what is not deactivated is a conflict, not a silent success.
    expect(await outcome(reactivateUser(users.beheerder, w.parentB.id))).toBe("CONFLICT");
  });

  it("an account deactivated before it was activated is invited again, not active without a password", async () => {
    const { w, users } = await setupMatrix();
    const invited = await createGuardian(testDb, { family: w.familyB, index: 2, status: "INVITED" });
    await deactivateUser(users.beheerder, invited.id);
    expect(await reactivateUser(users.beheerder, invited.id)).toEqual({ status: "INVITED" });
    expect((await testDb.user.findUniqueOrThrow({ where: { id: invited.id } })).status).toBe("INVITED");
  });

  it("matrix: only a beheerder of the organisation reactivates", async () => {
    const { w, users } = await setupMatrix();
    await deactivateUser(users.beheerder, w.parentB.id);
    for (const actor of ACTORS.filter((a) => a !== "beheerder"))
      expect(await outcome(reactivateUser(users[actor], w.parentB.id)), actor).toBe("NOT_FOUND");
    for (const id of ["not-a-uuid", randomUUID()])
      expect(await outcome(reactivateUser(users.beheerder, id)), id).toBe("NOT_FOUND");
    expect((await testDb.user.findUniqueOrThrow({ where: { id: w.parentB.id } })).status).toBe("DEACTIVATED");
    expect(await outcome(reactivateUser(users.beheerder, w.parentB.id))).toBe("ok");
    expect((await sessionFor(w.parentB.id)).id).toBe(w.parentB.id);
  });
});
