// Beheerders upload and remove family documents. PDF only (by content), size-limited, stored privately. An image is
// refused here, so no image enters through documents; should documents ever take scans, they go through
// lib/uploads/images.ts ingestUpload like every other image (EXIF and GPS stripped).
//
// NOTE: security-critical (see queries.ts). The family is resolved inside the beheerder's organisation scope.
import "server-only";
import { randomUUID } from "node:crypto";
import { prisma } from "../db";
import { oncePerSubmission } from "../db/unique";
import { AppError } from "../errors";
import { isUuid } from "../ids";
import { writeAudit } from "../audit/log";
import { assertRole, familyScope, type SessionUser } from "../authz";
import { getStorage } from "../storage";
import { logger } from "../logger";
import { checkBytes } from "../uploads/checked-upload";
import { DOCUMENT_MAX_BYTES, type UploadDocumentInput } from "./schema";
import { documentScope } from "./queries";

/** Upload problems are input errors on the file field (the action shows them next to the file input). */
const uploadProblemKey = {
  missing: "documents.fileRequired",
  tooLarge: "documents.fileTooLarge",
  wrongType: "documents.fileNotPdf",
} as const;

export type UploadedDocument = { id: string; familyName: string; debiteurnummer: string };

export async function uploadFamilyDocument(
  actor: SessionUser,
  { input, bytes }: { input: UploadDocumentInput; bytes: Buffer },
): Promise<UploadedDocument> {
  assertRole(actor, "BEHEERDER");
  // Checked again here (the action checked already) so no caller can store something that is not a PDF.
  const check = checkBytes(bytes, { maxBytes: DOCUMENT_MAX_BYTES, accept: ["application/pdf"] });
  if (!check.ok) throw new AppError("INVALID_INPUT", uploadProblemKey[check.problem]);
  const family = await prisma.family.findFirst({
    where: { AND: [{ debiteurnummer: input.debiteurnummer }, familyScope(actor)] },
    select: { id: true, name: true, debiteurnummer: true, organisationId: true },
  });
  if (!family) throw new AppError("NOT_FOUND", "documents.familyUnknown");

  // A double tap or a resend after a lost answer (same submission key) stores one document; the second attempt's
  // bytes are removed again with its rolled-back row.
  const write = async (): Promise<UploadedDocument> => {
    const id = randomUUID();
    // The key is ours (never user input): documents/<uuid>/document.pdf.
    const storageKey = `documents/${id}/document.pdf`;
    const storage = getStorage();
    await storage.put(storageKey, check.upload.bytes, "application/pdf");
    try {
      await prisma.$transaction(async (tx) => {
        await tx.familyDocument.create({
          data: {
            id,
            familyId: family.id,
            title: input.title,
            category: input.category,
            storageKey,
            size: check.upload.bytes.length,
            uploadedById: actor.id,
            submissionKey: input.submissionKey,
          },
        });
        await writeAudit(
          {
            action: "document.uploaded",
            actorId: actor.id,
            organisationId: family.organisationId,
            entityType: "FamilyDocument",
            entityId: id,
            familyId: family.id,
            meta: { category: input.category },
          },
          tx,
        );
      });
    } catch (error) {
      // No orphaned bytes when the row could not be written.
      await storage
        .delete(storageKey)
        .catch((err) => logger.warn({ err, storageKey }, "could not remove orphaned document"));
      throw error;
    }
    return { id, familyName: family.name, debiteurnummer: family.debiteurnummer };
  };
  const { result } = await oncePerSubmission(input.submissionKey, write, async (submissionKey) => {
    const first = await prisma.familyDocument.findUnique({
      where: { uploadedById_submissionKey: { uploadedById: actor.id, submissionKey } },
      select: { id: true, family: { select: { name: true, debiteurnummer: true } } },
    });
    return first && { id: first.id, familyName: first.family.name, debiteurnummer: first.family.debiteurnummer };
  });
  return result;
}

/** Removes a document (e.g. uploaded for the wrong family). Row first, then the bytes. */
export async function deleteFamilyDocument(actor: SessionUser, id: string): Promise<void> {
  assertRole(actor, "BEHEERDER");
  if (!isUuid(id)) throw new AppError("NOT_FOUND");
  const document = await prisma.familyDocument.findFirst({
    where: { AND: [{ id }, documentScope(actor)] },
    select: { id: true, storageKey: true, familyId: true },
  });
  if (!document) throw new AppError("NOT_FOUND");
  await prisma.$transaction(async (tx) => {
    const removed = await tx.familyDocument.deleteMany({ where: { AND: [{ id }, documentScope(actor)] } });
    if (removed.count !== 1) throw new AppError("NOT_FOUND");
    await writeAudit(
      {
        action: "document.deleted",
        actorId: actor.id,
        organisationId: actor.organisationId,
        entityType: "FamilyDocument",
        entityId: id,
        familyId: document.familyId,
      },
      tx,
    );
  });
  await getStorage()
    .delete(document.storageKey)
    .catch((err) => logger.warn({ err, id }, "could not remove document bytes"));
}
