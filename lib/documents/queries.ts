// Family documents as seen by the signed-in user.
//
// NOTE: security-critical. Family documents are the most sensitive data in the portal (invoices, annual statements,
// contracts): a family must never reach another family's documents. Matrix: tests/integration/parity-documents.test.ts.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { isUuid } from "../ids";
import { assertRole, familyScope, hasRole, type SessionUser } from "../authz";
import type { Prisma } from "../generated/prisma/client";
import type { DocumentCategoryValue } from "./schema";

/**
 * SECURITY: who may see a family document. Parents: their own family's. Beheerders: their organisation's (they
 * upload them). Staff and managers: none at all — documents are financial, not care, so familyScope (which gives
 * staff the families of their groups) is deliberately NOT enough here.
 */
export function documentScope(user: SessionUser): Prisma.FamilyDocumentWhereInput {
  if (hasRole(user, "PARENT", "BEHEERDER")) return { family: familyScope(user) };
  return { id: { in: [] } };
}

export type DocumentRow = {
  id: string;
  title: string;
  category: DocumentCategoryValue;
  size: number;
  createdAt: Date;
  family: { debiteurnummer: string; name: string };
};

const rowSelect = {
  id: true,
  title: true,
  category: true,
  size: true,
  createdAt: true,
  family: { select: { debiteurnummer: true, name: true } },
} as const;

/** The parent's own family documents, newest first. */
export async function listOwnDocuments(user: SessionUser): Promise<DocumentRow[]> {
  assertRole(user, "PARENT");
  return prisma.familyDocument.findMany({
    where: documentScope(user),
    orderBy: { createdAt: "desc" },
    take: 200,
    select: rowSelect,
  });
}

/** Beheer overview: the latest uploads of the organisation, optionally for one debiteurnummer. */
export async function listDocumentsForBeheer(
  user: SessionUser,
  { debiteurnummer = "" }: { debiteurnummer?: string } = {},
): Promise<DocumentRow[]> {
  assertRole(user, "BEHEERDER");
  const filter = debiteurnummer.trim().slice(0, 20);
  return prisma.familyDocument.findMany({
    where: { AND: [documentScope(user), filter ? { family: { debiteurnummer: filter } } : {}] },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: rowSelect,
  });
}

export type DocumentDownload = {
  id: string;
  title: string;
  storageKey: string;
  size: number;
  familyId: string;
  organisationId: string;
};

/** SECURITY: the one lookup behind the download route. Malformed, unknown and not-yours ids are all NOT_FOUND. */
export async function getDocumentForDownload(user: SessionUser, id: string): Promise<DocumentDownload> {
  if (!isUuid(id)) throw new AppError("NOT_FOUND");
  const document = await prisma.familyDocument.findFirst({
    where: { AND: [{ id }, documentScope(user)] },
    select: {
      id: true,
      title: true,
      storageKey: true,
      size: true,
      familyId: true,
      family: { select: { organisationId: true } },
    },
  });
  if (!document) throw new AppError("NOT_FOUND");
  return {
    id: document.id,
    title: document.title,
    storageKey: document.storageKey,
    size: document.size,
    familyId: document.familyId,
    organisationId: document.family.organisationId,
  };
}
