// Issue 18: consent at the source, tagging after upload, a photo's date is when it was taken, and consent from a paper
// intake form. Authorization matrix (each role x each action) plus the rules, against the real database.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { testDb } from "../db";
import { sessionFor } from "../session";
import { ACTORS, type Actor, setupMatrix } from "../matrix";
import { createChild, createFamily, createGuardian } from "../../prisma/factories";
import { insertPhoto, jpegTakenAt, jpegWithGps } from "../photo-fixtures";
import { createPhoto, setPhotoTags, setPhotoTakenAt } from "../../lib/photos/mutations";
import { getPhotoDetail, getPhotoTagging, listChildPhotos } from "../../lib/photos/queries";
import { handleUpload } from "../../lib/photos/http";
import { PhotoError } from "../../lib/photos/errors";
import { photoDateFromCapture, correctedPhotoDate } from "../../lib/photos/dates";
import { recordPaperConsent, setPhotoConsent } from "../../lib/consent/mutations";
import { getChildForPaperConsent, listChildConsents, listConsentTodos } from "../../lib/consent/queries";
import { getStorage } from "../../lib/storage";
import { amsterdamDateString, amsterdamInstant, addCalendarDays, todayDate, toIsoDate } from "../../lib/time";
import { now as clockNow } from "../../lib/clock";
import type { SessionUser } from "../../lib/auth/session-user";

type Matrix = Awaited<ReturnType<typeof setupMatrix>>;
let m: Matrix;
/** Child in group A whose parents said no to photos. */
let noPhotos: { id: string; firstName: string; lastName: string };
/** Child in group A without any recorded choice (no PhotoConsent row at all). */
let noChoice: { id: string; firstName: string; lastName: string; familyId: string };
let noChoiceParent: SessionUser;

const outcome = async (run: () => Promise<unknown>): Promise<"ok" | "404" | string> => {
  try {
    await run();
    return "ok";
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "NOT_FOUND") return "404";
    if (code) return code;
    throw error;
  }
};

const uploadRequest = (groupId: string, bytes: Buffer, extra = "") =>
  new Request(`http://localhost/api/photos?groupId=${groupId}${extra}`, {
    method: "POST",
    body: new Uint8Array(bytes),
    headers: { "content-length": String(bytes.length) },
  });

/** The Amsterdam wall clock of an instant as EXIF writes it. */
const exifWall = (instant: Date) => {
  const day = amsterdamDateString(instant).replaceAll("-", ":");
  const clock = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Amsterdam",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).format(instant);
  return `${day} ${clock}`;
};

beforeAll(async () => {
  m = await setupMatrix();
  const familyN = await createFamily(testDb, { organisationId: m.w.organisation.id });
  const guardianN = await createGuardian(testDb, { family: familyN });
  noPhotos = await createChild(testDb, {
    familyId: familyN.id,
    groupId: m.w.groupA.id,
    firstName: "Jesse",
    lastName: `Nee${Date.now()}`,
    consent: { mayPhotograph: false, shareWithGroup: false },
    consentById: guardianN.id,
  });
  const familyC = await createFamily(testDb, { organisationId: m.w.organisation.id });
  const guardianC = await createGuardian(testDb, { family: familyC });
  // No consentById: no PhotoConsent row; the Child flags default to "no".
  noChoice = await createChild(testDb, {
    familyId: familyC.id,
    groupId: m.w.groupA.id,
    firstName: "Fleur",
    lastName: `Open${Date.now()}`,
  });
  await testDb.child.update({
    where: { id: noChoice.id },
    data: { consentPhotograph: false, consentShareGroup: false },
  });
  noChoiceParent = await sessionFor(guardianC.id);
});

afterEach(() => vi.restoreAllMocks());

