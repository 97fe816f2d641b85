// The photo visibility rule, exhaustively, against the real database (lib/photos/visibility.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../db";
import { sessionFor } from "../session";
import { createChild, createFamily, createGuardian, createWorld } from "../../prisma/factories";
import { insertPhoto } from "../photo-fixtures";
import { getPhotoDetail, listChildPhotos } from "../../lib/photos/queries";
import { setPhotoConsent } from "../../lib/consent/mutations";
import type { SessionUser } from "../../lib/auth/session-user";

type World = Awaited<ReturnType<typeof createWorld>>;
let w: World;
let parentA: SessionUser;
// Family C: child in group A whose parents allow photos but no sharing with other parents.
let childC: { id: string };
let parentC: SessionUser;
// Family D: child in group A without any photo consent.
let childD: { id: string };
let parentD: SessionUser;
// Family E: child placed in group A only in March 2026.
let childE: { id: string };
let parentE: SessionUser;

async function sees(user: SessionUser, photoId: string): Promise<boolean> {
  try {
    await getPhotoDetail(user, photoId);
    return true;
  } catch {
    return false;
  }
}

async function inFeed(user: SessionUser, childId: string, photoId: string): Promise<boolean> {
  const { photos } = await listChildPhotos(user, { childId, take: 500 });
  return photos.some((p) => p.id === photoId);
}

beforeAll(async () => {
  w = await createWorld(testDb);
  parentA = await sessionFor(w.parentA.id);
  const organisationId = w.organisation.id;
  const familyC = await createFamily(testDb, { organisationId });
  const guardianC = await createGuardian(testDb, { family: familyC });
  childC = await createChild(testDb, {
    familyId: familyC.id,
    groupId: w.groupA.id,
    consent: { mayPhotograph: true, shareWithGroup: false },
    consentById: guardianC.id,
  });
  parentC = await sessionFor(guardianC.id);
  const familyD = await createFamily(testDb, { organisationId });
  const guardianD = await createGuardian(testDb, { family: familyD });
  childD = await createChild(testDb, {
    familyId: familyD.id,
    groupId: w.groupA.id,
    consent: { mayPhotograph: false, shareWithGroup: false },
    consentById: guardianD.id,
  });
  parentD = await sessionFor(guardianD.id);
  const familyE = await createFamily(testDb, { organisationId });
  const guardianE = await createGuardian(testDb, { family: familyE });
  childE = await createChild(testDb, {
    familyId: familyE.id,
    groupId: w.groupA.id,
    startDate: "2026-03-01",
    endDate: "2026-03-31",
  });
  parentE = await sessionFor(guardianE.id);
});

