// Fiscal retention (issue 14): erasing a family that left keeps its invoices, jaaropgaven, contracts and care requests
// for the fiscal retention period (default 7 calendar years after the year care ended), visible to beheerders only,
// erases the rest as before, and the retention job removes the kept records afterwards. Dates are pinned (`now`).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createChild, createFamily, createGuardian, createManager } from "../../prisma/factories";
import { testDb } from "../db";
import { sessionFor } from "../session";
import { setupMatrix, ACTORS, type Actor } from "../matrix";
import { runRetention } from "../../lib/privacy/retention";
import { fiscalRetainUntil } from "../../lib/privacy/fiscal";
import { getFiscalDocumentForDownload, listFiscalRecords } from "../../lib/privacy/fiscal-queries";
import { listOwnDocuments } from "../../lib/documents/queries";
import { listOwnContracts } from "../../lib/contracts/queries";
import { setClock } from "../../lib/clock";
import { LocalStorage } from "../../lib/storage/local";
import type { DocumentCategory } from "../../lib/generated/prisma/enums";

const storage = new LocalStorage(mkdtempSync(path.join(tmpdir(), "roef-fiscal-")));
let m: Awaited<ReturnType<typeof setupMatrix>>;

const run = (iso: string) =>
  runRetention({
    db: testDb,
    storage,
    now: new Date(iso),
    appUrl: "http://localhost:3100",
    organisationId: m.w.organisation.id,
  });

async function addDocument(familyId: string, category: DocumentCategory, uploadedById: string) {
  const storageKey = `documents/${randomUUID()}/file.pdf`;
  await storage.put(storageKey, Buffer.from(`%PDF ${category}`));
  return testDb.familyDocument.create({
    data: { familyId, title: `${category} 2025`, category, storageKey, size: 9, uploadedById },
  });
}

async function addCareRequest(child: { id: string; familyId: string }, groupId: string, requestedById: string) {
  return testDb.careRequest.create({
    data: {
      batchId: randomUUID(),
      childId: child.id,
      familyId: child.familyId,
      groupId,
      type: "EXTRA",
      date: new Date("2025-11-12"),
      dagdeel: "OCHTEND",
      payment: "INVOICE",
      costMinutes: 330,
      status: "APPROVED",
      requestedById,
    },
  });
}

const fileExists = async (key: string) => (await storage.get(key)) !== null;

beforeAll(async () => {
  m = await setupMatrix();
});

