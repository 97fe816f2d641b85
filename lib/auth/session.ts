// The signed-in user for this request, loaded from the database and cached per request.
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { prisma } from "../db";
import { authOptions } from "./options";
import type { SessionClaims, SessionUser } from "./session-user";

export async function loadSessionUser(claims: Partial<SessionClaims> | undefined, now = Date.now()): Promise<SessionUser | null> {
  if (!claims?.uid || typeof claims.sv !== "number" || typeof claims.until !== "number" || claims.until < now) return null;
  const user = await prisma.user.findUnique({
    where: { id: claims.uid },
    select: {
      id: true,
      role: true,
      status: true,
      sessionVersion: true,
      organisationId: true,
      name: true,
      locale: true,
      familyId: true,
      staffMemberships: { select: { groupId: true } },
      managedLocations: { select: { locationId: true } },
    },
  });
  // Deactivated users and bumped session versions end the session immediately.
  if (!user || user.status !== "ACTIVE" || user.sessionVersion !== claims.sv) return null;
  if (user.role === "PARENT" && !user.familyId) return null;
  return {
    id: user.id,
    role: user.role,
    organisationId: user.organisationId,
    name: user.name,
    locale: user.locale,
    familyId: user.role === "PARENT" ? user.familyId : null,
    staffGroupIds: user.role === "STAFF" ? user.staffMemberships.map((m) => m.groupId) : [],
    managedLocationIds: user.role === "MANAGER" ? user.managedLocations.map((m) => m.locationId) : [],
  };
}

export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await getServerSession(authOptions)) as { claims?: Partial<SessionClaims> } | null;
  return loadSessionUser(session?.claims);
});
