// The shape of the signed-in user that every authorization decision is made from. Loaded from the database on each
// request (never trusted from the cookie alone), so deactivation and password changes take effect at once.
import type { Role } from "../generated/prisma/enums";

export type SessionUser = {
  id: string;
  role: Role;
  organisationId: string;
  name: string;
  locale: string;
  /** Set for PARENT only. */
  familyId: string | null;
  /** Groups a STAFF member works in. */
  staffGroupIds: string[];
  /** Locations a MANAGER manages. */
  managedLocationIds: string[];
};

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
