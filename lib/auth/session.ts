// The signed-in user for this request, loaded from the database and cached per request.
import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { prisma } from "../db";
import { isUuid } from "../ids";
import { authOptions, SESSION_COOKIE } from "./options";
import type { Role } from "../generated/prisma/enums";
import { isBeheerder, isManager, isParent, isStaff } from "../authz/roles";
import type { SessionClaims, SessionUser } from "./session-user";
import { nowMs } from "../clock";

/** The session query's row: every role's columns (lists unfiltered by role) plus what decides validity. */
type SessionRow = {
  id: string;
  role: Role;
  status: string;
  sessionVersion: number;
  organisationId: string;
  name: string;
  locale: string;
  familyId: string | null;
  staffGroupIds: string[];
  managedLocationIds: string[];
  sharedChildIds: string[];
};

/**
 * The user behind session claims, or null when the session is over: its UserSession row revoked (logout) or expired,
 * the user not active, or the session version bumped. Runs on every request, so it is one SQL round trip (the Prisma
 * select with two relations was three queries).
 */
export async function loadSessionUser(
  claims: Partial<SessionClaims> | undefined,
  now = nowMs(),
): Promise<SessionUser | null> {
  if (
    !claims ||
    !isUuid(claims.uid) ||
    !isUuid(claims.sid) ||
    typeof claims.sv !== "number" ||
    typeof claims.until !== "number" ||
    claims.until < now
  )
    return null;
  const [user] = await prisma.$queryRaw<SessionRow[]>`
    SELECT u.id::text, u.role::text, u.status::text, u."sessionVersion", u."organisationId"::text, u.name, u.locale, u."familyId"::text,
           ARRAY(SELECT m."groupId"::text FROM "StaffMembership" m WHERE m."userId" = u.id ORDER BY m."groupId") AS "staffGroupIds",
           ARRAY(SELECT l."locationId"::text FROM "ManagerLocation" l WHERE l."userId" = u.id ORDER BY l."locationId") AS "managedLocationIds",
           ARRAY(SELECT h."childId"::text FROM "ChildHousehold" h WHERE h."familyId" = u."familyId" ORDER BY h."childId") AS "sharedChildIds"
    FROM "User" u WHERE u.id = ${claims.uid}::uuid
      AND EXISTS (SELECT 1 FROM "UserSession" s WHERE s.id = ${claims.sid}::uuid AND s."userId" = u.id
                  AND s."revokedAt" IS NULL AND s."expiresAt" > ${new Date(now)})`;
  // Logged out (revoked session), deactivated users and bumped session versions end the session immediately.
  if (user?.status !== "ACTIVE" || user.sessionVersion !== claims.sv) return null;
  return toSessionUser(user);
}

/**
 * The SessionUser member for the row's role, carrying only that role's scope ids. A parent without a family has no
 * session at all (every parent scope starts from the family); a role without a member here gets no session either.
 */
function toSessionUser(row: SessionRow): SessionUser | null {
  const base = { id: row.id, organisationId: row.organisationId, name: row.name, locale: row.locale };
  if (isParent(row))
    return row.familyId
      ? { ...base, role: row.role, familyId: row.familyId, sharedChildIds: row.sharedChildIds }
      : null;
  if (isStaff(row)) return { ...base, role: row.role, staffGroupIds: row.staffGroupIds };
  if (isManager(row)) return { ...base, role: row.role, managedLocationIds: row.managedLocationIds };
  if (isBeheerder(row)) return { ...base, role: row.role };
  return null;
}

/**
 * The claims in this request's session cookie, decrypted and expiry-checked by next-auth's own `decode`. Not
 * getServerSession: that runs next-auth's whole session endpoint per call (a CSRF token, re-encrypting the token
 * for a cookie a server component cannot set), about 5% of a page's CPU. The lifetime that counts is `until`,
 * fixed at sign-in, so not re-issuing the cookie here changes nothing.
 */
export async function readSessionClaims(): Promise<Partial<SessionClaims> | null> {
  return decodeSessionToken((await cookies()).get(SESSION_COOKIE)?.value);
}

export async function decodeSessionToken(token: string | undefined): Promise<Partial<SessionClaims> | null> {
  if (!token) return null;
  try {
    return (await decode({ token, secret: authOptions.secret! })) as Partial<SessionClaims> | null;
  } catch {
    return null; // tampered, expired or signed with an old secret: signed out
  }
}

export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  return loadSessionUser((await readSessionClaims()) ?? undefined);
});
