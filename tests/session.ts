// Builds the SessionUser for a test user through the real session loader (status, sessionVersion and a live
// UserSession row included, as a signed-in browser has).
import { loadSessionUser } from "../lib/auth/session";
import type { SessionClaims, SessionUser } from "../lib/auth/session-user";
import { startUserSession } from "../lib/auth/user-sessions";
import { testDb } from "./db";

/** The claims a fresh sign-in of this user would put in the cookie (with its server-side session row). */
export async function liveClaimsFor(userId: string): Promise<SessionClaims> {
  const user = await testDb.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  const session = await startUserSession(testDb, { userId, remember: false });
  return { uid: userId, sv: user.sessionVersion, until: session.expiresAt.getTime(), sid: session.id, rm: false };
}

export async function sessionFor(userId: string): Promise<SessionUser> {
  const session = await loadSessionUser(await liveClaimsFor(userId));
  if (!session) throw new Error(`user ${userId} has no valid session (inactive?)`);
  return session;
}
