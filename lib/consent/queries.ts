// Consent as parents see it on their consent page: current values and the history (who, when, what).
import "server-only";
import { prisma } from "../db";
import { childScope, isParent, type SessionUser } from "../authz";

export type ChildConsent = {
  id: string;
  name: string;
  mayPhotograph: boolean;
  shareWithGroup: boolean;
  history: { recordedAt: string; recordedBy: string; mayPhotograph: boolean; shareWithGroup: boolean }[];
};

export async function listChildConsents(user: SessionUser): Promise<ChildConsent[]> {
  if (!isParent(user)) return [];
  const children = await prisma.child.findMany({
    where: childScope(user),
    orderBy: [{ birthDate: "desc" }, { firstName: "asc" }],
    select: {
      id: true,
      firstName: true,
      lastName: true,
      consentPhotograph: true,
      consentShareGroup: true,
      consents: {
        orderBy: { recordedAt: "desc" },
        take: 10,
        select: { recordedAt: true, recordedById: true, mayPhotograph: true, shareWithGroup: true },
      },
    },
  });
  // recordedById is not a relation; resolve the names of this family's guardians in one query (no N+1).
  const recorderIds = [...new Set(children.flatMap((c) => c.consents.map((r) => r.recordedById)))];
  const recorders = await prisma.user.findMany({
    where: { id: { in: recorderIds }, organisationId: user.organisationId },
    select: { id: true, name: true },
  });
  const nameOf = new Map(recorders.map((u) => [u.id, u.name]));
  return children.map((c) => ({
    id: c.id,
    name: `${c.firstName} ${c.lastName}`,
    mayPhotograph: c.consentPhotograph,
    shareWithGroup: c.consentShareGroup,
    history: c.consents.map((r) => ({
      recordedAt: r.recordedAt.toISOString(),
      recordedBy: nameOf.get(r.recordedById) ?? "—",
      mayPhotograph: r.mayPhotograph,
      shareWithGroup: r.shareWithGroup,
    })),
  }));
}
