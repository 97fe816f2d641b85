// Authorization matrix for the schriftje: each role x list/read/write, against the real database.
import { beforeAll, describe, expect, it } from "vitest";
import { createWorld } from "../../prisma/factories";
import { testDb } from "../db";
import { sessionFor } from "../session";
import { randomUUID } from "node:crypto";
import { createDiaryEntry } from "../../lib/diary/mutations";
import { DiaryEntrySchema } from "../../lib/diary/schema";
import { getDiaryTimeline, listGroupDiaryDay } from "../../lib/diary/queries";
import { todayDate, toIsoDate } from "../../lib/time";
import type { SessionUser } from "../../lib/authz";

type World = Awaited<ReturnType<typeof createWorld>>;
let world: World;
const today = toIsoDate(todayDate());
const entry = (childId: string, body: string) => ({
  childId,
  date: today,
  body,
  eten: "",
  drinken: "",
  slapen: "",
  verschonen: "",
  activiteiten: "",
  photoIds: [] as string[],
});
const as = (user: { id: string }) => sessionFor(user.id);
const notFound = expect.objectContaining({ code: "NOT_FOUND" });

beforeAll(async () => {
  world = await createWorld(testDb);
});

describe("schriftje: who may write", () => {
  it("staff of the child's group, its location manager and the child's own parents can write", async () => {
    await createDiaryEntry(await as(world.staffA), { ...entry(world.childA.id, "Fijne dag"), slapen: "12:30-14:00" });
    await createDiaryEntry(await as(world.managerA), entry(world.childA.id, "Manager schreef"));
    await createDiaryEntry(await as(world.parentA), entry(world.childA.id, "Slecht geslapen vannacht"));
    const rows = await testDb.diaryEntry.findMany({
      where: { childId: world.childA.id },
      select: { authorRole: true, items: true },
    });
    expect(rows.map((r) => r.authorRole).sort()).toEqual(["PARENT", "STAFF", "STAFF"]);
    expect(rows.some((r) => (r.items as Record<string, string> | null)?.slapen === "12:30-14:00")).toBe(true);
  });

  it.each([
    ["another family's parent", () => world.parentB],
    ["staff of another group", () => world.staffB],
    ["a beheerder (no care role)", () => world.beheerder],
    ["another organisation's beheerder", () => world.otherBeheerder],
  ])("%s cannot write for child A (404)", async (_label, who) => {
    await expect(createDiaryEntry(await as(who()), entry(world.childA.id, "nope"))).rejects.toEqual(notFound);
  });

  it("a manager of another location cannot write for child B, and malformed ids are 404", async () => {
    await expect(createDiaryEntry(await as(world.managerA), entry(world.childB.id, "nope"))).rejects.toEqual(notFound);
    await expect(createDiaryEntry(await as(world.staffA), entry("not-a-uuid", "nope"))).rejects.toEqual(notFound);
    expect(await testDb.diaryEntry.count({ where: { childId: world.childB.id } })).toBe(0);
  });

  it("a deactivated guardian has no session at all", async () => {
    await expect(sessionFor(world.deactivated.id)).rejects.toThrow(/no valid session/);
  });
});

describe("schriftje: who may read", () => {
  let readers: Record<string, SessionUser>;
  beforeAll(async () => {
    await createDiaryEntry(await as(world.staffB), entry(world.childB.id, "Dag van kind B"));
    readers = {
      parentA: await as(world.parentA),
      parentA2: await as(world.parentA2),
      staffA: await as(world.staffA),
      managerA: await as(world.managerA),
      parentB: await as(world.parentB),
      staffB: await as(world.staffB),
      beheerder: await as(world.beheerder),
      otherBeheerder: await as(world.otherBeheerder),
    };
  });

  it("both guardians, the group's staff and the manager read child A, parent entries included", async () => {
    for (const who of ["parentA", "parentA2", "staffA", "managerA"]) {
      const timeline = await getDiaryTimeline(readers[who], world.childA.id);
      expect(timeline.entries.map((e) => e.body)).toContain("Slecht geslapen vannacht");
      expect(timeline.entries.map((e) => e.body)).not.toContain("Dag van kind B");
    }
  });

  it.each(["parentB", "staffB", "beheerder", "otherBeheerder"])("%s cannot read child A (404)", async (who) => {
    await expect(getDiaryTimeline(readers[who], world.childA.id)).rejects.toEqual(notFound);
  });

  it("the managers of location A cannot read child B", async () => {
    await expect(getDiaryTimeline(readers.managerA, world.childB.id)).rejects.toEqual(notFound);
  });

  it("the tablet overview lists only the staff member's group, with who has an entry today", async () => {
    const groups = await listGroupDiaryDay(readers.staffA);
    expect(groups.map((g) => g.id)).toEqual([world.groupA.id]);
    const childA = groups[0].children.find((c) => c.id === world.childA.id);
    expect(childA).toMatchObject({ staffEntries: 2, parentEntries: 1 });
    expect(await listGroupDiaryDay(readers.parentA)).toEqual([]);
    expect(await listGroupDiaryDay(readers.beheerder)).toEqual([]);
  });

  it("script text is stored as text, to be rendered escaped", async () => {
    await createDiaryEntry(readers.parentA, entry(world.childA.id, "<img src=x onerror=alert(1)>"));
    const timeline = await getDiaryTimeline(readers.staffA, world.childA.id);
    expect(timeline.entries[0].body).toBe("<img src=x onerror=alert(1)>");
  });
});