describe("consent at the source: tagging a child without photo consent is refused and nothing is stored", () => {
  it("on upload: 422 naming the child, no photo row, no stored bytes", async () => {
    const staff = m.users.staffOwn;
    const put = vi.spyOn(getStorage(), "put");
    const before = await testDb.photo.count({ where: { groupId: m.w.groupA.id } });
    const response = await handleUpload(
      staff,
      uploadRequest(
        m.w.groupA.id,
        await jpegWithGps({ width: 32, height: 32 }),
        `&childIds=${m.w.childA.id},${noPhotos.id}`,
      ),
    );
    expect(response.status).toBe(422);
    const body = (await response.json()) as { ok: boolean; error: string; values: Record<string, string> };
    expect(body.error).toBe("photos.errors.noConsent");
    expect(body.values.names).toBe(`${noPhotos.firstName} ${noPhotos.lastName}`);
    expect(put).not.toHaveBeenCalled();
    expect(await testDb.photo.count({ where: { groupId: m.w.groupA.id } })).toBe(before);
  });

  it("a child without any recorded choice counts as no consent", async () => {
    const error = await createPhoto(m.users.staffOwn, {
      meta: { groupId: m.w.groupA.id, caption: "", childIds: [noChoice.id], noChildren: false },
      bytes: await jpegWithGps({ width: 32, height: 32 }),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PhotoError);
    expect((error as PhotoError).values.names).toBe(`${noChoice.firstName} ${noChoice.lastName}`);
  });

  it("a consenting child is accepted as before", async () => {
    const response = await handleUpload(
      m.users.staffOwn,
      uploadRequest(m.w.groupA.id, await jpegWithGps({ width: 32, height: 32 }), `&childIds=${m.w.childA.id}`),
    );
    expect(response.status).toBe(201);
  });
});

describe("a photo's date is when it was taken", () => {
  it("pure rule: capture time inside the window, else the upload time", () => {
    const upload = new Date("2026-11-27T08:00:00Z");
    const yesterday = new Date("2026-11-26T15:30:00Z");
    expect(photoDateFromCapture(yesterday, upload)).toEqual({ takenAt: yesterday, dateSource: "CAMERA" });
    expect(photoDateFromCapture(null, upload)).toEqual({ takenAt: upload, dateSource: "UPLOAD" });
    expect(photoDateFromCapture(new Date("2003-01-01T10:00:00Z"), upload).dateSource).toBe("UPLOAD");
    expect(photoDateFromCapture(new Date("2026-11-28T10:00:00Z"), upload).dateSource).toBe("UPLOAD");
    // A camera a few minutes ahead still counts, dated no later than the upload.
    expect(photoDateFromCapture(new Date("2026-11-27T08:05:00Z"), upload)).toEqual({
      takenAt: upload,
      dateSource: "CAMERA",
    });
    // Typed in Amsterdam wall-clock time (CET: UTC+1).
    expect(correctedPhotoDate("2026-11-26T16:30", upload)).toEqual({ ok: true, takenAt: yesterday });
    expect(correctedPhotoDate("2026-11-27T10:00", upload)).toEqual({ ok: false, reason: "dateFuture" });
    expect(correctedPhotoDate("2025-01-01T10:00", upload)).toEqual({ ok: false, reason: "dateTooOld" });
    expect(correctedPhotoDate("2026-02-30T10:00", upload)).toEqual({ ok: false, reason: "date" });
    expect(correctedPhotoDate("gisteren", upload)).toEqual({ ok: false, reason: "date" });
  });

  it("yesterday's photo uploaded this morning lands on yesterday, and reaches the parents of a child whose last day it was", async () => {
    const now = clockNow();
    const yesterday = addCalendarDays(todayDate(now), -1);
    // A child whose placement ended yesterday: under the upload date the photo would fall outside the placement.
    const family = await createFamily(testDb, { organisationId: m.w.organisation.id });
    const guardian = await createGuardian(testDb, { family });
    const leaver = await createChild(testDb, {
      familyId: family.id,
      groupId: m.w.groupA.id,
      endDate: toIsoDate(yesterday),
      consentById: guardian.id,
    });
    // Yesterday at noon (Amsterdam), uploaded now.
    const taken = amsterdamInstant(yesterday, 12 * 60);
    const photo = await createPhoto(m.users.staffOwn, {
      meta: { groupId: m.w.groupA.id, caption: "Laatste dag", childIds: [leaver.id], noChildren: false },
      bytes: await jpegTakenAt(exifWall(taken)),
      now,
    });
    const row = await testDb.photo.findUniqueOrThrow({ where: { id: photo.id } });
    expect(row.dateSource).toBe("CAMERA");
    expect(Math.abs(row.takenAt.getTime() - taken.getTime())).toBeLessThan(1000);
    expect(toIsoDate(row.takenOn)).toBe(amsterdamDateString(taken));
    expect(toIsoDate(row.takenOn)).toBe(toIsoDate(yesterday));
    const feed = await listChildPhotos(await sessionFor(guardian.id), { childId: leaver.id });
    expect(feed.photos.map((p) => p.id)).toContain(photo.id);
  });

  it("a camera clock from 2003 falls back to the upload time", async () => {
    const now = clockNow();
    const photo = await createPhoto(m.users.staffOwn, {
      meta: { groupId: m.w.groupA.id, caption: "", childIds: [], noChildren: true },
      bytes: await jpegTakenAt("2003:05:01 10:00:00"),
      now,
    });
    const row = await testDb.photo.findUniqueOrThrow({ where: { id: photo.id } });
    expect(row.dateSource).toBe("UPLOAD");
    expect(row.takenAt.getTime()).toBe(now.getTime());
  });

  it("staff correct the date; not after the upload, and not to a day a tagged child was not placed", async () => {
    const photo = await createPhoto(m.users.staffOwn, {
      meta: { groupId: m.w.groupA.id, caption: "", childIds: [m.w.childA.id], noChildren: false },
      bytes: await jpegWithGps({ width: 32, height: 32 }),
    });
    const row = await testDb.photo.findUniqueOrThrow({ where: { id: photo.id } });
    const earlier = new Date(row.createdAt.getTime() - 26 * 3600_000);
    const typed = `${amsterdamDateString(earlier)}T${exifWall(earlier).slice(11, 16)}`;
    await setPhotoTakenAt(m.users.staffOwn, { photoId: photo.id, takenAt: typed });
    const moved = await testDb.photo.findUniqueOrThrow({ where: { id: photo.id } });
    expect(moved.dateSource).toBe("STAFF");
    expect(toIsoDate(moved.takenOn)).toBe(amsterdamDateString(earlier));
    expect(await testDb.auditEvent.count({ where: { action: "photo.redated", entityId: photo.id } })).toBe(1);

    const later = new Date(row.createdAt.getTime() + 3 * 3600_000);
    const future = `${amsterdamDateString(later)}T${exifWall(later).slice(11, 16)}`;
    const futureError = await setPhotoTakenAt(m.users.staffOwn, { photoId: photo.id, takenAt: future }).catch((e) => e);
    expect((futureError as PhotoError).messageKey).toBe("photos.errors.dateFuture");
    // childA's placement starts 2025-01-06 (factories): a day before it names the child.
    const old = await insertPhoto(testDb, {
      groupId: m.w.groupA.id,
      uploadedById: m.w.staffA.id,
      takenOn: "2025-01-10",
      childIds: [m.w.childA.id],
    });
    await testDb.photo.update({ where: { id: old.id }, data: { createdAt: new Date("2025-01-10T12:00:00Z") } });
    const notPlaced = await setPhotoTakenAt(m.users.staffOwn, { photoId: old.id, takenAt: "2025-01-03T10:00" }).catch(
      (e) => e,
    );
    expect((notPlaced as PhotoError).messageKey).toBe("photos.errors.dateNotPlaced");
    expect((notPlaced as PhotoError).values.names).toContain("Test");
  });
});

describe("tagging after upload", () => {
  it("tag, untag and 'no children' apply to parents at once; a child without consent is refused by name", async () => {
    const staff = m.users.staffOwn;
    const parent = m.users.parentOwn;
    const photo = await createPhoto(staff, {
      meta: { groupId: m.w.groupA.id, caption: "", childIds: [], noChildren: false },
      bytes: await jpegWithGps({ width: 32, height: 32 }),
    });
    const sees = async () => (await outcome(() => getPhotoDetail(parent, photo.id))) === "ok";
    expect(await sees()).toBe(false);

    expect(await setPhotoTags(staff, { photoId: photo.id, childIds: [m.w.childA.id], noChildren: false })).toEqual({
      distribution: "visible",
    });
    expect(await sees()).toBe(true);
    expect((await testDb.photo.findUniqueOrThrow({ where: { id: photo.id } })).tagged).toBe(true);

    const refused = await setPhotoTags(staff, {
      photoId: photo.id,
      childIds: [m.w.childA.id, noPhotos.id],
      noChildren: false,
    }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PhotoError);
    expect((refused as PhotoError).values.names).toBe(`${noPhotos.firstName} ${noPhotos.lastName}`);
    expect(await testDb.photoTag.count({ where: { photoId: photo.id } })).toBe(1);

    await setPhotoTags(staff, { photoId: photo.id, childIds: [], noChildren: false });
    expect(await sees()).toBe(false);
    expect((await testDb.photo.findUniqueOrThrow({ where: { id: photo.id } })).tagged).toBe(false);

    await setPhotoTags(staff, { photoId: photo.id, childIds: [], noChildren: true });
    expect(await sees()).toBe(true);
    // Tags win over "no children": a tagged photo is never also "no children".
    await setPhotoTags(staff, { photoId: photo.id, childIds: [m.w.childA.id], noChildren: true });
    expect((await testDb.photo.findUniqueOrThrow({ where: { id: photo.id } })).noChildren).toBe(false);
    expect(await testDb.auditEvent.count({ where: { action: "photo.tagged", entityId: photo.id } })).toBe(4);
  });

  it("a tag already there stays when its child's consent was withdrawn later (the photo just hides)", async () => {
    const staff = m.users.staffOwn;
    const family = await createFamily(testDb, { organisationId: m.w.organisation.id });
    const guardian = await createGuardian(testDb, { family });
    const child = await createChild(testDb, { familyId: family.id, groupId: m.w.groupA.id, consentById: guardian.id });
    const photo = await createPhoto(staff, {
      meta: { groupId: m.w.groupA.id, caption: "", childIds: [child.id], noChildren: false },
      bytes: await jpegWithGps({ width: 32, height: 32 }),
    });
    await setPhotoConsent(await sessionFor(guardian.id), {
      childId: child.id,
      mayPhotograph: false,
      shareWithGroup: false,
    });
    expect(
      await setPhotoTags(staff, { photoId: photo.id, childIds: [child.id, m.w.childA.id], noChildren: false }),
    ).toEqual({ distribution: "hidden" });
  });

  it("only children placed in the photo's group on its date can be tagged", async () => {
    const photo = await createPhoto(m.users.staffOwn, {
      meta: { groupId: m.w.groupA.id, caption: "", childIds: [], noChildren: true },
      bytes: await jpegWithGps({ width: 32, height: 32 }),
    });
    const error = await setPhotoTags(m.users.staffOwn, {
      photoId: photo.id,
      childIds: [m.w.childB.id],
      noChildren: false,
    }).catch((e: unknown) => e);
    expect((error as PhotoError).messageKey).toBe("photos.errors.tags");
    const tagging = await getPhotoTagging(m.users.staffOwn, photo.id);
    const ids = tagging?.candidates.map((c) => c.id) ?? [];
    expect(ids).toEqual(expect.arrayContaining([m.w.childA.id, noPhotos.id]));
    expect(ids).not.toContain(m.w.childB.id);
    expect(tagging?.candidates.find((c) => c.id === noPhotos.id)?.consentPhotograph).toBe(false);
  });
});

describe("authorization matrix: tagging, date correction, tag editor, paper consent", () => {
  // Staff of the photo's group and beheerders of the organisation manage photos; nobody else, not even its manager.
  const MANAGE: Record<Actor, "ok" | "404"> = {
    parentOwn: "404",
    parentOther: "404",
    staffOwn: "ok",
    staffOther: "404",
    managerOwn: "404",
    managerOther: "404",
    beheerder: "ok",
    otherOrg: "404",
  };
  const PAPER: Record<Actor, "ok" | "404"> = {
    parentOwn: "404",
    parentOther: "404",
    staffOwn: "404",
    staffOther: "404",
    managerOwn: "404",
    managerOther: "404",
    beheerder: "ok",
    otherOrg: "404",
  };

  for (const actor of ACTORS) {
    it(`${actor}: tag, untag, redate, read the tag editor, record paper consent`, async () => {
      const user = m.users[actor];
      const photo = await insertPhoto(testDb, {
        groupId: m.w.groupA.id,
        uploadedById: m.w.staffA.id,
        takenOn: toIsoDate(todayDate()),
        takenAt: clockNow(),
      });
      const tagged = await outcome(() =>
        setPhotoTags(user, { photoId: photo.id, childIds: [m.w.childA.id], noChildren: false }),
      );
      expect(tagged, "tag").toBe(MANAGE[actor]);
      expect(await testDb.photoTag.count({ where: { photoId: photo.id } }), "tag stored").toBe(
        MANAGE[actor] === "ok" ? 1 : 0,
      );
      await testDb.photoTag.upsert({
        where: { photoId_childId: { photoId: photo.id, childId: m.w.childA.id } },
        create: { photoId: photo.id, childId: m.w.childA.id },
        update: {},
      });
      expect(
        await outcome(() => setPhotoTags(user, { photoId: photo.id, childIds: [], noChildren: false })),
        "untag",
      ).toBe(MANAGE[actor]);
      expect(await testDb.photoTag.count({ where: { photoId: photo.id } }), "untag stored").toBe(
        MANAGE[actor] === "ok" ? 0 : 1,
      );
      const yesterday = new Date(clockNow().getTime() - 24 * 3600_000);
      const typed = `${amsterdamDateString(yesterday)}T${exifWall(yesterday).slice(11, 16)}`;
      await testDb.photo.update({ where: { id: photo.id }, data: { createdAt: clockNow() } });
      expect(await outcome(() => setPhotoTakenAt(user, { photoId: photo.id, takenAt: typed })), "redate").toBe(
        MANAGE[actor],
      );
      expect((await getPhotoTagging(user, photo.id)) !== null, "tag editor").toBe(MANAGE[actor] === "ok");

      const before = await testDb.photoConsent.count({ where: { childId: m.w.childA.id } });
      const paper = await outcome(() =>
        recordPaperConsent(user, {
          childId: m.w.childA.id,
          mayPhotograph: true,
          shareWithGroup: true,
          formDate: amsterdamDateString(),
        }),
      );
      expect(paper, "paper consent").toBe(PAPER[actor]);
      expect(await testDb.photoConsent.count({ where: { childId: m.w.childA.id } }), "paper stored").toBe(
        before + (PAPER[actor] === "ok" ? 1 : 0),
      );
      expect(await outcome(() => getChildForPaperConsent(user, m.w.childA.id)), "paper page").toBe(PAPER[actor]);
    });
  }

  it("malformed and unknown ids are 404; a deactivated user has no session", async () => {
    const staff = m.users.staffOwn;
    expect(await outcome(() => setPhotoTags(staff, { photoId: "x'; --", childIds: [], noChildren: false }))).toBe(
      "404",
    );
    expect(
      await outcome(() =>
        setPhotoTakenAt(staff, { photoId: "00000000-0000-4000-8000-000000000000", takenAt: "2026-01-01T10:00" }),
      ),
    ).toBe("404");
    expect(await getPhotoTagging(staff, "nope")).toBeNull();
    expect(
      await outcome(() =>
        recordPaperConsent(m.users.beheerder, {
          childId: "nope",
          mayPhotograph: true,
          shareWithGroup: true,
          formDate: "2026-01-01",
        }),
      ),
    ).toBe("404");
    await expect(sessionFor(m.w.deactivated.id)).rejects.toThrow(/no valid session/);
  });
});

describe("consent from a paper intake form and the parents' to-do", () => {
  it("a child without a recorded choice is a to-do for its own parents only, until a choice is recorded", async () => {
    expect((await listConsentTodos(noChoiceParent)).map((c) => c.id)).toEqual([noChoice.id]);
    expect((await listConsentTodos(m.users.parentOwn)).map((c) => c.id)).not.toContain(noChoice.id);
    for (const actor of ["staffOwn", "managerOwn", "beheerder"] as Actor[])
      expect(await listConsentTodos(m.users[actor])).toEqual([]);

    const tomorrow = toIsoDate(addCalendarDays(todayDate(), 1));
    expect(
      await outcome(() =>
        recordPaperConsent(m.users.beheerder, {
          childId: noChoice.id,
          mayPhotograph: true,
          shareWithGroup: false,
          formDate: tomorrow,
        }),
      ),
    ).toBe("INVALID_INPUT");
    expect(
      await outcome(() =>
        recordPaperConsent(m.users.beheerder, {
          childId: noChoice.id,
          mayPhotograph: true,
          shareWithGroup: false,
          formDate: "2026-02-30",
        }),
      ),
    ).toBe("INVALID_INPUT");

    const formDate = toIsoDate(addCalendarDays(todayDate(), -10));
    await recordPaperConsent(m.users.beheerder, {
      childId: noChoice.id,
      mayPhotograph: true,
      shareWithGroup: false,
      formDate,
    });
    expect(await listConsentTodos(noChoiceParent)).toEqual([]);
    const child = await testDb.child.findUniqueOrThrow({ where: { id: noChoice.id } });
    expect([child.consentPhotograph, child.consentShareGroup]).toEqual([true, false]);
    const row = await testDb.photoConsent.findFirstOrThrow({ where: { childId: noChoice.id } });
    expect(row.source).toBe("PAPER");
    expect(toIsoDate(row.formDate as Date)).toBe(formDate);
    expect(row.recordedById).toBe(m.w.beheerder.id);
    const audit = await testDb.auditEvent.findFirstOrThrow({
      where: { action: "consent.recorded_paper", childId: noChoice.id },
    });
    expect(audit.actorId).toBe(m.w.beheerder.id);
    expect((audit.meta as { formDate: string }).formDate).toBe(formDate);
    // The parents see where it came from in their history.
    const mine = (await listChildConsents(noChoiceParent)).find((c) => c.id === noChoice.id);
    expect(mine?.history[0]?.formDate).toBe(formDate);
    expect(mine?.recorded).toBe(true);
  });

  it("an older paper form does not overrule a newer choice of the parents", async () => {
    const family = await createFamily(testDb, { organisationId: m.w.organisation.id });
    const guardian = await createGuardian(testDb, { family });
    const child = await createChild(testDb, { familyId: family.id, groupId: m.w.groupA.id });
    await setPhotoConsent(await sessionFor(guardian.id), {
      childId: child.id,
      mayPhotograph: false,
      shareWithGroup: false,
    });
    const old = toIsoDate(addCalendarDays(todayDate(), -30));
    const error = await recordPaperConsent(m.users.beheerder, {
      childId: child.id,
      mayPhotograph: true,
      shareWithGroup: true,
      formDate: old,
    }).catch((e: unknown) => e);
    expect((error as { messageKey: string }).messageKey).toBe("consent.errors.newerChoice");
    expect((await testDb.child.findUniqueOrThrow({ where: { id: child.id } })).consentPhotograph).toBe(false);
  });
});
