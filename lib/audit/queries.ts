// The audit log view for beheerders: filter by person (actor), child, and action category; keyset-paginated
// newest first. Only events of the beheerder's own organisation.
import "server-only";
import { prisma } from "../db";
import { isUuid } from "../ids";
import type { Prisma } from "../generated/prisma/client";
import { assertRole, type SessionUser } from "../authz";

export const AUDIT_CATEGORIES = {
  logins: ["login.", "account.activated"],
  accounts: ["account."],
  consent: ["consent."],
  photos: ["photo."],
  admin: ["admin."],
  privacy: ["privacy."],
} as const;
export type AuditCategory = keyof typeof AUDIT_CATEGORIES;
export const isAuditCategory = (value: string): value is AuditCategory => Object.hasOwn(AUDIT_CATEGORIES, value);

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilter = { actorId?: string; childId?: string; category?: string; before?: string };

function filterWhere(user: SessionUser, filter: AuditFilter): Prisma.AuditEventWhereInput {
  const and: Prisma.AuditEventWhereInput[] = [{ organisationId: user.organisationId }];
  if (filter.actorId && isUuid(filter.actorId)) and.push({ actorId: filter.actorId });
  if (filter.childId && isUuid(filter.childId)) and.push({ childId: filter.childId });
  if (filter.category && isAuditCategory(filter.category)) {
    and.push({ OR: AUDIT_CATEGORIES[filter.category].map((prefix) => ({ action: { startsWith: prefix } })) });
  }
  // Keyset pagination on the bigint id (monotonic with createdAt): stable while new events arrive.
  if (filter.before && /^\d{1,19}$/.test(filter.before)) and.push({ id: { lt: BigInt(filter.before) } });
  return { AND: and };
}

export async function listAuditEvents(user: SessionUser, filter: AuditFilter = {}) {
  assertRole(user, "BEHEERDER");
  const rows = await prisma.auditEvent.findMany({
    where: filterWhere(user, filter),
    orderBy: { id: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
    select: {
      id: true,
      action: true,
      actorId: true,
      childId: true,
      familyId: true,
      entityType: true,
      entityId: true,
      ip: true,
      createdAt: true,
    },
  });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  // Names for the ids on this page, in two queries (no N+1), scoped to the organisation.
  const actorIds = [...new Set(page.map((r) => r.actorId).filter((id): id is string => !!id))];
  const childIds = [...new Set(page.map((r) => r.childId).filter((id): id is string => !!id))];
  const [actors, children] = await Promise.all([
    prisma.user.findMany({
      where: { id: { in: actorIds }, organisationId: user.organisationId },
      select: { id: true, name: true },
    }),
    prisma.child.findMany({
      where: { id: { in: childIds }, family: { organisationId: user.organisationId } },
      select: { id: true, firstName: true, lastName: true },
    }),
  ]);
  const actorName = new Map(actors.map((a) => [a.id, a.name]));
  const childName = new Map(children.map((c) => [c.id, `${c.firstName} ${c.lastName}`]));
  return {
    events: page.map((row) => ({
      ...row,
      id: row.id.toString(),
      actorName: row.actorId ? (actorName.get(row.actorId) ?? null) : null,
      childName: row.childId ? (childName.get(row.childId) ?? null) : null,
    })),
    nextBefore: rows.length > AUDIT_PAGE_SIZE ? page[page.length - 1].id.toString() : null,
  };
}

/** People and children to filter on (select options). */
export async function listAuditFilterOptions(user: SessionUser) {
  assertRole(user, "BEHEERDER");
  const [people, children] = await Promise.all([
    prisma.user.findMany({
      where: { organisationId: user.organisationId },
      orderBy: { name: "asc" },
      take: 1000,
      select: { id: true, name: true, loginName: true },
    }),
    prisma.child.findMany({
      where: { family: { organisationId: user.organisationId } },
      orderBy: { firstName: "asc" },
      take: 1000,
      select: { id: true, firstName: true, lastName: true },
    }),
  ]);
  return { people, children };
}
