// AVG: the export ZIP holds the family's data and only photos it may see; retention walks through a child's leaving
// with fixed dates: farewell notice first, photos after photoRetentionDays, everything after dataRetentionDays.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createChild, createFamily, createGuardian, createWorld } from "../../prisma/factories";
import { testDb } from "../db";
import { collectFamilyExport, streamFamilyExportZip } from "../../lib/privacy/export-data";
import { FAREWELL_NOTICE_DAYS, runRetention } from "../../lib/privacy/retention";
import { LocalStorage } from "../../lib/storage/local";

type World = Awaited<ReturnType<typeof createWorld>>;
const storage = new LocalStorage(mkdtempSync(path.join(tmpdir(), "roef-privacy-")));

async function createPhoto(groupId: string, childIds: string[], uploadedById: string, takenOn = "2026-01-10") {
  const id = randomUUID();
  const keys = {
    thumbKey: `photos/${id}/thumb.webp`,
    displayKey: `photos/${id}/display.webp`,
    downloadKey: `photos/${id}/download.jpg`,
  };
  for (const key of Object.values(keys)) await storage.put(key, Buffer.from(`bytes of ${key}`));
  await testDb.photo.create({
    data: {
      id,
      groupId,
      takenOn: new Date(takenOn),
      takenAt: new Date(`${takenOn}T10:00:00Z`),
      uploadedById,
      contentHash: id,
      width: 10,
      height: 10,
      ...keys,
      tags: { create: childIds.map((childId) => ({ childId })) },
    },
  });
  return { id, ...keys };
}

async function zipEntries(familyId: string): Promise<{ names: string[]; read: (name: string) => string }> {
  const data = await collectFamilyExport(testDb, familyId);
  const chunks: Buffer[] = [];
  for await (const chunk of streamFamilyExportZip(data, storage)) chunks.push(chunk as Buffer);
  const file = path.join(mkdtempSync(path.join(tmpdir(), "roef-zip-")), "export.zip");
  writeFileSync(file, Buffer.concat(chunks));
  const list = spawnSync("unzip", ["-Z1", file], { encoding: "utf8" });
  return {
    names: list.stdout.trim().split("\n").sort(),
    read: (name) => spawnSync("unzip", ["-p", file, name], { encoding: "utf8" }).stdout,
  };
}

describe("AVG export ZIP", () => {
  let w: World;
  beforeAll(async () => {
    w = await createWorld(testDb);
  });

  it("contains the family's data and only photos of its own children that it may see", async () => {
    // childA is in group A. Another child in group A without share consent, and one with.
    const noShare = await createChild(testDb, {
      familyId: w.familyB.id,
      groupId: w.groupA.id,
      consent: { mayPhotograph: true, shareWithGroup: false },
    });
    const share = await createChild(testDb, {
      familyId: w.familyB.id,
      groupId: w.groupA.id,
      consent: { mayPhotograph: true, shareWithGroup: true },
    });
    const own = await createPhoto(w.groupA.id, [w.childA.id], w.staffA.id);
    const withSharer = await createPhoto(w.groupA.id, [w.childA.id, share.id], w.staffA.id);
    const withNonSharer = await createPhoto(w.groupA.id, [w.childA.id, noShare.id], w.staffA.id);
    const notOurs = await createPhoto(w.groupA.id, [share.id], w.staffA.id);
    await testDb.diaryEntry.create({
      data: {
        childId: w.childA.id,
        date: new Date("2026-01-10"),
        authorId: w.staffA.id,
        authorRole: "STAFF",
        body: "Lekker buiten gespeeld",
      },
    });
    const thread = await testDb.thread.create({
      data: {
        kind: "GROUP",
        familyId: w.familyA.id,
        groupId: w.groupA.id,
        subject: "Ophalen",
        createdById: w.parentA.id,
      },
    });
    await testDb.message.create({ data: { threadId: thread.id, authorId: w.parentA.id, body: "Oma haalt op" } });
    await testDb.creditEntry.create({
      data: {
        childId: w.childA.id,
        kind: "TEGOED",
        type: "EARNED",
        minutes: 330,
        validFrom: new Date("2026-01-10"),
        expiresOn: new Date("2027-01-10"),
      },
    });

    const zip = await zipEntries(w.familyA.id);
    expect(zip.names).toEqual(
      [
        "LEESMIJ.txt",
        "aanvragen.json",
        "berichten.json",
        "documenten.json",
        "fotos.json",
        "kinderen.json",
        "logboek.json",
        "profiel.json",
        "schriftje.json",
        "tegoed.json",
        `fotos/2026-01-10-${own.id}.jpg`,
        `fotos/2026-01-10-${withSharer.id}.jpg`,
      ].sort(),
    );
    expect(zip.names.join()).not.toContain(withNonSharer.id);
    expect(zip.names.join()).not.toContain(notOurs.id);
    expect(zip.read(`fotos/2026-01-10-${own.id}.jpg`)).toBe(`bytes of ${own.downloadKey}`);
    const profile = JSON.parse(zip.read("profiel.json"));
    expect(profile.gezin.debiteurnummer).toBe(w.familyA.debiteurnummer);
    expect(JSON.stringify(profile)).not.toMatch(/passwordHash|\$argon/);
    expect(JSON.parse(zip.read("schriftje.json"))[0].body).toBe("Lekker buiten gespeeld");
    expect(JSON.parse(zip.read("berichten.json"))[0].messages[0]).toMatchObject({
      body: "Oma haalt op",
      afzender: "ouder",
    });
    expect(JSON.parse(zip.read("tegoed.json"))[0].minutes).toBe(330);
    expect(JSON.parse(zip.read("kinderen.json")).map((c: { id: string }) => c.id)).toEqual([w.childA.id]);
  });

  it("uses the feed's photo rule: no photos from before the placement, none after the own child's consent is withdrawn", async () => {
    const world = await createWorld(testDb);
    const before = await createPhoto(world.groupA.id, [world.childA.id], world.staffA.id, "2024-12-02");
    const during = await createPhoto(world.groupA.id, [world.childA.id], world.staffA.id, "2026-02-02");
    expect((await zipEntries(world.familyA.id)).names.filter((n) => n.startsWith("fotos/"))).toEqual([
      `fotos/2026-02-02-${during.id}.jpg`,
    ]);
    expect((await zipEntries(world.familyA.id)).names.join()).not.toContain(before.id);
    await testDb.child.update({
      where: { id: world.childA.id },
      data: { consentPhotograph: false, consentShareGroup: false },
    });
    expect((await zipEntries(world.familyA.id)).names.filter((n) => n.startsWith("fotos/"))).toEqual([]);
  });
});

