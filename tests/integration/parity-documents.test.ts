// Authorization matrix for family documents, the most sensitive data in the portal: a family never reaches
// another family's documents; staff and managers never reach any; beheerders only their own organisation's.
import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { getDocumentForDownload, listDocumentsForBeheer, listOwnDocuments } from "../../lib/documents/queries";
import { deleteFamilyDocument, uploadFamilyDocument } from "../../lib/documents/mutations";
import { getStorage } from "../../lib/storage";
import type { SessionUser } from "../../lib/auth/session-user";
import { createWorld } from "../../prisma/factories";
import { testDb } from "../db";
import { sessionFor } from "../session";
import { PNG_HEADER as PNG, tinyPdf } from "../fixtures/files";

let world: Awaited<ReturnType<typeof createWorld>>;
const as: Record<string, SessionUser> = {};
let docA: string;
let docB: string;

beforeAll(async () => {
  world = await createWorld(testDb);
  for (const role of [
    "parentA",
    "parentA2",
    "parentB",
    "staffA",
    "staffB",
    "managerA",
    "beheerder",
    "otherBeheerder",
  ] as const) {
    as[role] = await sessionFor(world[role].id);
  }
  docA = (
    await uploadFamilyDocument(as.beheerder, {
      input: { debiteurnummer: world.familyA.debiteurnummer, title: "Jaaropgave 2025", category: "JAAROPGAVE" },
      bytes: tinyPdf(),
    })
  ).id;
  docB = (
    await uploadFamilyDocument(as.beheerder, {
      input: { debiteurnummer: world.familyB.debiteurnummer, title: "Factuur november", category: "FACTUUR" },
      bytes: tinyPdf("B"),
    })
  ).id;
});

describe("reading documents", () => {
  it("each parent (both guardians) lists only their own family's documents", async () => {
    expect((await listOwnDocuments(as.parentA)).map((d) => d.id)).toEqual([docA]);
    expect((await listOwnDocuments(as.parentA2)).map((d) => d.id)).toEqual([docA]);
    expect((await listOwnDocuments(as.parentB)).map((d) => d.id)).toEqual([docB]);
  });

  it("the parent list is for parents only; the beheer list for beheerders of the organisation only", async () => {
    for (const role of ["staffA", "managerA", "beheerder"] as const)
      await expect(listOwnDocuments(as[role])).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const role of ["parentA", "staffA", "managerA"] as const)
      await expect(listDocumentsForBeheer(as[role])).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listDocumentsForBeheer(as.beheerder)).map((d) => d.id).sort()).toEqual([docA, docB].sort());
    expect(
      (await listDocumentsForBeheer(as.beheerder, { debiteurnummer: world.familyB.debiteurnummer })).map((d) => d.id),
    ).toEqual([docB]);
    expect(await listDocumentsForBeheer(as.otherBeheerder)).toEqual([]);
  });

  it("download: own family and the organisation's beheerder only; everyone and everything else is NOT_FOUND", async () => {
    expect((await getDocumentForDownload(as.parentA, docA)).familyId).toBe(world.familyA.id);
    expect((await getDocumentForDownload(as.parentA2, docA)).familyId).toBe(world.familyA.id);
    expect((await getDocumentForDownload(as.beheerder, docB)).familyId).toBe(world.familyB.id);
    const denied: [string, string][] = [
      ["parentA", docB], // other family
      ["parentB", docA],
      ["staffA", docA], // staff of the child's own group: documents are not care data
      ["staffB", docB],
      ["managerA", docA], // manager of the child's location
      ["otherBeheerder", docA], // another organisation
    ];
    for (const [role, id] of denied)
      await expect(getDocumentForDownload(as[role], id), `${role} -> ${id}`).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    for (const id of [randomUUID(), "not-a-uuid", "", "../../etc/passwd", `${docA}'--`]) {
      await expect(getDocumentForDownload(as.parentA, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("the stored bytes are the uploaded PDF under a key we generated", async () => {
    const { storageKey } = await getDocumentForDownload(as.parentA, docA);
    expect(storageKey).toBe(`documents/${docA}/document.pdf`);
    const object = await getStorage().get(storageKey);
    const chunks: Buffer[] = [];
    for await (const chunk of object!.body) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).subarray(0, 8).toString()).toBe("%PDF-1.4");
  });

  it("a deactivated guardian has no session, so no way to a download", async () => {
    await expect(sessionFor(world.deactivated.id)).rejects.toThrow();
  });
});

describe("uploading and deleting", () => {
  const input = (debiteurnummer: string) => ({ debiteurnummer, title: "Contract", category: "CONTRACT" as const });

  it("only a beheerder of the organisation can upload, and only for a family of that organisation", async () => {
    for (const role of ["parentA", "staffA", "managerA"] as const) {
      await expect(
        uploadFamilyDocument(as[role], { input: input(world.familyA.debiteurnummer), bytes: tinyPdf() }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(
      uploadFamilyDocument(as.otherBeheerder, { input: input(world.familyA.debiteurnummer), bytes: tinyPdf() }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
      messageKey: "documents.familyUnknown",
    });
    await expect(
      uploadFamilyDocument(as.beheerder, { input: input("999999999999"), bytes: tinyPdf() }),
    ).rejects.toMatchObject({ messageKey: "documents.familyUnknown" });
  });

  it("only real PDFs by content, within the size limit", async () => {
    const upload = (bytes: Buffer) =>
      uploadFamilyDocument(as.beheerder, { input: input(world.familyA.debiteurnummer), bytes });
    await expect(upload(PNG)).rejects.toMatchObject({ code: "INVALID_INPUT", messageKey: "documents.fileNotPdf" });
    await expect(upload(Buffer.from("<html><script>alert(1)</script></html>"))).rejects.toMatchObject({
      messageKey: "documents.fileNotPdf",
    });
    await expect(upload(Buffer.alloc(0))).rejects.toMatchObject({ messageKey: "documents.fileRequired" });
    await expect(upload(Buffer.concat([tinyPdf(), Buffer.alloc(1_600_000)]))).rejects.toMatchObject({
      messageKey: "documents.fileTooLarge",
    });
    expect(await testDb.familyDocument.count({ where: { familyId: world.familyA.id } })).toBe(1);
  });

  it("delete: beheerder of the organisation only; the bytes go too; audit trail of upload, download-free delete", async () => {
    const { id } = await uploadFamilyDocument(as.beheerder, {
      input: input(world.familyB.debiteurnummer),
      bytes: tinyPdf(),
    });
    for (const role of ["parentB", "staffB", "managerA", "otherBeheerder"] as const) {
      await expect(deleteFamilyDocument(as[role], id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(deleteFamilyDocument(as.beheerder, "malformed")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await deleteFamilyDocument(as.beheerder, id);
    expect(await testDb.familyDocument.count({ where: { id } })).toBe(0);
    expect(await getStorage().get(`documents/${id}/document.pdf`)).toBeNull();
    const actions = (await testDb.auditEvent.findMany({ where: { entityId: id }, select: { action: true } }))
      .map((a) => a.action)
      .sort();
    expect(actions).toEqual(["document.deleted", "document.uploaded"]);
  });
});
