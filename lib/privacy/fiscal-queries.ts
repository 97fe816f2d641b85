// The fiscal records kept after a family was erased (lib/privacy/fiscal.ts), as beheerders see them.
//
// NOTE: security-critical. Beheerders of the organisation only: parents, staff and managers get NOT_FOUND, like any
// "not yours"; the family the records belonged to no longer exists, so no family scope could admit anyone else.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { isUuid } from "../ids";
import { assertRole, type SessionUser, userAdminScope } from "../authz";
import type { Prisma } from "../generated/prisma/client";

/**
 * SECURITY: who may see a fiscal record: the organisation's beheerders (userAdminScope is theirs alone, and says
 * which organisation). Everyone else: nothing.
 */
export function fiscalRecordScope(user: SessionUser): Prisma.FiscalRecordWhereInput {
  const admin = userAdminScope(user);
  if (!("organisationId" in admin) || typeof admin.organisationId !== "string") return { id: { in: [] } };
  return { organisationId: admin.organisationId };
}

export type FiscalRecordRow = {
  id: string;
  kind: "CONTRACT" | "CARE_REQUEST" | "DOCUMENT";
  debiteurnummer: string;
  familyName: string;
  childName: string;
  title: string;
  category: "FACTUUR" | "JAAROPGAVE" | "CONTRACT" | "OVERIG" | null;
  hasFile: boolean;
  data: Prisma.JsonValue;
  recordDate: Date;
  retainUntil: Date;
};

/** Kept records of the organisation, optionally for one debiteurnummer, newest family first. */
export async function listFiscalRecords(
  user: SessionUser,
  { debiteurnummer = "" }: { debiteurnummer?: string } = {},
): Promise<FiscalRecordRow[]> {
  assertRole(user, "BEHEERDER");
  const filter = debiteurnummer.trim().slice(0, 20);
  const rows = await prisma.fiscalRecord.findMany({
    where: { AND: [fiscalRecordScope(user), filter ? { debiteurnummer: filter } : {}] },
    orderBy: [{ createdAt: "desc" }, { debiteurnummer: "asc" }, { kind: "asc" }, { recordDate: "asc" }],
    take: 300,
    select: {
      id: true,
      kind: true,
      debiteurnummer: true,
      familyName: true,
      childName: true,
      title: true,
      category: true,
      storageKey: true,
      data: true,
      recordDate: true,
      retainUntil: true,
    },
  });
  return rows.map(({ storageKey, ...row }) => ({ ...row, hasFile: Boolean(storageKey) }));
}

/** SECURITY: the one lookup behind the download of a kept document. Every failure is NOT_FOUND. */
export async function getFiscalDocumentForDownload(user: SessionUser, id: string) {
  assertRole(user, "BEHEERDER");
  if (!isUuid(id)) throw new AppError("NOT_FOUND");
  const record = await prisma.fiscalRecord.findFirst({
    where: { AND: [{ id }, { storageKey: { not: null } }, fiscalRecordScope(user)] },
    select: { id: true, title: true, storageKey: true, organisationId: true },
  });
  if (!record?.storageKey) throw new AppError("NOT_FOUND");
  return { ...record, storageKey: record.storageKey };
}
