// Who may plan for which child and act on which care request. Loaders shared by planning's queries and mutations
// and by lib/swap, so that none of them imports another's mutation module.
//
// NOTE: security-critical. Built only from lib/authz (childScope, groupScope, ownFamily and the role predicates);
// tests/integration/planning-authz.test.ts is the matrix.
//  - Children: childScope (parents: their own family's; staff, managers, beheerders: placed in their groups now or
//    later). An id outside it is NOT_FOUND.
//  - Care requests: parents their own family's; everyone else the requests of the groups they act for (groupScope),
//    not just of children they can see.
import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { prisma } from "../db";
import { AppError } from "../errors";
import { childScope, groupScope, isParent, ownFamily, type SessionUser } from "../authz";
import { isUuid } from "../ids";
import { childCareSelect, type ChildCare } from "./care";

/** One child in the user's childScope, with what the planning rules need; NOT_FOUND for any other id. */
export async function loadScopedChild(user: SessionUser, childId: string, today: Date): Promise<ChildCare> {
  if (!isUuid(childId)) throw new AppError("NOT_FOUND");
  const child = await prisma.child.findFirst({
    where: { AND: [{ id: childId }, childScope(user, today)] },
    select: childCareSelect,
  });
  if (!child) throw new AppError("NOT_FOUND");
  return child;
}

/** Group ids a staff member, manager or beheerder acts for (parents: none). Used to scope requests by groupId. */
export async function scopedGroupIds(user: SessionUser, today: Date): Promise<string[]> {
  if (isParent(user)) return [];
  const groups = await prisma.group.findMany({ where: groupScope(user, today), select: { id: true } });
  return groups.map((g) => g.id);
}

/** The care requests a user may cancel: parents their own family's, the organisation those of its groups. */
export async function careRequestScope(user: SessionUser, today: Date): Promise<Prisma.CareRequestWhereInput> {
  if (isParent(user)) return ownFamily(user);
  return { groupId: { in: await scopedGroupIds(user, today) } };
}
