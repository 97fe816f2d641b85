// AVG (GDPR) data export of one family: everything we hold about the family and its children, as JSON files plus the
// stored files (photos of its own children, message attachments, documents) in one ZIP.
//
// NOTE: privacy-critical. Which family is exported is decided by the caller through lib/authz (lib/privacy/export.ts);
// this module only collects. Photos: only photos tagged with one of the family's own children that the parents may
// see by the photo feed's own rule (lib/photos/visibility.ts: placement on the photo's date and consent of every
// tagged child), so the export never contains a photo the family could not see. No password hashes, tokens or other families' data.
import { PassThrough, type Readable } from "node:stream";
import { ZipArchive } from "archiver";
import type { PrismaClient } from "../generated/prisma/client";
import type { StorageDriver } from "../storage/types";
import { photoConsentAllowsParent, photosDuringPlacements } from "../photos/visibility";

type Db = Pick<
  PrismaClient,
  | "family"
  | "user"
  | "child"
  | "photo"
  | "diaryEntry"
  | "thread"
  | "absence"
  | "careRequest"
  | "creditEntry"
  | "contractChangeRequest"
  | "familyDocument"
  | "auditEvent"
>;

export type ExportFile = { path: string; storageKey: string };
export type FamilyExport = { json: Record<string, unknown>; files: ExportFile[] };

/** Keeps only safe characters for names inside the ZIP (names come from uploads and user input). */
const safeName = (name: string) =>
  name
    .replace(/[^a-zA-Z0-9._-]+/g, "_")
    .replace(/^\.+/, "")
    .slice(0, 80) || "bestand";
const extensionOf = (key: string) => /\.[a-z0-9]{1,5}$/i.exec(key)?.[0] ?? "";

