// Read models for the beheer pages. Every function takes the session user and returns nothing unless it is a
// BEHEERDER of the organisation (the scopes in lib/authz make other roles see an empty organisation).
import "server-only";
import { prisma } from "../db";
import { isUuid } from "../ids";
import { assertRole, familyScope, type SessionUser, userAdminScope } from "../authz";

export async function getOrganisationStats(user: SessionUser) {
  assertRole(user, "BEHEERDER");
  const org = { organisationId: user.organisationId };
  const [families, children, groups, active, invited] = await Promise.all([
    prisma.family.count({ where: familyScope(user) }),
    prisma.child.count({ where: { family: org } }),
    prisma.group.count({ where: { location: org, active: true } }),
    prisma.user.count({ where: { ...org, status: "ACTIVE" } }),
    prisma.user.count({ where: { ...org, status: "INVITED" } }),
  ]);
  return { families, children, groups, active, invited };
}

export type FamilyAccountRow = {
  id: string;
  debiteurnummer: string;
  name: string;
  guardians: {
    id: string;
    name: string;
    email: string;
    loginName: string;
    status: "INVITED" | "ACTIVE" | "DEACTIVATED";
    invitePending: boolean;
  }[];
};

export async function listFamilyAccounts(
  user: SessionUser,
  { search = "" }: { search?: string } = {},
): Promise<FamilyAccountRow[]> {
  assertRole(user, "BEHEERDER");
  const query = search.trim().slice(0, 100);
  const now = new Date();
  const families = await prisma.family.findMany({
    where: {
      AND: [
        familyScope(user),
        query
          ? { OR: [{ debiteurnummer: { startsWith: query } }, { name: { contains: query, mode: "insensitive" } }] }
          : {},
      ],
    },
    orderBy: { debiteurnummer: "asc" },
    take: 200,
    select: {
      id: true,
      debiteurnummer: true,
      name: true,
      guardians: {
        where: userAdminScope(user),
        orderBy: { loginName: "asc" },
        select: {
          id: true,
          name: true,
          email: true,
          loginName: true,
          status: true,
          tokens: { where: { kind: "INVITE", usedAt: null, expiresAt: { gt: now } }, select: { id: true }, take: 1 },
        },
      },
    },
  });
  return families.map((family) => ({
    id: family.id,
    debiteurnummer: family.debiteurnummer,
    name: family.name,
    guardians: family.guardians.map(({ tokens, ...guardian }) => ({ ...guardian, invitePending: tokens.length > 0 })),
  }));
}

export async function listOutbox(user: SessionUser) {
  assertRole(user, "BEHEERDER");
  return prisma.outboxMail.findMany({
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, to: true, subject: true, createdAt: true, sentAt: true },
  });
}

export async function getOutboxMail(user: SessionUser, id: string) {
  assertRole(user, "BEHEERDER");
  if (!isUuid(id)) return null;
  return prisma.outboxMail.findUnique({
    where: { id },
    select: { id: true, to: true, subject: true, text: true, html: true, createdAt: true },
  });
}
