// AVG exports a beheerder starts (issue 16, item 6). Rule, the same everywhere: messages and the schriftje are 404 for
// beheerders, so the export that holds them never goes to a beheerder either. When a family asks the organisation for
// its data (by mail, at the desk), the beheerder records the request with its reason; that
//   1. is audited (privacy.export_prepared, with the reason) and listed on the family's beheer page;
//   2. tells every guardian of the family by e-mail, and shows on their privacy page with the reason;
//   3. is fulfilled by the guardians themselves: they download the export (GET /api/privacy/export), and their first
//      download afterwards is noted on the request, so the beheerder sees it was picked up, never what it held.
//
// NOTE: security-critical: the family id comes from a form and is only used inside familyScope of a BEHEERDER.
import "server-only";
import { z } from "zod";
import type { Prisma } from "../generated/prisma/client";
import { prisma } from "../db";
import { env } from "../env";
import { AppError } from "../errors";
import { isUuid } from "../ids";
import { writeAudit } from "../audit/log";
import { familyScope, isBeheerder, isParent, type SessionUser } from "../authz";
import { escapeHtml } from "../mail/escape";
import { queueMail, type MailContent } from "../mail/send";
import { now as clockNow } from "../clock";

export const EXPORT_REASON_MIN = 5;
export const EXPORT_REASON_MAX = 500;

export const PrepareExportSchema = z.object({
  familyId: z.string().trim(),
  reason: z
    .string()
    .trim()
    .min(EXPORT_REASON_MIN, "privacyExport.reasonTooShort")
    .max(EXPORT_REASON_MAX, "privacyExport.reasonTooLong"),
});
export type PrepareExportInput = z.infer<typeof PrepareExportSchema>;

function exportReadyMail({ to, name, contactEmail }: { to: string; name: string; contactEmail: string }): MailContent {
  const link = new URL("/ouder/privacy", env.APP_URL).toString();
  const paragraphs = [
    `Beste ${name},`,
    "Kindercentra de Roef heeft een overzicht van alle gegevens die wij over jullie gezin bewaren voor jullie klaargezet (AVG, recht op inzage). Je downloadt het zelf in het ouderportaal, onder Privacy; daar staat ook waarom het is klaargezet.",
    `Medewerkers en beheerders krijgen dit overzicht niet te zien. Heb je hier niet om gevraagd? Mail dan naar ${contactEmail}.`,
    "(English: we have prepared a copy of all data we hold about your family. Download it yourself in the parent portal, under Privacy.)",
  ];
  return {
    to,
    subject: "Jullie gegevens staan klaar in het ouderportaal",
    text: `${paragraphs.join("\n\n")}\n\nNaar Privacy: ${link}\n`,
    html: `<!doctype html><html lang="nl"><body style="font-family:system-ui,sans-serif;color:#1e293b;max-width:560px;margin:0 auto;padding:16px">${paragraphs
      .map((p) => `<p style="margin:0 0 12px">${escapeHtml(p)}</p>`)
      .join("")}<p><a href="${escapeHtml(link)}">Naar Privacy</a></p></body></html>`,
  };
}

/** A beheerder records an export request for a family of their organisation; the family is told and downloads it. */
export async function prepareFamilyExport(
  actor: SessionUser,
  input: PrepareExportInput,
  now = clockNow(),
): Promise<{ guardiansTold: number }> {
  if (!isBeheerder(actor) || !isUuid(input.familyId)) throw new AppError("NOT_FOUND");
  // The request, its audit event and the mails (with their delivery jobs) commit together.
  const mailIds = await prisma.$transaction(async (tx) => {
    const family = await tx.family.findFirst({
      where: { AND: [{ id: input.familyId }, familyScope(actor)] },
      select: {
        id: true,
        organisationId: true,
        organisation: { select: { infoEmail: true } },
        guardians: { where: { status: { not: "DEACTIVATED" } }, select: { name: true, email: true } },
      },
    });
    if (!family) throw new AppError("NOT_FOUND");
    const request = await tx.privacyExportRequest.create({
      data: { familyId: family.id, requestedById: actor.id, reason: input.reason, createdAt: now },
      select: { id: true },
    });
    await writeAudit(
      {
        action: "privacy.export_prepared",
        actorId: actor.id,
        organisationId: family.organisationId,
        entityType: "PrivacyExportRequest",
        entityId: request.id,
        familyId: family.id,
        meta: { reason: input.reason },
      },
      tx,
    );
    return Promise.all(
      family.guardians.map((guardian) =>
        queueMail(
          exportReadyMail({ to: guardian.email, name: guardian.name, contactEmail: family.organisation.infoEmail }),
          tx,
        ),
      ),
    );
  });
  return { guardiansTold: mailIds.length };
}

export type ExportRequestView = { id: string; createdAt: Date; reason: string; firstDownloadedAt: Date | null };

/**
 * The export requests of a family: for its guardians (their own family, whatever id is asked) and for beheerders of
 * its organisation. Nobody else: NOT_FOUND.
 */
export async function listExportRequests(actor: SessionUser, familyId?: string): Promise<ExportRequestView[]> {
  let where: Prisma.PrivacyExportRequestWhereInput;
  if (isParent(actor)) where = { family: familyScope(actor) };
  else if (isBeheerder(actor) && isUuid(familyId)) where = { family: { AND: [{ id: familyId }, familyScope(actor)] } };
  else throw new AppError("NOT_FOUND");
  return prisma.privacyExportRequest.findMany({
    where,
    orderBy: { createdAt: "desc" },
    take: 20,
    select: { id: true, createdAt: true, reason: true, firstDownloadedAt: true },
  });
}

/** Called when a guardian downloads the export: every request not yet picked up is now (for the beheerder's list). */
export async function markExportRequestsDownloaded(familyId: string, now = clockNow()): Promise<number> {
  const { count } = await prisma.privacyExportRequest.updateMany({
    where: { familyId, firstDownloadedAt: null },
    data: { firstDownloadedAt: now },
  });
  return count;
}
