// Retention (AVG): when a child leaves (its last placement has ended), parents are first offered the farewell ZIP,
// then the photos the child is tagged in are removed after Organisation.photoRetentionDays, and the child's other
// data after Organisation.dataRetentionDays. When a family has no children left, the family itself (accounts,
// messages, documents) is erased with its last child. Financial records (contracts, care requests, invoices,
// jaaropgaven, contract documents) are first copied into FiscalRecord and kept for the fiscal retention period,
// for beheerders only; this job removes them when that has passed (lib/privacy/fiscal.ts).
//
// Run by the "retention.run" job (lib/jobs, daily at 03:00). Every step is idempotent and claims its
// work with a guarded update, so overlapping runs on several app instances do not send twice or fail.
// Dates are injected (`now`) so tests can walk through a child's leaving with fixed dates.
//
// NOTE: privacy-critical and destructive. Deletion never starts before the farewell notice has been out for
// FAREWELL_NOTICE_DAYS, so parents always get the chance to download first (even if the periods were shortened).
// Stored files are deleted before their rows: if a run dies halfway, the next run finds the rows and retries.
import type { PrismaClient } from "../generated/prisma/client";
import type { StorageDriver } from "../storage/types";
import { addCalendarDays, toIsoDate, todayDate } from "../time";
import { escapeHtml } from "../mail/escape";
import { deleteExpiredSessions } from "../auth/user-sessions";
import { childrenOfHousehold } from "../authz/family";
import {
  FISCAL_DOCUMENT_CATEGORIES,
  fiscalRetainUntil,
  removeExpiredFiscalRecords,
  retainChildRecords,
  retainFamilyDocuments,
} from "./fiscal";
import { dayInWords } from "../date-words";

export const FAREWELL_NOTICE_DAYS = 14;

export type RetentionMail = { to: string; subject: string; text: string; html: string };
export type RetentionDeps = {
  db: PrismaClient;
  storage: StorageDriver;
  now: Date;
  appUrl: string;
  /** Called after a farewell notice was queued in the outbox (the script sends it when SMTP is configured). */
  onMailQueued?: (mailId: string) => Promise<void>;
  log?: (line: string) => void;
  /** Limit the pass to one organisation (tests; a manual re-run for one customer). Default: all organisations. */
  organisationId?: string;
};
export type RetentionReport = {
  notices: number;
  photosRemoved: number;
  childrenErased: number;
  familiesErased: number;
  /** Fiscal records (kept after an erasure) removed because their retention period has passed. */
  fiscalRecordsRemoved: number;
};

type OrganisationRules = { id: string; fiscalRetentionYears: number };

type LeftChild = {
  id: string;
  familyId: string;
  /** Second households (separated parents): told and, once without children, erased like the first. */
  householdIds: string[];
  firstName: string;
  leftOn: Date;
  farewellNoticeAt: Date | null;
  photosRemovedAt: Date | null;
};

/** Children whose every placement has ended before today, with their last day of care. */
async function findLeftChildren(db: PrismaClient, organisationId: string, today: Date): Promise<LeftChild[]> {
  const children = await db.child.findMany({
    where: {
      family: { organisationId },
      placements: { some: {}, none: { OR: [{ endDate: null }, { endDate: { gte: today } }] } },
    },
    select: {
      id: true,
      familyId: true,
      firstName: true,
      farewellNoticeAt: true,
      photosRemovedAt: true,
      placements: { select: { endDate: true } },
      households: { select: { familyId: true } },
    },
  });
  return children.map(({ placements, households, ...child }) => ({
    ...child,
    householdIds: households.map((h) => h.familyId),
    leftOn: new Date(Math.max(...placements.map((p) => p.endDate!.getTime()))),
  }));
}

