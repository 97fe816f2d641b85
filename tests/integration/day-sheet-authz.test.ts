// Issue 18, the group day sheet and "volgende kind": one item for several children at once (each child's own entry,
// all scope-checked or nothing written, once per submission), and the next child present. Real database.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../db";
import { ACTORS, type Actor, setupMatrix } from "../matrix";
import { createChild, createFamily, createGuardian } from "../../prisma/factories";
import { createGroupDiaryEntries } from "../../lib/diary/mutations";
import { GroupDiarySchema } from "../../lib/diary/schema";
import { nextPresentChild } from "../../lib/presence/queries";
import { checkIn } from "../../lib/presence/mutations";
import { addActivity } from "../../components/diary/diary-entry-form";
import { amsterdamDateString } from "../../lib/time";

type Matrix = Awaited<ReturnType<typeof setupMatrix>>;
let m: Matrix;
let three: { id: string; firstName: string }[];

const outcome = async (run: () => Promise<unknown>): Promise<"ok" | "404"> => {
  try {
    await run();
    return "ok";
  } catch (error) {
    if ((error as { code?: string }).code === "NOT_FOUND") return "404";
    throw error;
  }
};

beforeAll(async () => {
  m = await setupMatrix();
  three = [m.w.childA];
  for (const name of ["Bas", "Cas"]) {
    const family = await createFamily(testDb, { organisationId: m.w.organisation.id });
    const guardian = await createGuardian(testDb, { family });
    three.push(
      await createChild(testDb, {
        familyId: family.id,
        groupId: m.w.groupA.id,
        firstName: name,
        consentById: guardian.id,
      }),
    );
  }
});

const sheet = (childIds: string[], submissionKey = randomUUID()) =>
  GroupDiarySchema.parse({
    childIds,
    date: amsterdamDateString(),
    item: "slapen",
    value: "12:30-14:00",
    submissionKey,
  });

describe("group day sheet", () => {
  it("three children at once: each schriftje gets its own entry; the same submission again writes nothing", async () => {
    const input = sheet(three.map((c) => c.id));
    expect(await createGroupDiaryEntries(m.users.staffOwn, input)).toEqual({ created: 3 });
    expect(await createGroupDiaryEntries(m.users.staffOwn, input)).toEqual({ created: 0 });
    const entries = await testDb.diaryEntry.findMany({
      where: { childId: { in: three.map((c) => c.id) }, authorId: m.w.staffA.id },
      select: { childId: true, items: true },
    });
    expect(entries).toHaveLength(3);
    expect(entries.every((e) => (e.items as { slapen?: string }).slapen === "12:30-14:00")).toBe(true);
  });

  // Staff of the group and the location's manager write in the schriftje; nobody else, and one child outside the
  // scope means nothing is written for anyone.
  const WRITE: Record<Actor, "ok" | "404"> = {
    parentOwn: "404",
    parentOther: "404",
    staffOwn: "ok",
    staffOther: "404",
    managerOwn: "ok",
    managerOther: "404",
    beheerder: "404",
    otherOrg: "404",
  };
  for (const actor of ACTORS)
    it(`${actor}: writes the day sheet for group A's children or gets 404`, async () => {
      const before = await testDb.diaryEntry.count({ where: { childId: { in: three.map((c) => c.id) } } });
      expect(await outcome(() => createGroupDiaryEntries(m.users[actor], sheet(three.map((c) => c.id))))).toBe(
        WRITE[actor],
      );
      const after = await testDb.diaryEntry.count({ where: { childId: { in: three.map((c) => c.id) } } });
      expect(after - before).toBe(WRITE[actor] === "ok" ? 3 : 0);
    });

  it("one child of another group: nothing is written for anyone", async () => {
    const before = await testDb.diaryEntry.count({ where: { authorId: m.w.staffA.id } });
    expect(await outcome(() => createGroupDiaryEntries(m.users.staffOwn, sheet([three[0].id, m.w.childB.id])))).toBe(
      "404",
    );
    expect(await testDb.diaryEntry.count({ where: { authorId: m.w.staffA.id } })).toBe(before);
    expect(
      GroupDiarySchema.safeParse({ childIds: [], date: amsterdamDateString(), item: "slapen", value: "x" }).success,
    ).toBe(false);
  });

  it("activity chips add up, without doubles", () => {
    expect(addActivity("", "Buitenspelen")).toBe("Buitenspelen");
    expect(addActivity("Buitenspelen", "Verven")).toBe("Buitenspelen, Verven");
    expect(addActivity("Buitenspelen, Verven", "Verven")).toBe("Buitenspelen, Verven");
  });

  it("volgende kind: the next child present in the group, by name, wrapping around", async () => {
    const staff = m.users.staffOwn;
    expect(await nextPresentChild(staff, three[1].id)).toBeNull();
    for (const child of three) await checkIn(staff, { groupId: m.w.groupA.id, childId: child.id, time: "" });
    const sorted = [...three].sort((a, b) => a.firstName.localeCompare(b.firstName));
    const names = await Promise.all(sorted.map((c) => nextPresentChild(staff, c.id)));
    expect(names.map((n) => n?.id)).toEqual([sorted[1].id, sorted[2].id, sorted[0].id]);
    expect(await nextPresentChild(m.users.staffOther, three[0].id)).toBeNull();
    expect(await nextPresentChild(m.users.parentOwn, three[0].id)).toBeNull();
  });
});
