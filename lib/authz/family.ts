// The parent's own household: THE one place that says which family a parent acts for. childScope, groupScope and
// the feature scopes (photos, messages, planning, contacts) are built from ownFamily and ownChildren, and isOwnChild
// is their in-memory twin.
//
// Two households (separated parents, issue 14): a child belongs to its Child.familyId and to every family in
// ChildHousehold. So there are two questions, answered here only:
//   - ownFamily: rows with a `familyId` (threads, documents, care requests, contacts, export requests) are the
//     household's own only: each household has its own messages, invoices, requests and contacts;
//   - ownChildren: the children of the household, first or second household alike: both see the child, its
//     schriftje and its photos (and its placements, groups and planning, through childScope).
//
// NOTE: security-critical, part of lib/authz. A leaf module (no server-only, no session import) so that
// lib/photos/visibility.ts, which lib/authz/index.ts re-exports, can use it without an import cycle.
import { AppError } from "../errors";
import type { ParentUser } from "../auth/session-user";
import type { Prisma } from "../generated/prisma/client";

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

/**
 * The children of a household (its own, and those it shares as a second household), as a Child where-fragment.
 * For queries without a session (retention): a relation filter. Sessions use ownChildren, whose ids were loaded with
 * the session, so an ordinary family's queries keep their plain `familyId = ..` shape (and their query plans).
 */
export function childrenOfHousehold(familyId: string): Prisma.ChildWhereInput {
  const id = assertScopeId(familyId, "familyId");
  return { OR: [{ familyId: id }, { households: { some: { familyId: id } } }] };
}

/** The parent's children: of their household, first or second. The where-fragment for every Child query. */
export function ownChildren(parent: ParentUser): Prisma.ChildWhereInput {
  const { familyId } = ownFamily(parent);
  const shared = parent.sharedChildIds ?? [];
  return shared.length === 0 ? { familyId } : { OR: [{ familyId }, { id: { in: shared } }] };
}

/**
 * In-memory twin of ownChildren, for rows already loaded through a scope: is this one of the parent's own children?
 * Pass the child's `id` (checked against the session's sharedChildIds) or its loaded `households`.
 */
export function isOwnChild(
  parent: ParentUser,
  child: { id?: string; familyId: string; households?: { familyId: string }[] },
): boolean {
  const { familyId } = ownFamily(parent);
  return (
    child.familyId === familyId ||
    (child.id !== undefined && (parent.sharedChildIds ?? []).includes(child.id)) ||
    (child.households ?? []).some((h) => h.familyId === familyId)
  );
}