function farewellMail({
  to,
  name,
  childName,
  deadline,
  link,
}: {
  to: string;
  name: string;
  childName: string;
  deadline: string;
  link: string;
}): RetentionMail {
  const lines = [
    `Beste ${name},`,
    `De opvang van ${childName} bij Kindercentra de Roef is beëindigd. Volgens ons privacybeleid verwijderen we de foto's en andere gegevens van ${childName} na afloop van de bewaartermijn; de eerste gegevens verdwijnen vanaf ${deadline}.`,
    "Wil je de foto's, het schriftje en de andere gegevens bewaren? Download dan vóór die datum het afscheidsarchief (ZIP) via de privacypagina in het ouderportaal.",
    `(English: care for ${childName} has ended. Download your farewell archive before ${deadline}; after that photos and data are deleted.)`,
  ];
  return {
    to,
    subject: `Afscheidsarchief van ${childName}: download vóór ${deadline}`,
    text: `${lines.join("\n\n")}\n\nDownloaden: ${link}\n`,
    html: `<!doctype html><html lang="nl"><body style="font-family:system-ui,sans-serif;max-width:560px;margin:0 auto;padding:16px">${lines
      .map((line) => `<p>${escapeHtml(line)}</p>`)
      .join("")}<p><a href="${escapeHtml(link)}">Afscheidsarchief downloaden</a></p></body></html>`,
  };
}

async function sendFarewellNotice(
  deps: RetentionDeps,
  organisationId: string,
  child: LeftChild,
  firstDeletion: Date,
): Promise<boolean> {
  const { db, now } = deps;
  const guardians = await db.user.findMany({
    where: { familyId: { in: [child.familyId, ...child.householdIds] }, status: { not: "DEACTIVATED" } },
    select: { email: true, name: true },
  });
  const mailIds = await db.$transaction(async (tx) => {
    // Claim first: only one run sends the notice.
    const claimed = await tx.child.updateMany({
      where: { id: child.id, farewellNoticeAt: null },
      data: { farewellNoticeAt: now },
    });
    if (claimed.count !== 1) return null;
    const link = new URL("/ouder/privacy", deps.appUrl).toString();
    const deadline = dayInWords(toIsoDate(firstDeletion), { withYear: true });
    const ids: string[] = [];
    for (const guardian of guardians) {
      const mail = farewellMail({
        to: guardian.email,
        name: guardian.name,
        childName: child.firstName,
        deadline,
        link,
      });
      ids.push((await tx.outboxMail.create({ data: mail, select: { id: true } })).id);
    }
    await tx.auditEvent.create({
      data: {
        action: "privacy.farewell_notice",
        organisationId,
        entityType: "Child",
        entityId: child.id,
        childId: child.id,
        familyId: child.familyId,
        meta: { recipients: guardians.length },
      },
    });
    return ids;
  });
  if (!mailIds) return false;
  for (const id of mailIds) await deps.onMailQueued?.(id);
  return true;
}

async function deleteStoredFiles(deps: RetentionDeps, keys: string[]): Promise<void> {
  for (const key of keys) {
    try {
      await deps.storage.delete(key);
    } catch (error) {
      // Leave the row in place so the next run retries the file.
      throw new Error(`retention: could not delete stored file ${key}: ${(error as Error).message}`);
    }
  }
}

/** Removes every photo the child is tagged in (all variants from storage, then the rows; tags cascade). */
async function removeTaggedPhotos(
  deps: RetentionDeps,
  organisationId: string,
  childId: string,
  familyId: string,
): Promise<number> {
  const { db } = deps;
  const photos = await db.photo.findMany({
    where: { tags: { some: { childId } } },
    select: { id: true, thumbKey: true, displayKey: true, downloadKey: true },
  });
  await deleteStoredFiles(deps, [
    ...new Set(photos.flatMap((p) => [p.thumbKey, p.displayKey, p.downloadKey]).filter(Boolean)),
  ]);
  await db.$transaction(async (tx) => {
    await tx.photo.deleteMany({ where: { id: { in: photos.map((p) => p.id) } } });
    await tx.child.update({ where: { id: childId }, data: { photosRemovedAt: deps.now } });
    await tx.auditEvent.create({
      data: {
        action: "privacy.photos_removed",
        organisationId,
        entityType: "Child",
        entityId: childId,
        childId,
        familyId,
        meta: { photos: photos.length },
      },
    });
  });
  return photos.length;
}

