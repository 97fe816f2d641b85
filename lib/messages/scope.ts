// Who may see which message thread.
//
// NOTE: security-critical. tests/integration/messages-authz.test.ts is the matrix; change both together.
//  - PARENT: their own family's threads (with the group or the manager, including private replies to broadcasts),
//    plus broadcasts of groups their children are placed in (lib/authz.groupScope).
//  - STAFF: group threads and broadcasts of their own groups; never manager threads.
//  - MANAGER: every thread of their locations (GROUP threads carry the group's locationId too).
//  - BEHEERDER: none. Messages are between families and the people caring for their children.
import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { groupScope, type SessionUser } from "../authz";

/** Every id in the scope comes from the loaded SessionUser; a parent without a family gets an empty scope. */
export function threadScope(user: SessionUser, today?: Date): Prisma.ThreadWhereInput {
  switch (user.role) {
    case "PARENT": {
      if (!user.familyId) return { id: { in: [] } };
      return {
        OR: [
          { familyId: user.familyId, kind: { in: ["GROUP", "MANAGER"] } },
          { kind: "BROADCAST", group: groupScope(user, today) },
        ],
      };
    }
    case "STAFF":
      return { kind: { in: ["GROUP", "BROADCAST"] }, groupId: { in: user.staffGroupIds } };
    case "MANAGER":
      return { locationId: { in: user.managedLocationIds } };
    case "BEHEERDER":
      return { id: { in: [] } };
  }
}

/**
 * threadScope for list queries, with the parent's broadcast groups (groupScope) resolved by the caller first: the same
 * threads, but `familyId = .. OR groupId IN (..)` lets Postgres combine two indexes, where the correlated EXISTS of
 * threadScope made it scan every thread (tests/integration/explain-list-queries.test.ts).
 */
export function threadScopeWithGroups(user: SessionUser, parentGroupIds: string[]): Prisma.ThreadWhereInput {
  if (user.role !== "PARENT" || !user.familyId) return threadScope(user);
  return {
    OR: [
      { familyId: user.familyId, kind: { in: ["GROUP", "MANAGER"] } },
      { kind: "BROADCAST", groupId: { in: parentGroupIds } },
    ],
  };
}

/** Staff and managers answer; they also see broadcast read receipts. */
export const isCarer = (user: SessionUser) => user.role === "STAFF" || user.role === "MANAGER";
