// Builds the SessionUser for a test user through the real session loader (status and sessionVersion included).
import { loadSessionUser } from "../lib/auth/session";
import type { SessionUser } from "../lib/auth/session-user";
import { testDb } from "./db";

export async function sessionFor(userId: string): Promise<SessionUser> {
  const user = await testDb.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  const session = await loadSessionUser({ uid: userId, sv: user.sessionVersion, until: Date.now() + 3600_000 });
  if (!session) throw new Error(`user ${userId} has no valid session (inactive?)`);
  return session;
}