/** Erases the child and everything hanging off it. The credit ledger is append-only; erasure is its one exception. */
async function eraseChild(deps: RetentionDeps, organisation: OrganisationRules, child: LeftChild): Promise<void> {
  const { db } = deps;
  const organisationId = organisation.id;
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL roef.allow_ledger_delete = 'on'`;
    // The fiscal records first, in the same transaction: they are never lost and never kept without the erasure.
    const full = await tx.child.findUniqueOrThrow({
      where: { id: child.id },
      select: {
        firstName: true,
        lastName: true,
        birthDate: true,
        family: { select: { debiteurnummer: true, name: true } },
      },
    });
    const fiscalRecords = await retainChildRecords(
      tx,
      {
        organisationId,
        debiteurnummer: full.family.debiteurnummer,
        familyName: full.family.name,
        retainUntil: fiscalRetainUntil(child.leftOn, organisation.fiscalRetentionYears),
      },
      { id: child.id, firstName: full.firstName, lastName: full.lastName, birthDate: full.birthDate },
    );
    const where = { childId: child.id };
    await tx.photoTag.deleteMany({ where });
    await tx.diaryEntry.deleteMany({ where });
    await tx.absence.deleteMany({ where });
    await tx.careRequest.deleteMany({ where });
    await tx.creditEntry.deleteMany({ where });
    await tx.contactPerson.deleteMany({ where });
    await tx.contractChangeRequest.deleteMany({ where });
    await tx.photoConsent.deleteMany({ where });
    // Presence history (issue 18) follows the same rule as the child's other data.
    await tx.presence.deleteMany({ where });
    await tx.placement.deleteMany({ where });
    await tx.contract.deleteMany({ where });
    await tx.child.delete({ where: { id: child.id } });
    await tx.auditEvent.create({
      data: {
        action: "privacy.child_erased",
        organisationId,
        entityType: "Child",
        entityId: child.id,
        familyId: child.familyId,
        meta: { fiscalRecords },
      },
    });
  });
}

/** Erases a family that has no children left: its messages (with attachments), documents, contacts and accounts. */
async function eraseFamilyIfEmpty(
  deps: RetentionDeps,
  organisation: OrganisationRules,
  familyId: string,
  leftOn: Date,
): Promise<boolean> {
  const { db } = deps;
  const organisationId = organisation.id;
  if ((await db.child.count({ where: childrenOfHousehold(familyId) })) > 0) return false;
  const [attachments, documents, users, family] = await Promise.all([
    db.attachment.findMany({ where: { message: { thread: { familyId } } }, select: { storageKey: true } }),
    // Invoices, jaaropgaven and contracts keep their file (it moves to a FiscalRecord below); the rest goes.
    db.familyDocument.findMany({
      where: { familyId, category: { notIn: FISCAL_DOCUMENT_CATEGORIES } },
      select: { storageKey: true },
    }),
    db.user.findMany({ where: { familyId }, select: { id: true } }),
    db.family.findUniqueOrThrow({ where: { id: familyId }, select: { debiteurnummer: true, name: true } }),
  ]);
  await deleteStoredFiles(deps, [...attachments.map((a) => a.storageKey), ...documents.map((d) => d.storageKey)]);
  const userIds = users.map((u) => u.id);
  await db.$transaction(async (tx) => {
    const { retained } = await retainFamilyDocuments(
      tx,
      {
        organisationId,
        debiteurnummer: family.debiteurnummer,
        familyName: family.name,
        retainUntil: fiscalRetainUntil(leftOn, organisation.fiscalRetentionYears),
      },
      familyId,
    );
    await tx.thread.deleteMany({ where: { familyId } }); // messages, attachments and reads cascade
    await tx.threadRead.deleteMany({ where: { userId: { in: userIds } } });
    await tx.newsRead.deleteMany({ where: { userId: { in: userIds } } });
    await tx.familyDocument.deleteMany({ where: { familyId } });
    await tx.contactPerson.deleteMany({ where: { familyId } });
    await tx.careRequest.deleteMany({ where: { familyId } });
    await tx.authToken.deleteMany({ where: { userId: { in: userIds } } });
    await tx.pushSubscription.deleteMany({ where: { userId: { in: userIds } } });
    await tx.user.deleteMany({ where: { id: { in: userIds } } });
    await tx.family.delete({ where: { id: familyId } });
    await tx.auditEvent.create({
      data: {
        action: "privacy.family_erased",
        organisationId,
        entityType: "Family",
        entityId: familyId,
        meta: { fiscalDocuments: retained },
      },
    });
  });
  return true;
}

/** One retention pass over every organisation. */
export async function runRetention(deps: RetentionDeps): Promise<RetentionReport> {
  const { db, now } = deps;
  const log = deps.log ?? (() => {});
  const today = todayDate(now);
  const report: RetentionReport = {
    notices: 0,
    photosRemoved: 0,
    childrenErased: 0,
    familiesErased: 0,
    fiscalRecordsRemoved: 0,
  };
  const organisations = await db.organisation.findMany({
    where: deps.organisationId ? { id: deps.organisationId } : {},
    select: { id: true, photoRetentionDays: true, dataRetentionDays: true, fiscalRetentionYears: true },
  });
  for (const organisation of organisations) {
    // Housekeeping, not AVG: sessions past their lifetime can never be used again (lib/auth/user-sessions.ts).
    await deleteExpiredSessions(db, { organisationId: organisation.id, now });
    for (const child of await findLeftChildren(db, organisation.id, today)) {
      const photosDue = addCalendarDays(child.leftOn, organisation.photoRetentionDays);
      const dataDue = addCalendarDays(child.leftOn, organisation.dataRetentionDays);
      // biome-ignore lint/complexity/useMathMinMax: Dates, and Math.min would turn them into numbers
      const firstDeletion = photosDue < dataDue ? photosDue : dataDue;
      const noticeDue = addCalendarDays(firstDeletion, -FAREWELL_NOTICE_DAYS);

      let noticeAt = child.farewellNoticeAt;
      if (!noticeAt && today >= noticeDue) {
        if (await sendFarewellNotice(deps, organisation.id, child, firstDeletion)) report.notices++;
        noticeAt = now;
      }
      // Parents always get FAREWELL_NOTICE_DAYS to download, even when a period was shortened afterwards.
      if (!noticeAt || todayDate(noticeAt) > addCalendarDays(today, -FAREWELL_NOTICE_DAYS)) continue;

      if (today >= dataDue) {
        if (!child.photosRemovedAt)
          report.photosRemoved += await removeTaggedPhotos(deps, organisation.id, child.id, child.familyId);
        await eraseChild(deps, organisation, child);
        report.childrenErased++;
        for (const familyId of [child.familyId, ...child.householdIds])
          if (await eraseFamilyIfEmpty(deps, organisation, familyId, child.leftOn)) report.familiesErased++;
        log(`retention: erased child ${child.id}`);
      } else if (today >= photosDue && !child.photosRemovedAt) {
        report.photosRemoved += await removeTaggedPhotos(deps, organisation.id, child.id, child.familyId);
        log(`retention: removed photos of child ${child.id}`);
      }
    }
    report.fiscalRecordsRemoved += await removeExpiredFiscalRecords(deps, organisation.id, today);
  }
  return report;
}