describe("fiscal retention", () => {
  it("the kept records are removed on 1 January after the seventh calendar year after the year care ended", () => {
    expect(fiscalRetainUntil(new Date("2026-01-31"), 7).toISOString().slice(0, 10)).toBe("2034-01-01");
    expect(fiscalRetainUntil(new Date("2026-12-31"), 7).toISOString().slice(0, 10)).toBe("2034-01-01");
    expect(fiscalRetainUntil(new Date("2027-01-01"), 7).toISOString().slice(0, 10)).toBe("2035-01-01");
  });

  it("erasing a family keeps invoices, jaaropgaven, contracts and care requests; the rest goes; then they go too", async () => {
    const { w } = m;
    const family = await createFamily(testDb, { organisationId: w.organisation.id, name: "Familie Vertrek" });
    const guardian = await createGuardian(testDb, { family });
    const leaver = await createChild(testDb, {
      familyId: family.id,
      groupId: w.groupA.id,
      firstName: "Lotte",
      lastName: "Vertrek",
      startDate: "2025-01-06",
      endDate: "2026-01-31",
    });
    const request = await addCareRequest(leaver, w.groupA.id, guardian.id);
    const invoice = await addDocument(family.id, "FACTUUR", w.beheerder.id);
    const statement = await addDocument(family.id, "JAAROPGAVE", w.beheerder.id);
    const contractDoc = await addDocument(family.id, "CONTRACT", w.beheerder.id);
    const other = await addDocument(family.id, "OVERIG", w.beheerder.id);

    await run("2026-04-19T01:00:00Z"); // farewell notice
    const erased = await run("2028-01-31T01:00:00Z");
    expect(erased).toMatchObject({ childrenErased: 1, familiesErased: 1, fiscalRecordsRemoved: 0 });
    expect(await testDb.family.count({ where: { id: family.id } })).toBe(0);
    expect(await testDb.user.count({ where: { id: guardian.id } })).toBe(0);
    expect(await testDb.careRequest.count({ where: { id: request.id } })).toBe(0);
    expect(await testDb.contract.count({ where: { childId: leaver.id } })).toBe(0);

    const kept = await testDb.fiscalRecord.findMany({
      where: { debiteurnummer: family.debiteurnummer },
      orderBy: [{ kind: "asc" }, { title: "asc" }],
    });
    expect(kept.map((r) => [r.kind, r.category ?? r.title])).toEqual([
      ["CONTRACT", "Contract KDV"],
      ["CARE_REQUEST", "Aanvraag EXTRA"],
      ["DOCUMENT", "CONTRACT"],
      ["DOCUMENT", "FACTUUR"],
      ["DOCUMENT", "JAAROPGAVE"],
    ]);
    for (const record of kept) {
      expect(record.familyName).toBe("Familie Vertrek");
      expect(record.retainUntil.toISOString().slice(0, 10)).toBe("2034-01-01");
    }
    const contract = kept.find((r) => r.kind === "CONTRACT");
    expect(contract?.childName).toBe("Lotte Vertrek");
    expect(contract?.data).toMatchObject({
      careType: "KDV",
      startDate: "2025-01-06",
      endDate: "2026-01-31",
      hourlyRateCents: 1045,
      child: { birthDate: "2023-03-14" },
    });
    expect(kept.find((r) => r.kind === "CARE_REQUEST")?.data).toMatchObject({
      date: "2025-11-12",
      payment: "INVOICE",
      status: "APPROVED",
    });
    // The PDFs of the kept documents are still in storage; the other document's file is gone.
    for (const doc of [invoice, statement, contractDoc]) expect(await fileExists(doc.storageKey)).toBe(true);
    expect(await fileExists(other.storageKey)).toBe(false);

    // The beheerder sees them and can download a kept document.
    const listed = await listFiscalRecords(m.users.beheerder, { debiteurnummer: family.debiteurnummer });
    expect(listed).toHaveLength(5);
    const invoiceRecord = kept.find((r) => r.category === "FACTUUR")!;
    expect((await getFiscalDocumentForDownload(m.users.beheerder, invoiceRecord.id)).storageKey).toBe(
      invoice.storageKey,
    );

    // The last day of the seventh year: still kept. 1 January after: removed, files first, audited.
    expect((await run("2033-12-31T12:00:00Z")).fiscalRecordsRemoved).toBe(0);
    expect((await run("2034-01-01T01:00:00Z")).fiscalRecordsRemoved).toBeGreaterThanOrEqual(5);
    expect(await testDb.fiscalRecord.count({ where: { debiteurnummer: family.debiteurnummer } })).toBe(0);
    for (const doc of [invoice, statement, contractDoc]) expect(await fileExists(doc.storageKey)).toBe(false);
    expect(
      await testDb.auditEvent.count({ where: { organisationId: w.organisation.id, action: "privacy.fiscal_removed" } }),
    ).toBeGreaterThanOrEqual(1);
  });

  it("a left child of a family that stays: its contract and requests are kept for beheer, and the parents no longer see them", async () => {
    const { w } = m;
    const family = await createFamily(testDb, { organisationId: w.organisation.id });
    const guardian = await createGuardian(testDb, { family });
    const leaver = await createChild(testDb, {
      familyId: family.id,
      groupId: w.groupA.id,
      startDate: "2025-01-06",
      endDate: "2026-01-31",
    });
    const stayer = await createChild(testDb, { familyId: family.id, groupId: w.groupA.id, endDate: null });
    await addCareRequest(leaver, w.groupA.id, guardian.id);
    const invoice = await addDocument(family.id, "FACTUUR", w.beheerder.id);
    const parent = await sessionFor(guardian.id);
    const restoreBefore = setClock(new Date("2026-01-15T10:00:00Z"));
    try {
      expect((await listOwnContracts(parent)).map((c) => c.id).sort()).toEqual([leaver.id, stayer.id].sort());
    } finally {
      restoreBefore();
    }

    await run("2026-04-19T01:00:00Z");
    expect(await run("2028-01-31T01:00:00Z")).toMatchObject({ childrenErased: 1, familiesErased: 0 });
    const restoreAfter = setClock(new Date("2028-02-01T10:00:00Z"));
    try {
      const contracts = await listOwnContracts(parent);
      expect(contracts.map((c) => c.id)).toEqual([stayer.id]);
      // The family stays, so its documents stay with it (and are not copied).
      expect((await listOwnDocuments(parent)).map((d) => d.id)).toEqual([invoice.id]);
    } finally {
      restoreAfter();
    }
    const kept = await testDb.fiscalRecord.findMany({ where: { debiteurnummer: family.debiteurnummer } });
    expect(kept.map((r) => r.kind).sort()).toEqual(["CARE_REQUEST", "CONTRACT"]);
  });
});

describe("fiscal records authorization matrix", () => {
  let recordId: string;
  beforeAll(async () => {
    const record = await testDb.fiscalRecord.create({
      data: {
        organisationId: m.w.organisation.id,
        kind: "DOCUMENT",
        debiteurnummer: "77001",
        familyName: "Familie Matrix",
        title: "Factuur",
        category: "FACTUUR",
        storageKey: "documents/matrix/file.pdf",
        recordDate: new Date("2025-06-01"),
        retainUntil: new Date("2099-01-01"),
      },
    });
    recordId = record.id;
  });

  const allowed: Actor[] = ["beheerder"];
  for (const actor of ACTORS) {
    it(`${actor}: ${allowed.includes(actor) ? "sees and downloads" : "sees nothing"}`, async () => {
      const user = m.users[actor];
      if (allowed.includes(actor)) {
        expect((await listFiscalRecords(user)).map((r) => r.id)).toContain(recordId);
        await expect(getFiscalDocumentForDownload(user, recordId)).resolves.toMatchObject({ id: recordId });
      } else if (actor === "otherOrg") {
        expect((await listFiscalRecords(user)).map((r) => r.id)).not.toContain(recordId);
        await expect(getFiscalDocumentForDownload(user, recordId)).rejects.toMatchObject({ code: "NOT_FOUND" });
      } else {
        await expect(listFiscalRecords(user)).rejects.toMatchObject({ code: "NOT_FOUND" });
        await expect(getFiscalDocumentForDownload(user, recordId)).rejects.toMatchObject({ code: "NOT_FOUND" });
      }
    });
  }

  it("a manager of the location and a malformed id get NOT_FOUND", async () => {
    const manager = await createManager(testDb, {
      organisationId: m.w.organisation.id,
      locationIds: [m.w.locationA.id],
    });
    await expect(listFiscalRecords(await sessionFor(manager.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getFiscalDocumentForDownload(m.users.beheerder, "x' OR 1=1")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
