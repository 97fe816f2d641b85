// Who may do what with presence (issue 18), built only from lib/authz scopes and predicates.
//
// NOTE: security-critical (children's whereabouts). Changes need two reviewers and tests/integration/presence-authz.
//  - Check-in and check-out: the carers of the child's group: its staff, and managers of its location.
//  - The day list and "who is here now": staff for their groups, managers for their locations, beheerders for the
//    organisation (groupScope).
//  - A parent: only their own children's times (childScope), never another child's.
//  - The GGD export of a location: managers of that location and beheerders (locationScope), not staff or parents.
import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { groupScope, isBeheerder, isCarer, isManager, locationScope, type SessionUser } from "../authz";

const NO_GROUP: Prisma.GroupWhereInput = { id: { in: [] } };
const NO_LOCATION: Prisma.LocationWhereInput = { id: { in: [] } };

/** Groups whose children the user may check in and out. */
export function presenceWriteGroupScope(user: SessionUser, today: Date): Prisma.GroupWhereInput {
  if (!isCarer(user)) return NO_GROUP;
  return { AND: [groupScope(user, today), { active: true }] };
}

/** Groups whose presence lists the user may read. */
export function presenceReadGroupScope(user: SessionUser, today: Date): Prisma.GroupWhereInput {
  if (!isCarer(user) && !isBeheerder(user)) return NO_GROUP;
  return groupScope(user, today);
}

/** Locations whose presence list the user may export for the GGD. */
export function presenceExportLocationScope(user: SessionUser, today: Date): Prisma.LocationWhereInput {
  if (!isManager(user) && !isBeheerder(user)) return NO_LOCATION;
  return locationScope(user, today);
}
