// Who may read and write which child's schriftje.
//
// NOTE: security-critical. Built only from lib/authz (childScope and the role predicates);
// tests/integration/diary-authz.test.ts is the matrix.
// Parents: their own family's children. Staff: children placed in their groups. Managers: children placed in
// their locations. Beheerders: none. The schriftje is between parents and the people caring for the child; the
// beheerders manage accounts and have no care role, so they get no access to its contents.
import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { childScope, isBeheerder, isCarer, isParent, type SessionUser } from "../authz";

export function diaryChildScope(user: SessionUser, today?: Date): Prisma.ChildWhereInput {
  if (isBeheerder(user)) return { id: { in: [] } };
  return childScope(user, today);
}

/** Which side of the schriftje an entry is from: the family, or the carers (staff and managers). Beheerders: none. */
export const diaryAuthorRole = (user: SessionUser): "STAFF" | "PARENT" | null =>
  isParent(user) ? "PARENT" : isCarer(user) ? "STAFF" : null;
