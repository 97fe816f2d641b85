// The shape of the signed-in user that every authorization decision is made from. Loaded from the database on each
// request (never trusted from the cookie alone), so deactivation and password changes take effect at once.
//
// A union by role: each member carries only the scope ids that role has, so a parent's family id is a string (never
// null) and a staff member has no family id to filter by by mistake. Narrow with the predicates in lib/authz/roles.ts
// (`isParent(user)`, `assertRole(user, "BEHEERDER")`, ...), never by comparing `role` inline.
import type { Role } from "../generated/prisma/enums";

type SessionUserBase = {
  id: string;
  organisationId: string;
  name: string;
  locale: string;
};

/**
 * A guardian. `familyId` is the household they act for; lib/authz.ownFamily is the one scope built from it.
 * `sharedChildIds`: children of another family this household is a second household of (ChildHousehold, separated
 * parents); lib/authz.ownChildren adds them. Missing means none (fewer children, never more).
 */
export type ParentUser = SessionUserBase & { role: "PARENT"; familyId: string; sharedChildIds?: string[] };
/** Works in groups: `staffGroupIds` are the groups of their StaffMemberships. */
export type StaffUser = SessionUserBase & { role: "STAFF"; staffGroupIds: string[] };
/** Manages locations: `managedLocationIds` are the locations of their ManagerLocations. */
export type ManagerUser = SessionUserBase & { role: "MANAGER"; managedLocationIds: string[] };
/** Administers the whole organisation (`organisationId`). */
export type BeheerderUser = SessionUserBase & { role: "BEHEERDER" };

export type SessionUser = ParentUser | StaffUser | ManagerUser | BeheerderUser;

/** The member of SessionUser for these roles (`SessionUserWith<"MANAGER" | "BEHEERDER">`). */
export type SessionUserWith<R extends Role> = Extract<SessionUser, { role: R }>;

// Compile-time guard: a role added to the Prisma enum must get its own member above (and its rules in lib/authz).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const everyRoleHasAMember: Same<SessionUser["role"], Role> = true;
void everyRoleHasAMember;

/** Claims we put in the next-auth JWT. The database stays the source of truth; these only identify the session. */
export type SessionClaims = {
  uid: string;
  /** User.sessionVersion at sign-in; a bump ends the session. */
  sv: number;
  /** Epoch ms after which this session is over ("remember me" decides how long). */
  until: number;
  /** The UserSession row (lib/auth/user-sessions.ts): logging out revokes it, so copies of the cookie die too. */
  sid: string;
  /** "Ingelogd blijven": only then is the cookie kept after the browser closes. */
  rm: boolean;
};

export const REMEMBER_ME_DAYS = 60;
export const SHORT_SESSION_HOURS = 12;
