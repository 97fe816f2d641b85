// Photos from the child's feed with a schriftje entry: only staff attach, only photos of that child in their own
// scope, and a parent sees an attached photo only while the photo rule lets them (consent at read time).
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createDiaryEntry } from "../../lib/diary/mutations";
import { getDiaryTimeline, listDiaryPhotoCandidates } from "../../lib/diary/queries";
import { createChild, createWorld } from "../../prisma/factories";
import { todayDate, toIsoDate } from "../../lib/time";
import { testDb } from "../db";
import { sessionFor } from "../session";

type World = Awaited<ReturnType<typeof createWorld>>;
const today = toIsoDate(todayDate());
const entry = (childId: string, photoIds: string[]) => ({
  childId,
  date: today,
  body: "Verven met water",
  eten: "",
  drinken: "",
  slapen: "",
  verschonen: "",
  activiteiten: "",
  photoIds,
});

async function photoOf(groupId: string, childIds: string[], uploadedById: string) {
  const id = randomUUID();
  await testDb.photo.create({
    data: {
      id,
      groupId,
      takenOn: new Date(`${today}T00:00:00Z`),
      takenAt: new Date(),
      uploadedById,
      contentHash: id.replaceAll("-", ""),
      width: 10,
      height: 10,
      thumbKey: `photos/${id}/thumb.webp`,
      displayKey: `photos/${id}/display.webp`,
      downloadKey: `photos/${id}/download.jpg`,
      tags: { create: childIds.map((childId) => ({ childId })) },
    },
  });
  return id;
}

let w: World;
beforeAll(async () => {
  w = await createWorld(testDb);
});

describe("schriftje photos", () => {
  it("staff attach photos of the child; the parent sees them in the timeline", async () => {
    const staff = await sessionFor(w.staffA.id);
    const photo = await photoOf(w.groupA.id, [w.childA.id], w.staffA.id);
    expect((await listDiaryPhotoCandidates(staff, w.childA.id)).map((p) => p.id)).toContain(photo);
    const { id } = await createDiaryEntry(staff, entry(w.childA.id, [photo]));
    const timeline = await getDiaryTimeline(await sessionFor(w.parentA.id), w.childA.id);
    const shown = timeline.entries.find((e) => e.id === id)!;
    expect(shown.photos.map((p) => p.id)).toEqual([photo]);
    expect(shown.photos[0].thumbUrl).toBe(`/api/photos/${photo}/thumb`);
  });

  it("refuses photos not of this child, of another group, unknown or malformed ids, and any photo from a parent", async () => {
    const staff = await sessionFor(w.staffA.id);
    const sibling = await createChild(testDb, { familyId: w.familyA.id, groupId: w.groupA.id });
    const notThisChild = await photoOf(w.groupA.id, [sibling.id], w.staffA.id);
    const otherGroup = await photoOf(w.groupB.id, [w.childB.id], w.staffB.id);
    const own = await photoOf(w.groupA.id, [w.childA.id], w.staffA.id);
    for (const ids of [[notThisChild], [otherGroup], [randomUUID()], ["not-a-uuid"], [own, otherGroup]]) {
      await expect(createDiaryEntry(staff, entry(w.childA.id, ids))).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(createDiaryEntry(await sessionFor(w.parentA.id), entry(w.childA.id, [own]))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await listDiaryPhotoCandidates(await sessionFor(w.parentA.id), w.childA.id)).toEqual([]);
    expect(await listDiaryPhotoCandidates(await sessionFor(w.staffB.id), w.childA.id)).toEqual([]);
    // Nothing was written by the refused attempts.
    expect(await testDb.diaryEntryPhoto.count({ where: { photoId: { in: [notThisChild, otherGroup] } } })).toBe(0);
  });

  it("applies the photo rule when reading: a photo with a child whose parents do not share disappears for others", async () => {
    const world = await createWorld(testDb);
    const staff = await sessionFor(world.staffA.id);
    const other = await createChild(testDb, {
      familyId: world.familyB.id,
      groupId: world.groupA.id,
      consent: { mayPhotograph: true, shareWithGroup: true },
    });
    const together = await photoOf(world.groupA.id, [world.childA.id, other.id], world.staffA.id);
    const { id } = await createDiaryEntry(staff, entry(world.childA.id, [together]));
    const parentA = await sessionFor(world.parentA.id);
    const photosFor = async () =>
      (await getDiaryTimeline(parentA, world.childA.id)).entries.find((e) => e.id === id)!.photos;
    expect(await photosFor()).toHaveLength(1);
    await testDb.child.update({ where: { id: other.id }, data: { consentShareGroup: false } });
    expect(await photosFor()).toEqual([]);
    // Staff still see it (consent governs distribution to parents).
    expect((await getDiaryTimeline(staff, world.childA.id)).entries.find((e) => e.id === id)!.photos).toHaveLength(1);
  });
});
