// Two households (issue 14): a child of separated parents belongs to its first family and to a second household.
// Both households see the child, its schriftje and its photos; each sees only its own threads, documents, care
// requests and contacts. lib/authz/family.ts (ownFamily, ownChildren, isOwnChild) is the one place that decides;
// this is its matrix, on the real database: the usual actors plus the second household's parent.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createFamily, createGuardian } from "../../prisma/factories";
import { testDb } from "../db";
import { sessionFor } from "../session";
import { ACTORS, setupMatrix, type Actor } from "../matrix";
import type { SessionUser } from "../../lib/auth/session-user";
import { isOwnChild } from "../../lib/authz";
import { listVisibleChildren } from "../../lib/children/queries";
import { getDiaryTimeline } from "../../lib/diary/queries";
import { resolvePhotoScope } from "../../lib/photos/queries";
import { getThread, listRecipientOptions, listThreads } from "../../lib/messages/queries";
import { getDocumentForDownload, listOwnDocuments } from "../../lib/documents/queries";
import { careRequestScope } from "../../lib/planning/scope";
import { cancelCareRequest } from "../../lib/planning/mutations";
import { listOwnContacts } from "../../lib/contacts/queries";
import { todayDate } from "../../lib/time";
import { addChildHousehold, removeChildHousehold } from "../../lib/beheer/mutations";

type HouseholdActor = Actor | "parentSecond";
let m: Awaited<ReturnType<typeof setupMatrix>>;
let users: Record<HouseholdActor, SessionUser>;
let second: { id: string; debiteurnummer: string };
const ids = {} as Record<
  | "threadFirst"
  | "threadSecond"
  | "docFirst"
  | "docSecond"
  | "requestFirst"
  | "requestSecond"
  | "contactFirst"
  | "contactSecond"
  | "diaryStaff"
  | "diarySecondParent"
  | "photo",
  string
>;

beforeAll(async () => {
  m = await setupMatrix();
  const { w } = m;
  // Child A (family A, group A) also lives with the other parent: household "second", with its own debiteurnummer.
  second = await createFamily(testDb, { organisationId: w.organisation.id, name: "Huishouden twee" });
  const parentSecond = await createGuardian(testDb, { family: { ...second, organisationId: w.organisation.id } });
  await testDb.childHousehold.create({ data: { childId: w.childA.id, familyId: second.id } });
  users = { ...m.users, parentSecond: await sessionFor(parentSecond.id) };
  // Photographed, but not to be shared with other families: both households still see it, as their own child.
  await testDb.child.update({
    where: { id: w.childA.id },
    data: { consentPhotograph: true, consentShareGroup: false },
  });

  const thread = (familyId: string, createdById: string) =>
    testDb.thread.create({
      data: {
        kind: "GROUP",
        familyId,
        groupId: w.groupA.id,
        locationId: w.locationA.id,
        subject: "Vraag",
        createdById,
      },
      select: { id: true },
    });
  ids.threadFirst = (await thread(w.familyA.id, w.parentA.id)).id;
  ids.threadSecond = (await thread(second.id, parentSecond.id)).id;
  for (const t of [ids.threadFirst, ids.threadSecond])
    await testDb.message.create({ data: { threadId: t, authorId: w.staffA.id, body: "Hallo" } });
  const doc = (familyId: string) =>
    testDb.familyDocument.create({
      data: {
        familyId,
        title: "Factuur",
        category: "FACTUUR",
        storageKey: `documents/${randomUUID()}/f.pdf`,
        size: 1,
        uploadedById: w.beheerder.id,
      },
      select: { id: true },
    });
  ids.docFirst = (await doc(w.familyA.id)).id;
  ids.docSecond = (await doc(second.id)).id;
  const request = (familyId: string, requestedById: string, date: string) =>
    testDb.careRequest.create({
      data: {
        batchId: randomUUID(),
        childId: w.childA.id,
        familyId,
        groupId: w.groupA.id,
        type: "EXTRA",
        date: new Date(date),
        dagdeel: "OCHTEND",
        payment: "INVOICE",
        costMinutes: 330,
        requestedById,
      },
      select: { id: true },
    });
  ids.requestFirst = (await request(w.familyA.id, w.parentA.id, "2099-06-02")).id;
  ids.requestSecond = (await request(second.id, parentSecond.id, "2099-06-03")).id;
  const contact = (familyId: string, name: string) =>
    testDb.contactPerson.create({ data: { familyId, name, phone: "0612345678" }, select: { id: true } });
  ids.contactFirst = (await contact(w.familyA.id, "Oma Eerste")).id;
  ids.contactSecond = (await contact(second.id, "Opa Tweede")).id;
  const diary = (authorId: string, authorRole: "STAFF" | "PARENT", body: string) =>
    testDb.diaryEntry.create({
      data: { childId: w.childA.id, date: new Date("2026-03-02"), authorId, authorRole, body },
      select: { id: true },
    });
  ids.diaryStaff = (await diary(w.staffA.id, "STAFF", "Goed geslapen")).id;
  ids.diarySecondParent = (await diary(parentSecond.id, "PARENT", "Weekend bij papa")).id;
  const photo = await testDb.photo.create({
    data: {
      groupId: w.groupA.id,
      takenOn: new Date("2026-03-02"),
      takenAt: new Date("2026-03-02T10:00:00Z"),
      uploadedById: w.staffA.id,
      contentHash: randomUUID(),
      width: 10,
      height: 10,
      thumbKey: "t",
      displayKey: "d",
      downloadKey: "o",
      tags: { create: [{ childId: w.childA.id }] },
    },
  });
  ids.photo = photo.id;
});

