// Issue 16.11: every write once per submission. A double tap or a resend after a lost answer carries the same
// submission key (lib/forms/submission-key.ts); contract change requests, news items, family documents and photos
// are written once, also when both requests arrive at the same moment, as messages and schriftje entries are
// (tests/integration/messages-authz.test.ts). The same key from another author, or no key, is a separate write.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../lib/auth/session-user";
import { requestContractChange } from "../../lib/contracts/mutations";
import { changeRequestSchema, type ChangeRequestInput } from "../../lib/contracts/schema";
import { uploadFamilyDocument } from "../../lib/documents/mutations";
import { UploadDocumentSchema } from "../../lib/documents/schema";
import { publishNews } from "../../lib/news/mutations";
import { PublishNewsSchema } from "../../lib/news/schema";
import { handleUpload } from "../../lib/photos/http";
import { uploadMetaFromSearchParams } from "../../lib/photos/schema";
import { dateOnly } from "../../lib/time";
import { createWorld } from "../../prisma/factories";
import { testDb } from "../db";
import { tinyPdf } from "../fixtures/files";
import { jpegWithGps } from "../photo-fixtures";
import { sessionFor } from "../session";

let world: Awaited<ReturnType<typeof createWorld>>;
const as: Record<"parentA" | "parentA2" | "staffA" | "beheerder", SessionUser> = {} as never;
const TODAY = dateOnly("2026-11-24");

beforeAll(async () => {
  world = await createWorld(testDb);
  for (const role of ["parentA", "parentA2", "staffA", "beheerder"] as const)
    as[role] = await sessionFor(world[role].id);
});

describe("contract change requests", () => {
  // childA: KDV on Monday and Wednesday (factories); a Tuesday morning can be asked for.
  const request = (submissionKey?: string): ChangeRequestInput => ({
    childId: world.childA.id,
    kind: "ADD_DAY",
    weekday: 2,
    dagdeel: "OCHTEND",
    effectiveDate: "2027-01-04",
    endDate: null,
    comment: "Dubbel getikt",
    submissionKey,
  });
  const requestsWith = (submissionKey: string) =>
    testDb.contractChangeRequest.findMany({ where: { submissionKey }, select: { id: true } });

  it("sent twice with the same key, one after the other or at the same moment, is recorded once", async () => {
    const key = randomUUID();
    const first = await requestContractChange(as.parentA, request(key), TODAY);
    const again = await requestContractChange(as.parentA, request(key), TODAY);
    expect(again.id).toBe(first.id);
    const together = randomUUID();
    const [a, b] = await Promise.all([
      requestContractChange(as.parentA, request(together), TODAY),
      requestContractChange(as.parentA, request(together), TODAY),
    ]);
    expect(b.id).toBe(a.id);
    expect(await requestsWith(key)).toHaveLength(1);
    expect(await requestsWith(together)).toHaveLength(1);
    // One audit event per request, none for the rolled-back second write.
    expect(await testDb.auditEvent.count({ where: { action: "contract_change.requested", entityId: a.id } })).toBe(1);
  });

  it("the same key from the other guardian, or no key at all, is a request of its own", async () => {
    const key = randomUUID();
    await Promise.all([
      requestContractChange(as.parentA, request(key), TODAY),
      requestContractChange(as.parentA2, request(key), TODAY),
    ]);
    expect(await requestsWith(key)).toHaveLength(2);
    const before = await testDb.contractChangeRequest.count({ where: { childId: world.childA.id } });
    await Promise.all([
      requestContractChange(as.parentA, request(), TODAY),
      requestContractChange(as.parentA, request(), TODAY),
    ]);
    expect(await testDb.contractChangeRequest.count({ where: { childId: world.childA.id } })).toBe(before + 2);
  });

  it("the form's key goes through the schema; a malformed key is ignored, not an error", () => {
    const key = randomUUID();
    const fields = { childId: world.childA.id, kind: "END_CONTRACT", effectiveDate: "2027-01-04" };
    expect(changeRequestSchema(TODAY).parse({ ...fields, submissionKey: key }).submissionKey).toBe(key);
    expect(changeRequestSchema(TODAY).parse({ ...fields, submissionKey: "x' OR 1=1" }).submissionKey).toBeUndefined();
  });
});

