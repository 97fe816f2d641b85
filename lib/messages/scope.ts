// Who may see which message thread.
//
// NOTE: security-critical. tests/integration/messages-authz.test.ts is the matrix; change both together. Built only
// from lib/authz (ownFamily, groupScope and the role predicates).
//  - PARENT: their own family's threads (with the group or the manager, including private replies to broadcasts),
//    plus broadcasts of groups their children are placed in (lib/authz.groupScope).
//  - STAFF: group threads and broadcasts of their own groups; never manager threads.
//  - MANAGER: every thread of their locations (GROUP threads carry the group's locationId too).
//  - BEHEERDER: none. Messages are between families and the people caring for their children.
import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { groupScope, isManager, isParent, isStaff, ownFamily, type SessionUser } from "../authz";

/** Matches nothing: beheerders, and any role not named above. */
const NO_THREADS: Prisma.ThreadWhereInput = { id: { in: [] } };

/** Every id in the scope comes from the loaded SessionUser. */
export function threadScope(user: SessionUser, today?: Date): Prisma.ThreadWhereInput {
  if (isParent(user))
    return {
      OR: [
        { ...ownFamily(user), kind: { in: ["GROUP", "MANAGER"] } },
        { kind: "BROADCAST", group: groupScope(user, today) },
      ],
    };
  if (isStaff(user)) return { kind: { in: ["GROUP", "BROADCAST"] }, groupId: { in: user.staffGroupIds } };
  if (isManager(user)) return { locationId: { in: user.managedLocationIds } };
  return NO_THREADS;
}

/**
 * threadScope for list queries, with the parent's broadcast groups (groupScope) resolved by the caller first: the same
 * threads, but `familyId = .. OR groupId IN (..)` lets Postgres combine two indexes, where the correlated EXISTS of
 * threadScope made it scan every thread (tests/integration/explain-list-queries.test.ts).
 */
export function threadScopeWithGroups(user: SessionUser, parentGroupIds: string[]): Prisma.ThreadWhereInput {
  if (!isParent(user)) return threadScope(user);
  return {
    OR: [
      { ...ownFamily(user), kind: { in: ["GROUP", "MANAGER"] } },
      { kind: "BROADCAST", groupId: { in: parentGroupIds } },
    ],
  };
}