describe("retention", () => {
  it("offers the farewell ZIP, removes photos after photoRetentionDays and erases the child and family after dataRetentionDays", async () => {
    const w = await createWorld(testDb);
    // A family whose only child left on 2026-01-31 (photo period 92 days -> 2026-05-03; data 730 days -> 2028-01-31).
    const family = await createFamily(testDb, { organisationId: w.organisation.id });
    const guardian = await createGuardian(testDb, { family });
    const leaver = await createChild(testDb, {
      familyId: family.id,
      groupId: w.groupA.id,
      startDate: "2025-01-06",
      endDate: "2026-01-31",
      consentById: guardian.id,
    });
    const leaverPhoto = await createPhoto(w.groupA.id, [leaver.id, w.childA.id], w.staffA.id);
    const otherPhoto = await createPhoto(w.groupA.id, [w.childA.id], w.staffA.id);
    await testDb.creditEntry.create({
      data: {
        childId: leaver.id,
        kind: "TEGOED",
        type: "EARNED",
        minutes: 60,
        validFrom: new Date("2026-01-05"),
        expiresOn: new Date("2027-01-05"),
      },
    });
    await testDb.diaryEntry.create({
      data: {
        childId: leaver.id,
        date: new Date("2026-01-30"),
        authorId: w.staffA.id,
        authorRole: "STAFF",
        body: "Laatste dag",
      },
    });
    const thread = await testDb.thread.create({
      data: { kind: "GROUP", familyId: family.id, groupId: w.groupA.id, subject: "Afscheid", createdById: guardian.id },
    });
    await testDb.message.create({ data: { threadId: thread.id, authorId: guardian.id, body: "Bedankt!" } });

    const run = (iso: string) =>
      runRetention({
        db: testDb,
        storage,
        now: new Date(iso),
        appUrl: "http://localhost:3100",
        organisationId: w.organisation.id,
      });
    const photoExists = async (id: string) => (await testDb.photo.count({ where: { id } })) === 1;
    const fileExists = async (key: string) => (await storage.get(key)) !== null;

    // Still in care on the last day, and before the notice window: nothing happens.
    expect(await run("2026-01-31T12:00:00Z")).toEqual({
      notices: 0,
      photosRemoved: 0,
      childrenErased: 0,
      familiesErased: 0,
      fiscalRecordsRemoved: 0,
    });
    expect(await run("2026-04-18T01:00:00Z")).toEqual({
      notices: 0,
      photosRemoved: 0,
      childrenErased: 0,
      familiesErased: 0,
      fiscalRecordsRemoved: 0,
    });

    // FAREWELL_NOTICE_DAYS before the photos go: one notice with a link to the privacy page, sent once.
    expect(FAREWELL_NOTICE_DAYS).toBe(14);
    expect((await run("2026-04-19T01:00:00Z")).notices).toBe(1);
    const notice = await testDb.outboxMail.findFirstOrThrow({ where: { to: guardian.email } });
    expect(notice.subject).toContain("vóór zondag 3 mei 2026");
    expect(notice.text).toContain("http://localhost:3100/ouder/privacy");
    expect((await run("2026-04-20T01:00:00Z")).notices).toBe(0);
    expect(await testDb.outboxMail.count({ where: { to: guardian.email } })).toBe(1);

    // The day before the photo period ends nothing is removed; on the day, the photos the child is tagged in go.
    expect((await run("2026-05-02T01:00:00Z")).photosRemoved).toBe(0);
    expect(await photoExists(leaverPhoto.id)).toBe(true);
    expect((await run("2026-05-03T01:00:00Z")).photosRemoved).toBe(1);
    expect(await photoExists(leaverPhoto.id)).toBe(false);
    for (const key of [leaverPhoto.thumbKey, leaverPhoto.displayKey, leaverPhoto.downloadKey])
      expect(await fileExists(key)).toBe(false);
    expect(await photoExists(otherPhoto.id)).toBe(true);
    expect(await fileExists(otherPhoto.downloadKey)).toBe(true);
    expect(await testDb.child.count({ where: { id: leaver.id } })).toBe(1);

    // After the data period: the child (ledger included, despite the append-only trigger) and the empty family go.
    expect((await run("2028-01-30T01:00:00Z")).childrenErased).toBe(0);
    expect(await run("2028-01-31T01:00:00Z")).toEqual({
      notices: 0,
      photosRemoved: 0,
      childrenErased: 1,
      familiesErased: 1,
      fiscalRecordsRemoved: 0,
    });
    expect(await testDb.child.count({ where: { id: leaver.id } })).toBe(0);
    expect(await testDb.creditEntry.count({ where: { childId: leaver.id } })).toBe(0);
    expect(await testDb.diaryEntry.count({ where: { childId: leaver.id } })).toBe(0);
    expect(await testDb.family.count({ where: { id: family.id } })).toBe(0);
    expect(await testDb.user.count({ where: { id: guardian.id } })).toBe(0);
    expect(await testDb.thread.count({ where: { id: thread.id } })).toBe(0);
    // Children still in care are untouched.
    expect(await testDb.child.count({ where: { id: w.childA.id } })).toBe(1);
    expect(
      await testDb.auditEvent.count({
        where: { organisationId: w.organisation.id, action: { startsWith: "privacy." } },
      }),
    ).toBe(4);
  });

  it("never deletes before the notice has been out for the full notice period, even when periods were shortened", async () => {
    const w = await createWorld(testDb);
    await testDb.organisation.update({
      where: { id: w.organisation.id },
      data: { photoRetentionDays: 1, dataRetentionDays: 2 },
    });
    const family = await createFamily(testDb, { organisationId: w.organisation.id });
    await createGuardian(testDb, { family });
    const leaver = await createChild(testDb, {
      familyId: family.id,
      groupId: w.groupA.id,
      startDate: "2025-01-06",
      endDate: "2026-01-31",
    });
    const run = (iso: string) =>
      runRetention({
        db: testDb,
        storage,
        now: new Date(iso),
        appUrl: "http://localhost:3100",
        organisationId: w.organisation.id,
      });
    expect(await run("2026-06-01T01:00:00Z")).toEqual({
      notices: 1,
      photosRemoved: 0,
      childrenErased: 0,
      familiesErased: 0,
      fiscalRecordsRemoved: 0,
    });
    expect((await run("2026-06-14T01:00:00Z")).childrenErased).toBe(0);
    expect((await run("2026-06-15T01:00:00Z")).childrenErased).toBe(1);
    expect(await testDb.child.count({ where: { id: leaver.id } })).toBe(0);
  });

  it("a child with a new placement after a gap is not treated as left", async () => {
    const w = await createWorld(testDb);
    const family = await createFamily(testDb, { organisationId: w.organisation.id });
    const child = await createChild(testDb, {
      familyId: family.id,
      groupId: w.groupA.id,
      startDate: "2024-01-08",
      endDate: "2024-12-31",
    });
    await testDb.placement.create({
      data: { childId: child.id, groupId: w.groupB.id, startDate: new Date("2027-08-30") },
    });
    const report = await runRetention({
      db: testDb,
      storage,
      now: new Date("2027-03-01T01:00:00Z"),
      appUrl: "http://x.test",
      organisationId: w.organisation.id,
    });
    expect(report.notices).toBe(0);
  });
});
