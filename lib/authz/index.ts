// THE authorization module. Every read and write of portal data is scoped by one of the builders below or guarded
// by one of the require*/assertRole functions; nothing else decides who may see what. Role predicates (isParent,
// isCarer, assertRole, ...) live in ./roles.ts and are re-exported here; feature scopes (photos/visibility.ts,
// diary/scope.ts, messages/scope.ts, planning/scope.ts, documents/queries.ts documentScope) are built only from
// these scopes and predicates.
//
// NOTE: security-critical. Changes here need two reviewers and the matrix tests in tests/integration/authz*.test.ts.
// Rules of the house:
//  - "Not yours" is the same answer as "does not exist": NOT_FOUND (a 404 page), never 403.
//  - Scopes are Prisma where-inputs that are AND-ed into the query itself; no check-then-act across two queries.
//  - A scope never contains `undefined` (which Prisma would silently drop): ids are asserted first.
import "server-only";
import { redirect, notFound as nextNotFound } from "next/navigation";
import type { Prisma } from "../generated/prisma/client";
import type { Role } from "../generated/prisma/enums";
import { AppError } from "../errors";
import { getSessionUser } from "../auth/session";
import type { SessionUser, SessionUserWith } from "../auth/session-user";
import { todayDate } from "../time";
import { isUuid } from "../ids";
import { assertScopeId, ownChildren } from "./family";
import { assertRole, hasRole } from "./roles";

export type {
  BeheerderUser,
  ManagerUser,
  ParentUser,
  SessionUser,
  SessionUserWith,
  StaffUser,
} from "../auth/session-user";
export { assertRole, hasRole, isBeheerder, isCarer, isManager, isParent, isStaff, type WithRoles } from "./roles";
export { childrenOfHousehold, isOwnChild, ownChildren, ownFamily } from "./family";

/** Page guard: the signed-in user, or a redirect to the login page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  return user;
}

/** Page guard: the signed-in user with one of the roles, else a 404 page (the page is "not yours"). */
export async function requireRole<R extends Role>(...roles: R[]): Promise<SessionUserWith<R>> {
  const user = await requireUser();
  if (!hasRole(user, ...roles)) nextNotFound();
  return user as SessionUserWith<R>;
}

/**
 * Action/route guard: like requireRole but throws AppError, which actions turn into a message and routes into 404.
 * Without roles: any signed-in user.
 */
export async function requireActor<R extends Role = Role>(...roles: R[]): Promise<SessionUserWith<R>> {
  const user = await getSessionUser();
  if (!user) throw new AppError("UNAUTHENTICATED");
  if (roles.length > 0) assertRole(user, ...roles);
  return user as SessionUserWith<R>;
}

/** Placements that are running on the given date (start <= date <= end or open-ended). */
export function placementOnDate(date: Date): Prisma.PlacementWhereInput {
  return { startDate: { lte: date }, OR: [{ endDate: null }, { endDate: { gte: date } }] };
}

/** Placements that have not ended before the given date (running now or starting later). */
export function placementNotEnded(date: Date): Prisma.PlacementWhereInput {
  return { OR: [{ endDate: null }, { endDate: { gte: date } }] };
}

/** Groups the user may see. Parents: groups their children are placed in (now or later). */
export function groupScope(user: SessionUser, today: Date = todayDate()): Prisma.GroupWhereInput {
  switch (user.role) {
    case "PARENT":
      return {
        placements: { some: { child: ownChildren(user), ...placementNotEnded(today) } },
      };
    case "STAFF":
      return { id: { in: user.staffGroupIds } };
    case "MANAGER":
      return { locationId: { in: user.managedLocationIds } };
    case "BEHEERDER":
      return { location: { organisationId: assertScopeId(user.organisationId, "organisationId") } };
  }
}

/** Children the user may see. Staff and managers: children placed (now or later) in their groups/locations. */
export function childScope(user: SessionUser, today: Date = todayDate()): Prisma.ChildWhereInput {
  switch (user.role) {
    case "PARENT":
      return ownChildren(user);
    case "STAFF":
      return { placements: { some: { groupId: { in: user.staffGroupIds }, ...placementNotEnded(today) } } };
    case "MANAGER":
      return {
        placements: { some: { group: { locationId: { in: user.managedLocationIds } }, ...placementNotEnded(today) } },
      };
    case "BEHEERDER":
      return { family: { organisationId: assertScopeId(user.organisationId, "organisationId") } };
  }
}

/** Families the user may see. */
export function familyScope(user: SessionUser, today: Date = todayDate()): Prisma.FamilyWhereInput {
  switch (user.role) {
    case "PARENT":
      return { id: assertScopeId(user.familyId, "familyId") };
    case "STAFF":
    case "MANAGER":
      // A second household of a child in their care is one of the child's families too.
      return {
        OR: [
          { children: { some: childScope(user, today) } },
          { sharedChildren: { some: { child: childScope(user, today) } } },
        ],
      };
    case "BEHEERDER":
      return { organisationId: assertScopeId(user.organisationId, "organisationId") };
  }
}

/** Locations the user may see. */
export function locationScope(user: SessionUser, today: Date = todayDate()): Prisma.LocationWhereInput {
  switch (user.role) {
    case "PARENT":
    case "STAFF":
      return { groups: { some: groupScope(user, today) } };
    case "MANAGER":
      return { id: { in: user.managedLocationIds } };
    case "BEHEERDER":
      return { organisationId: assertScopeId(user.organisationId, "organisationId") };
  }
}

/** Users a beheerder manages: everyone in their organisation. Only BEHEERDER gets a non-empty scope. */
export function userAdminScope(user: SessionUser): Prisma.UserWhereInput {
  if (!hasRole(user, "BEHEERDER")) return { id: { in: [] } };
  return { organisationId: assertScopeId(user.organisationId, "organisationId") };
}

/** Throws NOT_FOUND unless the user may see this child. Use before writes that name a child id from a form. */
export async function assertChildVisible(
  db: {
    child: {
      findFirst: (args: { where: Prisma.ChildWhereInput; select: { id: true } }) => Promise<{ id: string } | null>;
    };
  },
  user: SessionUser,
  childId: string,
): Promise<void> {
  if (!isUuid(childId)) throw new AppError("NOT_FOUND");
  const found = await db.child.findFirst({ where: { AND: [{ id: childId }, childScope(user)] }, select: { id: true } });
  if (!found) throw new AppError("NOT_FOUND");
}

// Photo visibility (parents: placement on the photo's date + consent of every tagged child) lives in its own file
// because it is long and heavily commented; it is part of this module and every photo query uses it.
export {
  photoScope,
  photoManageScope,
  photoUploadGroupScope,
  photosDuringPlacements,
  photoConsentAllowsParent,
} from "../photos/visibility";
export type { PlacementWindow } from "../photos/visibility";
