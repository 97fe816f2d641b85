// The parent's own household: THE one place that says which family a parent acts for. childScope, groupScope and
// the feature scopes (photos, messages, planning, contacts) are built from ownFamily, and isOwnChild is its
// in-memory twin, so letting a child belong to two households is a change in this file.
//
// NOTE: security-critical, part of lib/authz. A leaf module (no server-only, no session import) so that
// lib/photos/visibility.ts, which lib/authz/index.ts re-exports, can use it without an import cycle.
import { AppError } from "../errors";
import type { ParentUser } from "../auth/session-user";

/** Backup validation in case something upstream went wrong: never build a scope from a missing id. */
export function assertScopeId(value: string | null | undefined, what: string): string {
  // Prisma drops `undefined` filters silently, and an empty id is never a real one.
  if (!value) throw new AppError("NOT_FOUND", `scope: missing ${what}`);
  return value;
}

/** The parent's family as a where-fragment for every model with a `familyId` column. */
export function ownFamily(parent: ParentUser): { familyId: string } {
  return { familyId: assertScopeId(parent.familyId, "familyId") };
}

/** In-memory twin of ownFamily, for rows already loaded through a scope: is this one of the parent's own children? */
export function isOwnChild(parent: ParentUser, child: { familyId: string }): boolean {
  return child.familyId === ownFamily(parent).familyId;
}
