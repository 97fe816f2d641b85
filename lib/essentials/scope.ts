// Who may see and change a child's essentials (issue 18): health data, so the narrowest scope in the portal.
//
// NOTE: security-critical (special-category personal data under the AVG). Changes need two reviewers and
// tests/integration/essentials-authz.test.ts.
//  - Read: the child's own parents; staff of a group the child is placed in today; beheerders of the organisation.
//    Not managers, not staff of other groups, never another parent.
//  - Write: the child's own parents and beheerders.
import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { childScope, isBeheerder, isParent, isStaff, placementOnDate, type SessionUser } from "../authz";

const NOBODY: Prisma.ChildWhereInput = { id: { in: [] } };

export function essentialsReadScope(user: SessionUser, today: Date): Prisma.ChildWhereInput {
  if (isParent(user) || isBeheerder(user)) return childScope(user, today);
  if (isStaff(user))
    return { placements: { some: { AND: [{ groupId: { in: user.staffGroupIds } }, placementOnDate(today)] } } };
  return NOBODY;
}

export function essentialsWriteScope(user: SessionUser, today: Date): Prisma.ChildWhereInput {
  if (isParent(user) || isBeheerder(user)) return childScope(user, today);
  return NOBODY;
}