describe("news items", () => {
  const input = (title: string, submissionKey?: string) => ({ title, body: "Tekst", locationId: "", submissionKey });

  it("published twice with the same key at the same moment is one item (with one attachment)", async () => {
    const key = randomUUID();
    const [a, b] = await Promise.all([
      publishNews(as.beheerder, { input: input("Eén keer nieuws", key), attachment: tinyPdf() }),
      publishNews(as.beheerder, { input: input("Eén keer nieuws", key), attachment: tinyPdf() }),
    ]);
    expect(b.id).toBe(a.id);
    const again = await publishNews(as.beheerder, { input: input("Eén keer nieuws", key), attachment: null });
    expect(again.id).toBe(a.id);
    expect(await testDb.newsItem.count({ where: { title: "Eén keer nieuws" } })).toBe(1);
    expect(await testDb.newsItem.count({ where: { submissionKey: key } })).toBe(1);
    expect(PublishNewsSchema.parse({ ...input("x"), submissionKey: key }).submissionKey).toBe(key);
  });

  it("without a key, two submissions are two items", async () => {
    await Promise.all([
      publishNews(as.beheerder, { input: input("Twee keer nieuws"), attachment: null }),
      publishNews(as.beheerder, { input: input("Twee keer nieuws"), attachment: null }),
    ]);
    expect(await testDb.newsItem.count({ where: { title: "Twee keer nieuws" } })).toBe(2);
  });
});

describe("family documents", () => {
  it("uploaded twice with the same key at the same moment is one document", async () => {
    const key = randomUUID();
    const input = UploadDocumentSchema.parse({
      debiteurnummer: world.familyA.debiteurnummer,
      title: "Jaaropgave dubbel",
      category: "JAAROPGAVE",
      submissionKey: key,
    });
    expect(input.submissionKey).toBe(key);
    const [a, b] = await Promise.all([
      uploadFamilyDocument(as.beheerder, { input, bytes: tinyPdf() }),
      uploadFamilyDocument(as.beheerder, { input, bytes: tinyPdf() }),
    ]);
    expect(b).toEqual(a);
    expect(a.debiteurnummer).toBe(world.familyA.debiteurnummer);
    const again = await uploadFamilyDocument(as.beheerder, { input, bytes: tinyPdf() });
    expect(again.id).toBe(a.id);
    expect(await testDb.familyDocument.count({ where: { title: "Jaaropgave dubbel" } })).toBe(1);
  });
});

describe("photos", () => {
  const uploadRequest = (bytes: Buffer, submissionKey?: string) =>
    new Request(
      `http://localhost/api/photos?groupId=${world.groupA.id}&noChildren=1&caption=Dubbel${
        submissionKey ? `&submissionKey=${submissionKey}` : ""
      }`,
      { method: "POST", body: new Uint8Array(bytes), headers: { "content-length": String(bytes.length) } },
    );

  it("the same file sent twice with its key at the same moment is one photo, and both answers name it", async () => {
    const bytes = await jpegWithGps();
    const key = randomUUID();
    const responses = await Promise.all([
      handleUpload(as.staffA, uploadRequest(bytes, key)),
      handleUpload(as.staffA, uploadRequest(bytes, key)),
    ]);
    const bodies = (await Promise.all(responses.map((r) => r.json()))) as { ok: boolean; id: string }[];
    expect(responses.map((r) => r.status)).toEqual([201, 201]);
    expect(bodies[1].id).toBe(bodies[0].id);
    const again = (await (await handleUpload(as.staffA, uploadRequest(bytes, key))).json()) as { id: string };
    expect(again.id).toBe(bodies[0].id);
    expect(await testDb.photo.count({ where: { submissionKey: key } })).toBe(1);
    expect(
      uploadMetaFromSearchParams(new URLSearchParams(`groupId=${world.groupA.id}&submissionKey=${key}`)).data,
    ).toMatchObject({ submissionKey: key });
  });

  it("without a key, the same file twice is two photos", async () => {
    const bytes = await jpegWithGps();
    const before = await testDb.photo.count({ where: { groupId: world.groupA.id } });
    await Promise.all([handleUpload(as.staffA, uploadRequest(bytes)), handleUpload(as.staffA, uploadRequest(bytes))]);
    expect(await testDb.photo.count({ where: { groupId: world.groupA.id } })).toBe(before + 2);
  });
});