const PARENTS: HouseholdActor[] = ["parentOwn", "parentSecond", "parentOther"];

describe("two households: what they share", () => {
  it("both households see the child; nobody else's parents do", async () => {
    const sees = async (actor: HouseholdActor) => (await listVisibleChildren(users[actor])).map((c) => c.id);
    expect(await sees("parentOwn")).toEqual([m.w.childA.id]);
    expect(await sees("parentSecond")).toEqual([m.w.childA.id]);
    expect(await sees("parentOther")).not.toContain(m.w.childA.id);
  });

  it("the schriftje is shared: both households read the staff's and each other's entries", async () => {
    for (const actor of ["parentOwn", "parentSecond"] as const) {
      const timeline = await getDiaryTimeline(users[actor], m.w.childA.id);
      expect(timeline.entries.map((e) => e.id).sort()).toEqual([ids.diaryStaff, ids.diarySecondParent].sort());
    }
    await expect(getDiaryTimeline(users.parentOther, m.w.childA.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("photos are shared: the child counts as their own for both households (no share consent needed)", async () => {
    const visible = async (actor: HouseholdActor) =>
      (await testDb.photo.findMany({ where: await resolvePhotoScope(users[actor]), select: { id: true } })).map(
        (p) => p.id,
      );
    expect(await visible("parentOwn")).toContain(ids.photo);
    expect(await visible("parentSecond")).toContain(ids.photo);
    expect(await visible("parentOther")).not.toContain(ids.photo);
  });

  it("isOwnChild, the in-memory twin, agrees", () => {
    const child = { familyId: m.w.familyA.id, households: [{ familyId: second.id }] };
    expect(isOwnChild(users.parentOwn as never, child)).toBe(true);
    expect(isOwnChild(users.parentSecond as never, child)).toBe(true);
    expect(isOwnChild(users.parentOther as never, child)).toBe(false);
    expect(isOwnChild(users.parentSecond as never, { familyId: m.w.familyA.id })).toBe(false);
    // With the child's id, the session's shared children decide (no households loaded).
    expect(isOwnChild(users.parentSecond as never, { id: m.w.childA.id, familyId: m.w.familyA.id })).toBe(true);
    expect(isOwnChild(users.parentOther as never, { id: m.w.childA.id, familyId: m.w.familyA.id })).toBe(false);
  });
});

describe("two households: what each keeps to itself", () => {
  const own: Record<string, [string, string]> = {
    parentOwn: ["First", "Second"],
    parentSecond: ["Second", "First"],
  };

  it("threads: each household only its own; the other's thread is NOT_FOUND", async () => {
    for (const [actor, [mine, theirs]] of Object.entries(own)) {
      const user = users[actor as HouseholdActor];
      const threads = (await listThreads(user)).map((t) => t.id);
      expect(threads).toContain(ids[`thread${mine}` as keyof typeof ids]);
      expect(threads).not.toContain(ids[`thread${theirs}` as keyof typeof ids]);
      await expect(getThread(user, ids[`thread${theirs}` as keyof typeof ids])).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
  });

  it("documents (invoices): each household only its own", async () => {
    for (const [actor, [mine, theirs]] of Object.entries(own)) {
      const user = users[actor as HouseholdActor];
      expect((await listOwnDocuments(user)).map((d) => d.id)).toEqual([ids[`doc${mine}` as keyof typeof ids]]);
      await expect(getDocumentForDownload(user, ids[`doc${theirs}` as keyof typeof ids])).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
  });

  it("care requests: each household sees and cancels only its own", async () => {
    const today = todayDate();
    for (const [actor, [mine, theirs]] of Object.entries(own)) {
      const user = users[actor as HouseholdActor];
      const rows = await testDb.careRequest.findMany({
        where: { AND: [{ childId: m.w.childA.id }, await careRequestScope(user, today)] },
        select: { id: true },
      });
      expect(rows.map((r) => r.id)).toEqual([ids[`request${mine}` as keyof typeof ids]]);
      await expect(cancelCareRequest(user, ids[`request${theirs}` as keyof typeof ids])).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
  });

  it("contacts: each household only its own", async () => {
    expect((await listOwnContacts(users.parentOwn)).map((c) => c.id)).toEqual([ids.contactFirst]);
    expect((await listOwnContacts(users.parentSecond)).map((c) => c.id)).toEqual([ids.contactSecond]);
  });
});

describe("two households: the matrix", () => {
  // Who sees the second household's thread: its own parents and the child's group staff and location manager.
  const threadVisible: HouseholdActor[] = ["parentSecond", "staffOwn", "managerOwn"];
  for (const actor of [...ACTORS, "parentSecond"] as HouseholdActor[]) {
    it(`${actor}: the second household's thread ${threadVisible.includes(actor) ? "visible" : "NOT_FOUND"}`, async () => {
      const read = getThread(users[actor], ids.threadSecond);
      if (threadVisible.includes(actor)) await expect(read).resolves.toMatchObject({ id: ids.threadSecond });
      else await expect(read).rejects.toMatchObject({ code: "NOT_FOUND" });
    });
  }

  it("the child's group staff can write to each household separately; other staff to neither", async () => {
    const families = (await listRecipientOptions(users.staffOwn))
      .filter((o) => o.kind === "family")
      .map((o) => o.value);
    expect(families).toContain(`family:${m.w.groupA.id}:${m.w.familyA.id}`);
    expect(families).toContain(`family:${m.w.groupA.id}:${second.id}`);
    const other = (await listRecipientOptions(users.staffOther)).map((o) => o.value);
    expect(other.some((v) => v.endsWith(second.id))).toBe(false);
  });

  it("each parent's own children are exactly their household's", async () => {
    for (const actor of PARENTS) {
      const children = await listVisibleChildren(users[actor]);
      for (const child of children) {
        const row = await testDb.child.findUniqueOrThrow({
          where: { id: child.id },
          select: { familyId: true, households: { select: { familyId: true } } },
        });
        expect(isOwnChild(users[actor] as never, row)).toBe(true);
      }
    }
  });
});

describe("two households: the beheerder links and unlinks them", () => {
  it("a linked household sees the child from then on, an unlinked one no longer; audited", async () => {
    const { w } = m;
    const household = await createFamily(testDb, { organisationId: w.organisation.id });
    const { id } = await createGuardian(testDb, { family: { ...household, organisationId: w.organisation.id } });
    // The session is loaded on every request (lib/auth/session.ts), so each step is a new request here too.
    expect(await listVisibleChildren(await sessionFor(id))).toEqual([]);
    await addChildHousehold(users.beheerder, { childId: w.childB.id, debiteurnummer: household.debiteurnummer });
    expect((await listVisibleChildren(await sessionFor(id))).map((c) => c.id)).toEqual([w.childB.id]);
    await removeChildHousehold(users.beheerder, { childId: w.childB.id, householdId: household.id });
    expect(await listVisibleChildren(await sessionFor(id))).toEqual([]);
    expect(
      await testDb.auditEvent.count({
        where: { action: { startsWith: "admin.child.household_" }, childId: w.childB.id, familyId: household.id },
      }),
    ).toBe(2);
  });

  it("the child's own family, an unknown or another organisation's debiteurnummer: translated errors", async () => {
    const { w } = m;
    await expect(
      addChildHousehold(users.beheerder, { childId: w.childB.id, debiteurnummer: w.familyB.debiteurnummer }),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "admin.sameHousehold" });
    const elsewhere = await createFamily(testDb, { organisationId: w.otherOrganisation.id });
    for (const debiteurnummer of [elsewhere.debiteurnummer, "99999999999"])
      await expect(addChildHousehold(users.beheerder, { childId: w.childB.id, debiteurnummer })).rejects.toMatchObject({
        code: "NOT_FOUND",
        messageKey: "admin.targetFamilyUnknown",
      });
    await expect(
      addChildHousehold(users.otherOrg, { childId: w.childB.id, debiteurnummer: elsewhere.debiteurnummer }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
