// Role predicates: the only code that compares a role. Everything else asks these (tests/unit/import-rules.test.ts
// fails on a `role ===` anywhere else), so "who counts as a carer" or "who decides requests" has one answer.
//
// NOTE: security-critical, part of lib/authz. Pure and free of server imports on purpose: lib/auth/session.ts builds
// the SessionUser with them (lib/authz/index.ts imports the session, so this file must not), and pages and
// components may ask them too.
//
// They take anything with a `role` (the SessionUser, or a user row from a query) and narrow it: after
// `if (isParent(user))` a SessionUser is a ParentUser, whose `familyId` is a string.
import type { Role } from "../generated/prisma/enums";
import { AppError } from "../errors";

type WithRole = { role: Role };
/** `T` narrowed to the given roles; for the SessionUser union that is exactly the members of those roles. */
export type WithRoles<T extends WithRole, R extends Role> = T & { role: R };

/** Whether `who` has one of the roles. The named predicates below are this with a fixed list. */
export function hasRole<T extends WithRole, R extends Role>(who: T, ...roles: R[]): who is WithRoles<T, R> {
  return (roles as readonly Role[]).includes(who.role);
}

export const isParent = <T extends WithRole>(who: T): who is WithRoles<T, "PARENT"> => hasRole(who, "PARENT");
export const isStaff = <T extends WithRole>(who: T): who is WithRoles<T, "STAFF"> => hasRole(who, "STAFF");
export const isManager = <T extends WithRole>(who: T): who is WithRoles<T, "MANAGER"> => hasRole(who, "MANAGER");
export const isBeheerder = <T extends WithRole>(who: T): who is WithRoles<T, "BEHEERDER"> => hasRole(who, "BEHEERDER");

/**
 * Staff and managers: the people who care for the children of a group. They write in the schriftje and answer
 * family threads; beheerders administer and have no care role, parents are the other side.
 */
export const isCarer = <T extends WithRole>(who: T): who is WithRoles<T, "STAFF" | "MANAGER"> =>
  hasRole(who, "STAFF", "MANAGER");

/**
 * The DAL's role guard: NOT_FOUND unless `user` has one of the roles ("not yours" is the same answer as "does not
 * exist"), and the user narrowed to those roles after it. Pages use requireRole, actions and routes requireActor.
 */
export function assertRole<T extends WithRole, R extends Role>(
  user: T,
  ...roles: R[]
): asserts user is WithRoles<T, R> {
  if (!hasRole(user, ...roles)) throw new AppError("NOT_FOUND");
}
