// Server-side sessions. next-auth 4 keeps credentials sessions in a JWT cookie; on its own such a cookie stays valid
// until it expires, whatever the user did, so a copy taken before logout would still work. Each sign-in therefore
// writes a UserSession row, the JWT carries its id (`sid`), lib/auth/session.ts accepts a cookie only while that row
// is live, and logging out revokes it. Deactivation and password changes still end every session through
// User.sessionVersion.
import "server-only";
import type { Db, Tx } from "../db";
import { isUuid } from "../ids";
import { REMEMBER_ME_DAYS, SHORT_SESSION_HOURS } from "./session-user";
import { now as clockNow } from "../clock";

/** How long a session lasts: 60 days with "Ingelogd blijven", 12 hours without. */
export const sessionLifetimeMs = (remember: boolean) =>
  remember ? REMEMBER_ME_DAYS * 24 * 3600_000 : SHORT_SESSION_HOURS * 3600_000;

export async function startUserSession(
  db: Db | Tx,
  { userId, remember, now = clockNow() }: { userId: string; remember: boolean; now?: Date },
): Promise<{ id: string; expiresAt: Date }> {
  return db.userSession.create({
    data: { userId, remember, expiresAt: new Date(now.getTime() + sessionLifetimeMs(remember)) },
    select: { id: true, expiresAt: true },
  });
}

/** Logging out: this browser's session ends for every copy of its cookie. Unknown or malformed ids do nothing. */
export async function revokeUserSession(db: Db | Tx, sessionId: unknown, now = clockNow()): Promise<void> {
  if (!isUuid(sessionId)) return;
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}

/** Retention: an organisation's sessions that can never be used again (past their lifetime, revoked or not). */
export async function deleteExpiredSessions(
  db: Db | Tx,
  { organisationId, now = clockNow() }: { organisationId: string; now?: Date },
): Promise<number> {
  const { count } = await db.userSession.deleteMany({ where: { expiresAt: { lt: now }, user: { organisationId } } });
  return count;
}
