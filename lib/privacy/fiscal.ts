// Fiscal retention (issue 14). Erasing a family that left (lib/privacy/retention.ts) would also delete what the tax
// authorities require an organisation to keep: invoices, jaaropgaven, contracts and care requests. Those are copied,
// in the erasure's own transaction, into FiscalRecord rows, which
//   - hold only what the record itself needs (debiteurnummer, family and child name, the contract or request as it
//     was, or the stored PDF of an invoice, jaaropgave or contract document);
//   - are visible to beheerders of the organisation only (lib/privacy/fiscal-queries.ts): parents, staff and managers
//     never see them, and the family's accounts are gone anyway;
//   - are removed by the same "retention.run" job on retainUntil: the first day after the end of the
//     Organisation.fiscalRetentionYears-th (default 7) calendar year after the year care ended, since the duty counts
//     from the end of the year a record belongs to and every record of a child is from before it left.
// Everything else (schriftje, photos, messages, contacts, absences, ledgers, other documents) is erased as before.
//
// NOTE: privacy-critical and destructive, like retention.ts: stored files are deleted before their rows.
import type { PrismaClient } from "../generated/prisma/client";
import type { DocumentCategory } from "../generated/prisma/enums";
import type { Tx } from "../db";
import type { StorageDriver } from "../storage/types";
import { dateOnly, toIsoDate } from "../time";

/** Audit action of a beheerder's download of a kept document (app/api/bewaard/[id]). */
export const FISCAL_DOWNLOADED_ACTION = "privacy.fiscal_downloaded";

/** Document categories that are financial records: kept after erasure. OVERIG documents are erased. */
export const FISCAL_DOCUMENT_CATEGORIES: DocumentCategory[] = ["FACTUUR", "JAAROPGAVE", "CONTRACT"];

/** The day a record of a child that left on `leftOn` is removed: 1 January of the year after the retention years. */
export function fiscalRetainUntil(leftOn: Date, years: number): Date {
  return dateOnly(`${String(leftOn.getUTCFullYear() + years + 1).padStart(4, "0")}-01-01`);
}

type Db = PrismaClient | Tx;
type Owner = { organisationId: string; debiteurnummer: string; familyName: string; retainUntil: Date };

/** Copies the child's contracts (with their days) and care requests into FiscalRecord, before the child is erased. */
export async function retainChildRecords(
  tx: Db,
  owner: Owner,
  child: { id: string; firstName: string; lastName: string; birthDate: Date },
): Promise<number> {
  const [contracts, requests] = await Promise.all([
    tx.contract.findMany({
      where: { childId: child.id },
      orderBy: { startDate: "asc" },
      select: {
        careType: true,
        startDate: true,
        endDate: true,
        vacationMinutesPerYear: true,
        hourlyRateCents: true,
        createdAt: true,
        days: { orderBy: [{ weekday: "asc" }, { dagdeel: "asc" }], select: { weekday: true, dagdeel: true } },
      },
    }),
    tx.careRequest.findMany({
      where: { childId: child.id },
      orderBy: { date: "asc" },
      // A child of separated parents: each request stays with the household (debiteurnummer) that made it.
      include: { family: { select: { debiteurnummer: true, name: true } } },
    }),
  ]);
  const common = {
    organisationId: owner.organisationId,
    debiteurnummer: owner.debiteurnummer,
    familyName: owner.familyName,
    childName: `${child.firstName} ${child.lastName}`,
    retainUntil: owner.retainUntil,
  };
  const childData = { firstName: child.firstName, lastName: child.lastName, birthDate: toIsoDate(child.birthDate) };
  await tx.fiscalRecord.createMany({
    data: [
      ...contracts.map((contract) => ({
        ...common,
        kind: "CONTRACT" as const,
        title: `Contract ${contract.careType}`,
        recordDate: contract.startDate,
        data: {
          child: childData,
          careType: contract.careType,
          startDate: toIsoDate(contract.startDate),
          endDate: contract.endDate ? toIsoDate(contract.endDate) : null,
          hourlyRateCents: contract.hourlyRateCents,
          vacationMinutesPerYear: contract.vacationMinutesPerYear,
          days: contract.days,
          createdAt: contract.createdAt.toISOString(),
        },
      })),
      ...requests.map((request) => ({
        ...common,
        debiteurnummer: request.family.debiteurnummer,
        familyName: request.family.name,
        kind: "CARE_REQUEST" as const,
        title: `Aanvraag ${request.type}`,
        recordDate: request.date,
        data: {
          child: childData,
          type: request.type,
          date: toIsoDate(request.date),
          dagdeel: request.dagdeel,
          payment: request.payment,
          costMinutes: request.costMinutes,
          status: request.status,
          guaranteed: request.guaranteed,
          decidedAt: request.decidedAt?.toISOString() ?? null,
          createdAt: request.createdAt.toISOString(),
        },
      })),
    ],
  });
  return contracts.length + requests.length;
}

/**
 * Moves the family's invoices, jaaropgaven and contract documents into FiscalRecord (the stored PDF stays and now
 * belongs to the record). Returns the storage keys of the documents that are NOT kept, for the caller to delete.
 */
export async function retainFamilyDocuments(
  tx: Db,
  owner: Owner,
  familyId: string,
): Promise<{ retained: number; erasedKeys: string[] }> {
  const documents = await tx.familyDocument.findMany({
    where: { familyId },
    select: { title: true, category: true, storageKey: true, size: true, createdAt: true },
  });
  const kept = documents.filter((d) => FISCAL_DOCUMENT_CATEGORIES.includes(d.category));
  await tx.fiscalRecord.createMany({
    data: kept.map((document) => ({
      organisationId: owner.organisationId,
      debiteurnummer: owner.debiteurnummer,
      familyName: owner.familyName,
      retainUntil: owner.retainUntil,
      kind: "DOCUMENT" as const,
      title: document.title,
      category: document.category,
      storageKey: document.storageKey,
      size: document.size,
      recordDate: dateOnly(toIsoDate(document.createdAt)),
    })),
  });
  return {
    retained: kept.length,
    erasedKeys: documents.filter((d) => !FISCAL_DOCUMENT_CATEGORIES.includes(d.category)).map((d) => d.storageKey),
  };
}

/** The retention job's fiscal step: records whose retainUntil has come are removed (stored file first, then row). */
export async function removeExpiredFiscalRecords(
  deps: { db: PrismaClient; storage: StorageDriver },
  organisationId: string,
  today: Date,
): Promise<number> {
  const { db, storage } = deps;
  const due = await db.fiscalRecord.findMany({
    where: { organisationId, retainUntil: { lte: today } },
    select: { id: true, storageKey: true },
  });
  if (due.length === 0) return 0;
  for (const { storageKey } of due) {
    if (!storageKey) continue;
    try {
      await storage.delete(storageKey);
    } catch (error) {
      throw new Error(`retention: could not delete stored file ${storageKey}: ${(error as Error).message}`);
    }
  }
  return db.$transaction(async (tx) => {
    const removed = await tx.fiscalRecord.deleteMany({ where: { id: { in: due.map((r) => r.id) } } });
    if (removed.count > 0)
      await tx.auditEvent.create({
        data: {
          action: "privacy.fiscal_removed",
          organisationId,
          entityType: "FiscalRecord",
          meta: { records: removed.count },
        },
      });
    return removed.count;
  });
}