describe("photo visibility for parents", () => {
  it("a photo tagged with a consenting child is visible to every parent placed in the group on that date", async () => {
    const photo = await insertPhoto(testDb, {
      groupId: w.groupA.id,
      uploadedById: w.staffA.id,
      childIds: [w.childA.id],
    });
    expect(await sees(parentA, photo.id)).toBe(true);
    expect(await sees(parentC, photo.id)).toBe(true);
    expect(await inFeed(parentC, childC.id, photo.id)).toBe(true);
    expect(await sees(await sessionFor(w.parentB.id), photo.id)).toBe(false);
  });

  it("own child tagged without photo consent: invisible, also to the own parents", async () => {
    const photo = await insertPhoto(testDb, { groupId: w.groupA.id, uploadedById: w.staffA.id, childIds: [childD.id] });
    expect(await sees(parentD, photo.id)).toBe(false);
    expect(await sees(parentA, photo.id)).toBe(false);
    expect(await inFeed(parentD, childD.id, photo.id)).toBe(false);
  });

  it("another tagged child without share consent: visible to that child's parents only", async () => {
    const photo = await insertPhoto(testDb, {
      groupId: w.groupA.id,
      uploadedById: w.staffA.id,
      childIds: [w.childA.id, childC.id],
    });
    expect(await sees(parentC, photo.id)).toBe(true);
    expect(await sees(parentA, photo.id)).toBe(false);
    expect(await inFeed(parentA, w.childA.id, photo.id)).toBe(false);
    expect(await sees(parentE, photo.id)).toBe(false);
  });

  it("a parent sees only their own children named on a photo (lib/authz isOwnChild); staff see every tag", async () => {
    const familyF = await createFamily(testDb, { organisationId: w.organisation.id });
    const guardianF = await createGuardian(testDb, { family: familyF });
    const childF = await createChild(testDb, { familyId: familyF.id, groupId: w.groupA.id, consentById: guardianF.id });
    const photo = await insertPhoto(testDb, {
      groupId: w.groupA.id,
      uploadedById: w.staffA.id,
      childIds: [w.childA.id, childF.id],
    });
    const named = async (user: SessionUser) => (await getPhotoDetail(user, photo.id)).tags.map((t) => t.id).sort();
    expect(await named(parentA)).toEqual([w.childA.id]);
    expect(await named(await sessionFor(guardianF.id))).toEqual([childF.id]);
    expect(await named(await sessionFor(w.staffA.id))).toEqual([w.childA.id, childF.id].sort());
  });

  it("untagged photos are invisible to parents; 'no children in this photo' makes them visible to the group", async () => {
    const untagged = await insertPhoto(testDb, { groupId: w.groupA.id, uploadedById: w.staffA.id });
    const noChildren = await insertPhoto(testDb, { groupId: w.groupA.id, uploadedById: w.staffA.id, noChildren: true });
    for (const parent of [parentA, parentC, parentD]) {
      expect(await sees(parent, untagged.id)).toBe(false);
      expect(await sees(parent, noChildren.id)).toBe(true);
    }
    expect(await sees(await sessionFor(w.parentB.id), noChildren.id)).toBe(false);
    // Staff see both: they have to tag or confirm the untagged one.
    expect(await sees(await sessionFor(w.staffA.id), untagged.id)).toBe(true);
  });

  it("removing a photo's last tag (e.g. retention erasing a child) makes it untagged again, not 'tagged with nobody'", async () => {
    const photo = await insertPhoto(testDb, {
      groupId: w.groupA.id,
      uploadedById: w.staffA.id,
      childIds: [w.childA.id],
    });
    expect(await sees(parentC, photo.id)).toBe(true);
    await testDb.photoTag.deleteMany({ where: { photoId: photo.id } });
    expect((await testDb.photo.findUniqueOrThrow({ where: { id: photo.id } })).tagged).toBe(false);
    expect(await sees(parentC, photo.id)).toBe(false);
    await testDb.photoTag.create({ data: { photoId: photo.id, childId: w.childA.id } });
    expect(await sees(parentC, photo.id)).toBe(true);
  });

  it("placement dates: photos before, during and after a placement (inclusive bounds)", async () => {
    const before = await insertPhoto(testDb, {
      groupId: w.groupA.id,
      uploadedById: w.staffA.id,
      noChildren: true,
      takenOn: "2026-02-28",
    });
    const first = await insertPhoto(testDb, {
      groupId: w.groupA.id,
      uploadedById: w.staffA.id,
      noChildren: true,
      takenOn: "2026-03-01",
    });
    const last = await insertPhoto(testDb, {
      groupId: w.groupA.id,
      uploadedById: w.staffA.id,
      noChildren: true,
      takenOn: "2026-03-31",
    });
    const after = await insertPhoto(testDb, {
      groupId: w.groupA.id,
      uploadedById: w.staffA.id,
      noChildren: true,
      takenOn: "2026-04-01",
    });
    expect(await sees(parentE, before.id)).toBe(false);
    expect(await sees(parentE, first.id)).toBe(true);
    expect(await sees(parentE, last.id)).toBe(true);
    expect(await sees(parentE, after.id)).toBe(false);
    expect(await inFeed(parentE, childE.id, after.id)).toBe(false);
    // Placement of family A started 2025-01-06 (open-ended): all four are theirs.
    for (const p of [before, first, last, after]) expect(await sees(parentA, p.id)).toBe(true);
  });

  it("a photo of another group is invisible even on a date the child was placed", async () => {
    const photo = await insertPhoto(testDb, { groupId: w.groupB.id, uploadedById: w.staffB.id, noChildren: true });
    expect(await sees(parentA, photo.id)).toBe(false);
    expect(await sees(await sessionFor(w.parentB.id), photo.id)).toBe(true);
  });

  it("withdrawal takes effect immediately, also for existing photos, and giving consent again restores them", async () => {
    const family = await createFamily(testDb, { organisationId: w.organisation.id });
    const guardian = await createGuardian(testDb, { family });
    const child = await createChild(testDb, { familyId: family.id, groupId: w.groupA.id, consentById: guardian.id });
    const parent = await sessionFor(guardian.id);
    const photo = await insertPhoto(testDb, { groupId: w.groupA.id, uploadedById: w.staffA.id, childIds: [child.id] });
    expect(await inFeed(parentA, w.childA.id, photo.id)).toBe(true);

    await setPhotoConsent(parent, { childId: child.id, mayPhotograph: true, shareWithGroup: false });
    expect(await inFeed(parentA, w.childA.id, photo.id)).toBe(false);
    expect(await inFeed(parent, child.id, photo.id)).toBe(true);

    await setPhotoConsent(parent, { childId: child.id, mayPhotograph: false, shareWithGroup: true });
    expect(await inFeed(parent, child.id, photo.id)).toBe(false);
    const stored = await testDb.child.findUniqueOrThrow({ where: { id: child.id } });
    // Sharing without photographing is stored as "no".
    expect([stored.consentPhotograph, stored.consentShareGroup]).toEqual([false, false]);

    await setPhotoConsent(parent, { childId: child.id, mayPhotograph: true, shareWithGroup: true });
    expect(await inFeed(parentA, w.childA.id, photo.id)).toBe(true);
    const history = await testDb.photoConsent.findMany({
      where: { childId: child.id },
      orderBy: { recordedAt: "asc" },
    });
    expect(history.map((h) => [h.mayPhotograph, h.shareWithGroup, h.recordedById])).toEqual([
      [true, true, guardian.id],
      [true, false, guardian.id],
      [false, false, guardian.id],
      [true, true, guardian.id],
    ]);
    expect(await testDb.auditEvent.count({ where: { action: "consent.changed", childId: child.id } })).toBe(3);
  });

  it("feed: newest first with keyset pagination that never repeats or skips (equal timestamps included)", async () => {
    const family = await createFamily(testDb, { organisationId: w.organisation.id });
    const guardian = await createGuardian(testDb, { family });
    const group = w.groupB;
    const child = await createChild(testDb, {
      familyId: family.id,
      groupId: group.id,
      startDate: "2026-05-01",
      endDate: "2026-05-31",
    });
    const parent = await sessionFor(guardian.id);
    const sameInstant = new Date("2026-05-10T09:00:00.000Z");
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const takenAt = i < 3 ? sameInstant : new Date(Date.UTC(2026, 4, 2 + i, 9));
      ids.push(
        (
          await insertPhoto(testDb, {
            groupId: group.id,
            uploadedById: w.staffB.id,
            noChildren: true,
            takenOn: takenAt.toISOString().slice(0, 10),
            takenAt,
          })
        ).id,
      );
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof listChildPhotos>> = await listChildPhotos(parent, {
        childId: child.id,
        cursor,
        take: 2,
      });
      seen.push(...page.photos.map((p) => p.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(7);
    expect(seen.sort()).toEqual([...ids].sort());
    const full = await listChildPhotos(parent, { childId: child.id, take: 50 });
    const times = full.photos.map((p) => p.takenAt);
    expect([...times].sort().reverse()).toEqual(times);
    // A tampered cursor is just "the first page".
    expect((await listChildPhotos(parent, { childId: child.id, cursor: "bm9wZQ", take: 50 })).photos).toHaveLength(7);
  });
});