export async function collectFamilyExport(db: Db, familyId: string): Promise<FamilyExport> {
  const family = await db.family.findUniqueOrThrow({
    where: { id: familyId },
    select: {
      debiteurnummer: true,
      name: true,
      address: true,
      createdAt: true,
      guardians: {
        select: {
          name: true,
          email: true,
          loginName: true,
          phone: true,
          status: true,
          locale: true,
          emailMode: true,
          notifyMessages: true,
          notifyDiary: true,
          notifyRequests: true,
          notifyNews: true,
          quietStartMinutes: true,
          quietEndMinutes: true,
          lastLoginAt: true,
          createdAt: true,
        },
      },
      contacts: {
        select: { name: true, phone: true, relation: true, isEmergency: true, mayPickUp: true, childId: true },
      },
    },
  });
  const children = await db.child.findMany({
    where: { familyId },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      birthDate: true,
      consentPhotograph: true,
      consentShareGroup: true,
      createdAt: true,
      placements: {
        select: {
          groupId: true,
          startDate: true,
          endDate: true,
          group: { select: { name: true, careType: true, location: { select: { name: true, lrkNumber: true } } } },
        },
      },
      contracts: {
        select: {
          careType: true,
          startDate: true,
          endDate: true,
          vacationMinutesPerYear: true,
          hourlyRateCents: true,
          days: { select: { weekday: true, dagdeel: true } },
        },
      },
      consents: {
        orderBy: { recordedAt: "asc" },
        select: { mayPhotograph: true, shareWithGroup: true, recordedAt: true },
      },
    },
  });
  const childIds = children.map((c) => c.id);
  const placements = children.flatMap((child) =>
    child.placements.map(({ groupId, startDate, endDate }) => ({ groupId, startDate, endDate })),
  );
  const [diary, threads, absences, requests, changeRequests, ledger, documents, photos, audit] = await Promise.all([
    db.diaryEntry.findMany({
      where: { childId: { in: childIds } },
      orderBy: { date: "asc" },
      select: {
        childId: true,
        date: true,
        authorRole: true,
        body: true,
        items: true,
        createdAt: true,
        updatedAt: true,
      },
    }),
    db.thread.findMany({
      where: { familyId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        kind: true,
        subject: true,
        createdAt: true,
        messages: {
          orderBy: { createdAt: "asc" },
          select: {
            id: true,
            authorId: true,
            body: true,
            createdAt: true,
            attachments: { select: { id: true, filename: true, mime: true, size: true, storageKey: true } },
          },
        },
      },
    }),
    db.absence.findMany({
      where: { childId: { in: childIds } },
      orderBy: { date: "asc" },
      select: {
        childId: true,
        date: true,
        dagdeel: true,
        reason: true,
        comment: true,
        reportedAt: true,
        withdrawnAt: true,
        earnedMinutes: true,
      },
    }),
    db.careRequest.findMany({
      where: { familyId },
      orderBy: { date: "asc" },
      select: {
        childId: true,
        type: true,
        date: true,
        dagdeel: true,
        payment: true,
        costMinutes: true,
        status: true,
        guaranteed: true,
        swapFromDate: true,
        swapFromDagdeel: true,
        comment: true,
        decisionReason: true,
        createdAt: true,
        decidedAt: true,
      },
    }),
    db.contractChangeRequest.findMany({
      where: { childId: { in: childIds } },
      select: {
        childId: true,
        kind: true,
        details: true,
        effectiveDate: true,
        endDate: true,
        comment: true,
        status: true,
        handlerNote: true,
        createdAt: true,
        handledAt: true,
      },
    }),
    db.creditEntry.findMany({
      where: { childId: { in: childIds } },
      orderBy: { createdAt: "asc" },
      select: {
        childId: true,
        kind: true,
        type: true,
        minutes: true,
        validFrom: true,
        expiresOn: true,
        note: true,
        createdAt: true,
      },
    }),
    db.familyDocument.findMany({
      where: { familyId },
      select: { id: true, title: true, category: true, storageKey: true, createdAt: true },
    }),
    db.photo.findMany({
      // Photos of the family's own children that the parents may see: the same rule as their feed (lib/authz).
      where: {
        AND: [
          { tags: { some: { childId: { in: childIds } } } },
          photosDuringPlacements(placements),
          photoConsentAllowsParent(familyId),
        ],
      },
      orderBy: { takenAt: "asc" },
      select: { id: true, takenAt: true, caption: true, downloadKey: true, group: { select: { name: true } } },
    }),
    db.auditEvent.findMany({
      where: { OR: [{ familyId }, { childId: { in: childIds } }] },
      orderBy: { id: "asc" },
      take: 10_000,
      select: { action: true, entityType: true, createdAt: true },
    }),
  ]);

  const childName = new Map(children.map((c) => [c.id, `${c.firstName} ${c.lastName}`]));
  const files: ExportFile[] = [
    ...photos.map((photo) => ({
      path: `fotos/${photo.takenAt.toISOString().slice(0, 10)}-${photo.id}${extensionOf(photo.downloadKey)}`,
      storageKey: photo.downloadKey,
    })),
    ...threads.flatMap((thread) =>
      thread.messages.flatMap((message) =>
        message.attachments.map((a) => ({
          path: `berichten/bijlagen/${a.id}-${safeName(a.filename)}`,
          storageKey: a.storageKey,
        })),
      ),
    ),
    ...documents.map((doc) => ({
      path: `documenten/${doc.id}-${safeName(doc.title)}${extensionOf(doc.storageKey)}`,
      storageKey: doc.storageKey,
    })),
  ];
  // Only guardians of this family are named; other authors (staff) appear as "medewerker" to not export staff data.
  const guardianIds = new Set((await db.user.findMany({ where: { familyId }, select: { id: true } })).map((u) => u.id));

  return {
    json: {
      "profiel.json": {
        gezin: {
          debiteurnummer: family.debiteurnummer,
          naam: family.name,
          adres: family.address,
          aangemaakt: family.createdAt,
        },
        ouders: family.guardians,
        contactpersonen: family.contacts,
      },
      "kinderen.json": children.map(({ consents, ...child }) => ({ ...child, toestemmingsgeschiedenis: consents })),
      "schriftje.json": diary.map((entry) => ({ ...entry, kind: childName.get(entry.childId) })),
      "berichten.json": threads.map((thread) => ({
        ...thread,
        messages: thread.messages.map(({ attachments, authorId, ...message }) => ({
          ...message,
          afzender: guardianIds.has(authorId) ? "ouder" : "medewerker",
          bijlagen: attachments.map((a) => ({ bestandsnaam: a.filename, mime: a.mime, grootte: a.size })),
        })),
      })),
      "aanvragen.json": { afmeldingen: absences, opvangaanvragen: requests, contractwijzigingen: changeRequests },
      "tegoed.json": ledger,
      "fotos.json": photos.map((photo) => ({
        id: photo.id,
        genomen: photo.takenAt,
        onderschrift: photo.caption,
        groep: photo.group.name,
      })),
      "documenten.json": documents.map(({ storageKey: _key, ...doc }) => doc),
      "logboek.json": audit,
    },
    files,
  };
}

const README = `Gegevensexport ouderportaal Kindercentra de Roef

Dit archief bevat alle gegevens die het ouderportaal over jullie gezin bewaart (AVG, recht op inzage):
profiel.json, kinderen.json (plaatsingen, contracten, toestemmingen), schriftje.json, berichten.json,
aanvragen.json, tegoed.json, fotos.json en logboek.json, plus de foto's van jullie kinderen, bijlagen en documenten.
Ga zorgvuldig om met foto's waarop ook andere kinderen staan: deel ze niet op sociale media.
`;

/** Streams the ZIP. Files that are missing from storage are listed in ontbrekend.txt rather than failing the export. */
export function streamFamilyExportZip(data: FamilyExport, storage: StorageDriver): Readable {
  const archive = new ZipArchive({ zlib: { level: 6 } });
  const out = new PassThrough();
  archive.on("error", (error) => out.destroy(error));
  archive.pipe(out);
  void (async () => {
    archive.append(README, { name: "LEESMIJ.txt" });
    for (const [name, value] of Object.entries(data.json)) archive.append(JSON.stringify(value, null, 2), { name });
    const missing: string[] = [];
    for (const file of data.files) {
      const stored = await storage.get(file.storageKey).catch(() => null);
      if (!stored) missing.push(file.path);
      else archive.append(stored.body, { name: file.path });
    }
    if (missing.length) archive.append(missing.join("\n"), { name: "ontbrekend.txt" });
    await archive.finalize();
  })().catch((error) => out.destroy(error as Error));
  return out;
}
