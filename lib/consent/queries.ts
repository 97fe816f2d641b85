// Consent as parents see it on their consent page: current values and the history (who, when, what).
import "server-only";
import { prisma } from "../db";
import { assertRole, childScope, isParent, type SessionUser } from "../authz";
import { toIsoDate } from "../time";
import { AppError } from "../errors";
import { isUuid as isUuidLike } from "../ids";

export type ChildConsent = {
  id: string;
  name: string;
  mayPhotograph: boolean;
  shareWithGroup: boolean;
  /** False until a choice was recorded (by a parent, or from a paper form): a to-do on the parent's home. */
  recorded: boolean;
  history: {
    recordedAt: string;
    recordedBy: string;
    mayPhotograph: boolean;
    shareWithGroup: boolean;
    /** A paper intake form's date ("yyyy-MM-dd") when a beheerder recorded it from paper. */
    formDate: string | null;
  }[];
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
        select: {
          recordedAt: true,
          recordedById: true,
          mayPhotograph: true,
          shareWithGroup: true,
          source: true,
          formDate: true,
        },
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
    recorded: c.consents.length > 0,
    history: c.consents.map((r) => ({
      recordedAt: r.recordedAt.toISOString(),
      recordedBy: nameOf.get(r.recordedById) ?? "—",
      mayPhotograph: r.mayPhotograph,
      shareWithGroup: r.shareWithGroup,
      formDate: r.source === "PAPER" && r.formDate ? toIsoDate(r.formDate) : null,
    })),
  }));
}

/**
 * The parent's children without any recorded photo choice (issue 18): shown as a to-do on the parent's home until
 * they choose. Without a choice a child counts as "no photos" (Child.consent* default false), so nothing leaks.
 */
export async function listConsentTodos(user: SessionUser): Promise<{ id: string; name: string }[]> {
  if (!isParent(user)) return [];
  const children = await prisma.child.findMany({
    where: { AND: [childScope(user), { consents: { none: {} } }] },
    orderBy: [{ birthDate: "desc" }, { firstName: "asc" }],
    select: { id: true, firstName: true, lastName: true },
  });
  return children.map((c) => ({ id: c.id, name: `${c.firstName} ${c.lastName}` }));
}

export type PaperConsentChild = {
  id: string;
  name: string;
  familyName: string;
  mayPhotograph: boolean;
  shareWithGroup: boolean;
  recorded: boolean;
  latest: { recordedAt: string; formDate: string | null; paper: boolean } | null;
};

/** A child of the beheerder's organisation, for the paper consent form. NOT_FOUND for anyone else. */
export async function getChildForPaperConsent(user: SessionUser, childId: string): Promise<PaperConsentChild> {
  assertRole(user, "BEHEERDER");
  const child = isUuidLike(childId)
    ? await prisma.child.findFirst({
        where: { AND: [{ id: childId }, childScope(user)] },
        select: {
          id: true,
          firstName: true,
          lastName: true,
          consentPhotograph: true,
          consentShareGroup: true,
          family: { select: { name: true } },
          consents: {
            orderBy: { recordedAt: "desc" },
            take: 1,
            select: { recordedAt: true, formDate: true, source: true },
          },
        },
      })
    : null;
  if (!child) throw new AppError("NOT_FOUND");
  const latest = child.consents[0];
  return {
    id: child.id,
    name: `${child.firstName} ${child.lastName}`,
    familyName: child.family.name,
    mayPhotograph: child.consentPhotograph,
    shareWithGroup: child.consentShareGroup,
    recorded: Boolean(latest),
    latest: latest
      ? {
          recordedAt: latest.recordedAt.toISOString(),
          formDate: latest.formDate ? toIsoDate(latest.formDate) : null,
          paper: latest.source === "PAPER",
        }
      : null,
  };
}
