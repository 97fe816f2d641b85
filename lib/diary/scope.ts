// Who may read and write which child's schriftje.
//
// NOTE: security-critical. Built only from lib/authz.childScope; tests/integration/diary-authz.test.ts is the matrix.
// Parents: their own family's children. Staff: children placed in their groups. Managers: children placed in
// their locations. Beheerders: none. The schriftje is between parents and the people caring for the child; the
// beheerders manage accounts and have no care role, so they get no access to its contents.
import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { childScope, type SessionUser } from "../authz";

export function diaryChildScope(user: SessionUser, today?: Date): Prisma.ChildWhereInput {
  if (user.role === "BEHEERDER") return { id: { in: [] } };
  return childScope(user, today);
}

export const diaryAuthorRole = (user: SessionUser): "STAFF" | "PARENT" | null =>
  user.role === "PARENT" ? "PARENT" : user.role === "STAFF" || user.role === "MANAGER" ? "STAFF" : null;