describe("schriftje notifications", () => {
  it("a staff entry e-mails the child's active guardians, not staff; a parent entry e-mails nobody", async () => {
    const before = new Date();
    await createDiaryEntry(await as(world.staffA), entry(world.childA.id, "Nog een dag"));
    const parentA = await testDb.user.findUniqueOrThrow({ where: { id: world.parentA.id } });
    const deactivated = await testDb.user.findUniqueOrThrow({ where: { id: world.deactivated.id } });
    const staffA = await testDb.user.findUniqueOrThrow({ where: { id: world.staffA.id } });
    const mails = await testDb.outboxMail.findMany({
      where: { createdAt: { gte: before }, to: { in: [parentA.email, deactivated.email, staffA.email] } },
    });
    expect(mails.map((m) => m.to)).toEqual([parentA.email]);
    expect(mails[0].text).not.toContain("Nog een dag");

    const beforeParent = new Date();
    await createDiaryEntry(await as(world.parentA), entry(world.childA.id, "Ouder schrijft"));
    expect(await testDb.outboxMail.count({ where: { createdAt: { gte: beforeParent }, to: staffA.email } })).toBe(0);
  });
});

describe("schriftje: one entry per submission (double tap, resend after a lost answer)", () => {
  it("the same key twice, at the same moment or after each other, writes one entry and mails the guardians once", async () => {
    const before = new Date();
    const staff = await as(world.staffA);
    const input = { ...entry(world.childA.id, "Twee keer getikt"), submissionKey: randomUUID() };
    const [first, second] = await Promise.all([createDiaryEntry(staff, input), createDiaryEntry(staff, input)]);
    const third = await createDiaryEntry(staff, input);
    expect(second.id).toBe(first.id);
    expect(third.id).toBe(first.id);
    expect(await testDb.diaryEntry.count({ where: { body: "Twee keer getikt" } })).toBe(1);
    const parentA = await testDb.user.findUniqueOrThrow({ where: { id: world.parentA.id } });
    expect(await testDb.outboxMail.count({ where: { createdAt: { gte: before }, to: parentA.email } })).toBe(1);
  });

  it("keys are per author, and entries without a key are never merged", async () => {
    const key = randomUUID();
    await createDiaryEntry(await as(world.staffA), {
      ...entry(world.childA.id, "Sleutel van staf"),
      submissionKey: key,
    });
    await createDiaryEntry(await as(world.parentA), {
      ...entry(world.childA.id, "Sleutel van ouder"),
      submissionKey: key,
    });
    await createDiaryEntry(await as(world.parentA), entry(world.childA.id, "Zonder sleutel"));
    await createDiaryEntry(await as(world.parentA), entry(world.childA.id, "Zonder sleutel"));
    expect(await testDb.diaryEntry.count({ where: { submissionKey: key } })).toBe(2);
    expect(await testDb.diaryEntry.count({ where: { body: "Zonder sleutel" } })).toBe(2);
  });

  it("a key that is not a uuid is ignored, not an error", () => {
    expect(
      DiaryEntrySchema.parse({ ...entry(world.childA.id, "x"), submissionKey: "'; DROP TABLE" }).submissionKey,
    ).toBeUndefined();
  });
});
