// WHO MAY SEE WHICH PHOTO. The one place that decides photo visibility; lib/authz re-exports it, and every photo
// read (feed, detail, image bytes, download, ZIP) puts `photoScope` into its Prisma `where`.
//
// NOTE: security-critical. Changes need two reviewers and tests/integration/photos-*.test.ts.
//
// The rule for parents (all conditions, evaluated in the database at query time, so a consent withdrawal takes
// effect on the very next request, also for photos posted long ago):
//  1. Placement: one of the parent's children was placed in the photo's group on the photo's date (Photo.takenOn
//     between Placement.startDate and Placement.endDate, inclusive; open-ended placements have no end).
//  2. Own children: every tagged child of the parent's own household (first or second) has consentPhotograph ("may be photographed and
//     shown to us").
//  3. Other children: every tagged child of another family has consentPhotograph AND consentShareGroup ("may be
//     shared with the other parents of the group").
//  4. Untagged photos (safe default): invisible to parents unless staff explicitly confirmed "no children in this
//     photo" (Photo.noChildren). An untagged photo may show a child nobody tagged, and that child's consent is
//     unknown, so it stays staff-only until someone tags it or confirms it shows no children.
// Staff see the photos of their groups, managers those of their locations, beheerders those of their organisation
// (they need them to moderate; consent governs distribution to parents, not the organisation's own staff).
import type { Prisma } from "../generated/prisma/client";
import type { SessionUser } from "../auth/session-user";
import { assertScopeId as assertId, ownFamily } from "../authz/family";
import { isBeheerder, isManager, isParent, isStaff } from "../authz/roles";

/** A placement of one of the parent's children: the group and the inclusive date range. */
export type PlacementWindow = { groupId: string; startDate: Date; endDate: Date | null };

/** Matches nothing; used instead of an empty OR (which Prisma would treat as "no filter" in some shapes). */
const NOTHING: Prisma.PhotoWhereInput = { id: { in: [] } };

/** Condition 1: the photo's group and date fall inside one of the given placements. */
export function photosDuringPlacements(placements: PlacementWindow[]): Prisma.PhotoWhereInput {
  if (placements.length === 0) return NOTHING;
  return {
    OR: placements.map((p) => ({
      groupId: assertId(p.groupId, "groupId"),
      takenOn: p.endDate ? { gte: p.startDate, lte: p.endDate } : { gte: p.startDate },
    })),
  };
}

/** Conditions 2-4: consent of every tagged child, and the untagged-photo rule. `familyId` is the viewer's family. */
export function photoConsentAllowsParent(familyId: string, sharedChildIds: string[] = []): Prisma.PhotoWhereInput {
  // "Own" children are those of the viewer's household, first or second (a shared child of separated parents).
  const viewerFamily = assertId(familyId, "familyId");
  if (sharedChildIds.length === 0) return consentRule({ familyId: viewerFamily }, { familyId: { not: viewerFamily } });
  const own: Prisma.ChildWhereInput = { OR: [{ familyId: viewerFamily }, { id: { in: sharedChildIds } }] };
  return consentRule(own, { NOT: own });
}

function consentRule(own: Prisma.ChildWhereInput, other: Prisma.ChildWhereInput): Prisma.PhotoWhereInput {
  return {
    AND: [
      // Untagged photos only with an explicit "no children in this photo". Photo.tagged is kept equal to "has a
      // PhotoTag" by a database trigger (migration 20261124130100_photos_tagged), whoever writes or deletes tags; a
      // column, because `OR EXISTS (tags)` makes Postgres scan every tag of every group on each feed page.
      { OR: [{ noChildren: true }, { tagged: true }] },
      {
        tags: {
          every: {
            child: {
              OR: [
                { ...own, consentPhotograph: true },
                { ...other, consentPhotograph: true, consentShareGroup: true },
              ],
            },
          },
        },
      },
    ],
  };
}

/**
 * The photos a user may see, as a where-input for `prisma.photo.*`.
 * Parents need their placements (a column-to-column date comparison cannot be expressed in a Prisma where), so the
 * caller loads them with `loadPlacementWindows` first; for other roles the argument is ignored.
 */
export function photoScope(user: SessionUser, parentPlacements: PlacementWindow[] = []): Prisma.PhotoWhereInput {
  if (isParent(user))
    return {
      AND: [
        photosDuringPlacements(parentPlacements),
        photoConsentAllowsParent(ownFamily(user).familyId, user.sharedChildIds ?? []),
      ],
    };
  if (isStaff(user)) return { groupId: { in: user.staffGroupIds } };
  if (isManager(user)) return { group: { locationId: { in: user.managedLocationIds } } };
  if (isBeheerder(user))
    return { group: { location: { organisationId: assertId(user.organisationId, "organisationId") } } };
  return NOTHING;
}

/** Photos a user may delete (and upload to): staff of the photo's group, beheerders of the organisation. */
export function photoManageScope(user: SessionUser): Prisma.PhotoWhereInput {
  if (isStaff(user)) return { groupId: { in: user.staffGroupIds } };
  if (isBeheerder(user))
    return { group: { location: { organisationId: assertId(user.organisationId, "organisationId") } } };
  return NOTHING;
}

/** Groups a user may post photos to: the same people as photoManageScope. */
export function photoUploadGroupScope(user: SessionUser): Prisma.GroupWhereInput {
  if (isStaff(user)) return { id: { in: user.staffGroupIds }, active: true };
  if (isBeheerder(user))
    return { location: { organisationId: assertId(user.organisationId, "organisationId") }, active: true };
  return { id: { in: [] } };
}
