// Authorization matrix for photos: every role x every action, against the real database and storage.
// Zero leaks: "not yours" is always 404 / NOT_FOUND, anonymous is 401 at the HTTP edge.
import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../db";
import { sessionFor } from "../session";
import { createChild, createFamily, createGuardian, createManager, createWorld } from "../../prisma/factories";
import { jpegWithGps } from "../photo-fixtures";
import { getPhotoDetail, listChildPhotos, listGroupPhotos } from "../../lib/photos/queries";
import { deletePhoto } from "../../lib/photos/mutations";
import { handleArchive, handleImage, handleUpload } from "../../lib/photos/http";
import { setPhotoConsent } from "../../lib/consent/mutations";
import type { SessionUser } from "../../lib/auth/session-user";

type World = Awaited<ReturnType<typeof createWorld>>;
type Actor =
  | "parentA"
  | "parentB"
  | "parentNoShare"
  | "staffA"
  | "staffB"
  | "managerA"
  | "managerB"
  | "beheerder"
  | "otherBeheerder";

let w: World;
const users = {} as Record<Actor, SessionUser>;
let childNoShare: { id: string };
/** Tagged with child A only (full consent): group A's parents and staff see it. */
let shared: string;
/** Tagged with child A and the no-share child: only the no-share child's parents (and staff) see it. */
let restricted: string;

const uploadRequest = (groupId: string, bytes: Buffer, extra = "") =>
  new Request(`http://localhost/api/photos?groupId=${groupId}${extra}`, {
    method: "POST",
    body: new Uint8Array(bytes),
    headers: { "content-length": String(bytes.length) },
  });

async function upload(user: SessionUser, groupId: string, childIds: string[]): Promise<string> {
  const response = await handleUpload(
    user,
    uploadRequest(groupId, await jpegWithGps(), `&childIds=${childIds.join(",")}&caption=Spelen`),
  );
  const body = (await response.json()) as { ok: boolean; id: string };
  expect(response.status).toBe(201);
  return body.id;
}

const outcome = async (run: () => Promise<unknown>): Promise<"ok" | "404"> => {
  try {
    await run();
    return "ok";
  } catch (error) {
    if ((error as { code?: string }).code === "NOT_FOUND") return "404";
    throw error;
  }
};
const status = async (response: Promise<Response>) => (await response).status;

beforeAll(async () => {
  w = await createWorld(testDb);
  const family = await createFamily(testDb, { organisationId: w.organisation.id });
  const guardian = await createGuardian(testDb, { family });
  childNoShare = await createChild(testDb, {
    familyId: family.id,
    groupId: w.groupA.id,
    consent: { mayPhotograph: true, shareWithGroup: false },
    consentById: guardian.id,
  });
  const managerB = await createManager(testDb, { organisationId: w.organisation.id, locationIds: [w.locationB.id] });
  Object.assign(users, {
    parentA: await sessionFor(w.parentA.id),
    parentB: await sessionFor(w.parentB.id),
    parentNoShare: await sessionFor(guardian.id),
    staffA: await sessionFor(w.staffA.id),
    staffB: await sessionFor(w.staffB.id),
    managerA: await sessionFor(w.managerA.id),
    managerB: await sessionFor(managerB.id),
    beheerder: await sessionFor(w.beheerder.id),
    otherBeheerder: await sessionFor(w.otherBeheerder.id),
  });
  shared = await upload(users.staffA, w.groupA.id, [w.childA.id]);
  restricted = await upload(users.staffA, w.groupA.id, [w.childA.id, childNoShare.id]);
});

// Expected access to [shared, restricted] for detail, image bytes and download.
const VIEW: Record<Actor, [boolean, boolean]> = {
  parentA: [true, false],
  parentB: [false, false],
  parentNoShare: [true, true],
  staffA: [true, true],
  staffB: [false, false],
  managerA: [true, true],
  managerB: [false, false],
  beheerder: [true, true],
  otherBeheerder: [false, false],
};

describe("photo authorization matrix", () => {
  for (const actor of Object.keys(VIEW) as Actor[]) {
    it(`${actor}: detail, thumb, display and download follow the visibility rule`, async () => {
      const user = users[actor];
      for (const [index, photoId] of [shared, restricted].entries()) {
        const expected = VIEW[actor][index];
        expect(await outcome(() => getPhotoDetail(user, photoId))).toBe(expected ? "ok" : "404");
        for (const variant of ["thumb", "display", "download"]) {
          const response = await handleImage(user, { photoId, variant });
          expect(response.status, `${actor} ${variant} ${index}`).toBe(expected ? 200 : 404);
          await response.body?.cancel();
        }
      }
    });
  }

  it("parent feeds: own child only; other families' children are 404", async () => {
    const feedA = await listChildPhotos(users.parentA, { childId: w.childA.id });
    expect(feedA.photos.map((p) => p.id)).toContain(shared);
    expect(feedA.photos.map((p) => p.id)).not.toContain(restricted);
    const feedNoShare = await listChildPhotos(users.parentNoShare, { childId: childNoShare.id });
    expect(feedNoShare.photos.map((p) => p.id)).toEqual(expect.arrayContaining([shared, restricted]));
    expect((await listChildPhotos(users.parentB, { childId: w.childB.id })).photos.map((p) => p.id)).not.toContain(
      shared,
    );
    for (const actor of ["parentB", "parentNoShare", "staffA", "managerA", "beheerder", "otherBeheerder"] as Actor[]) {
      expect(await outcome(() => listChildPhotos(users[actor], { childId: w.childA.id })), actor).toBe("404");
    }
    expect(await outcome(() => listChildPhotos(users.parentA, { childId: "not-a-uuid" }))).toBe("404");
  });

  it("group feeds: staff of the group, managers of the location, beheerders of the organisation", async () => {
    const expected: Record<Actor, "ok" | "404"> = {
      parentA: "404",
      parentB: "404",
      parentNoShare: "404",
      staffA: "ok",
      staffB: "404",
      managerA: "ok",
      managerB: "404",
      beheerder: "ok",
      otherBeheerder: "404",
    };
    for (const actor of Object.keys(expected) as Actor[]) {
      expect(await outcome(() => listGroupPhotos(users[actor], { groupId: w.groupA.id })), actor).toBe(expected[actor]);
    }
    const staffView = await listGroupPhotos(users.staffA, { groupId: w.groupA.id });
    const byId = new Map(staffView.photos.map((p) => [p.id, p]));
    expect(byId.get(shared)?.distribution).toBe("visible");
    expect(byId.get(restricted)?.distribution).toBe("restricted");
  });

  it("ZIP archive: a parent's own child only; everyone else gets 404, anonymous 401", async () => {
    const own = await handleArchive(users.parentA, w.childA.id);
    expect(own.status).toBe(200);
    expect(own.headers.get("content-type")).toBe("application/zip");
    const zip = Buffer.from(await own.arrayBuffer());
    expect(zip.subarray(0, 2).toString()).toBe("PK");
    expect(zip.includes(Buffer.from(`Spelen - ${shared.slice(0, 8)}.jpg`))).toBe(true);
    expect(zip.includes(Buffer.from(restricted.slice(0, 8)))).toBe(false);
    for (const actor of ["parentB", "parentNoShare", "staffA", "managerA", "beheerder", "otherBeheerder"] as Actor[]) {
      expect(await status(handleArchive(users[actor], w.childA.id)), actor).toBe(404);
    }
    expect(await status(handleArchive(users.parentA, "../../etc"))).toBe(404);
    expect(await status(handleArchive(null, w.childA.id))).toBe(401);
  });

  it("upload: staff of the group and beheerders only", async () => {
    const bytes = await jpegWithGps({ width: 64, height: 48 });
    const expected: Record<Actor, number> = {
      parentA: 404,
      parentB: 404,
      parentNoShare: 404,
      staffA: 201,
      staffB: 404,
      managerA: 404,
      managerB: 404,
      beheerder: 201,
      otherBeheerder: 404,
    };
    for (const actor of Object.keys(expected) as Actor[]) {
      expect(await status(handleUpload(users[actor], uploadRequest(w.groupA.id, bytes, "&noChildren=1"))), actor).toBe(
        expected[actor],
      );
    }
    expect(await status(handleUpload(null, uploadRequest(w.groupA.id, bytes)))).toBe(401);
    // Staff cannot tag a child of another group (that would leak the photo to that child's parents): 422 with a
    // message, like the other tag refusals (lib/photos/errors.ts PhotoError).
    expect(
      await status(handleUpload(users.staffA, uploadRequest(w.groupA.id, bytes, `&childIds=${w.childB.id}`))),
    ).toBe(422);
  });

  it("delete: staff of the group and beheerders of the organisation; others 404 and the photo stays", async () => {
    const expected: Record<Actor, "ok" | "404"> = {
      parentA: "404",
      parentB: "404",
      parentNoShare: "404",
      staffA: "ok",
      staffB: "404",
      managerA: "404",
      managerB: "404",
      beheerder: "ok",
      otherBeheerder: "404",
    };
    for (const actor of Object.keys(expected) as Actor[]) {
      const photoId = await upload(users.staffA, w.groupA.id, []);
      expect(await outcome(() => deletePhoto(users[actor], photoId)), actor).toBe(expected[actor]);
      const exists = (await testDb.photo.count({ where: { id: photoId } })) === 1;
      expect(exists, actor).toBe(expected[actor] === "404");
      if (expected[actor] === "ok")
        expect(await status(handleImage(users.staffA, { photoId, variant: "thumb" }))).toBe(404);
    }
    expect(await outcome(() => deletePhoto(users.staffA, "1; DROP TABLE"))).toBe("404");
  });

  it("consent change: only the child's own parents", async () => {
    for (const actor of ["parentB", "parentNoShare", "staffA", "managerA", "beheerder", "otherBeheerder"] as Actor[]) {
      expect(
        await outcome(() =>
          setPhotoConsent(users[actor], { childId: w.childA.id, mayPhotograph: false, shareWithGroup: false }),
        ),
        actor,
      ).toBe("404");
    }
    const second = await sessionFor(w.parentA2.id);
    expect(
      await outcome(() => setPhotoConsent(second, { childId: w.childA.id, mayPhotograph: true, shareWithGroup: true })),
    ).toBe("ok");
    expect(
      await outcome(() => setPhotoConsent(users.parentA, { childId: "x", mayPhotograph: true, shareWithGroup: true })),
    ).toBe("404");
  });

  it("anonymous and malformed requests: 401 without a session, 404 for malformed ids and variants", async () => {
    expect(await status(handleImage(null, { photoId: shared, variant: "thumb" }))).toBe(401);
    expect(await status(handleImage(users.staffA, { photoId: "nope", variant: "thumb" }))).toBe(404);
    expect(await status(handleImage(users.staffA, { photoId: shared, variant: "original" }))).toBe(404);
    expect(
      await status(handleImage(users.staffA, { photoId: "00000000-0000-4000-8000-000000000000", variant: "thumb" })),
    ).toBe(404);
  });

  it("a deactivated user has no session at all", async () => {
    await expect(sessionFor(w.deactivated.id)).rejects.toThrow(/no valid session/);
  });

  it("views and downloads are audited; each view is authorized again before the browser may reuse its copy", async () => {
    const detail = await getPhotoDetail(users.parentA, shared);
    expect(detail.downloadUrl).toMatch(/\/api\/photos\/[0-9a-f-]{36}\/download/);
    const download = await handleImage(users.parentA, { photoId: shared, variant: "download" });
    // Downloads are never kept by the browser, and each one is audited.
    expect(download.headers.get("cache-control")).toBe("private, no-store");
    expect(download.headers.get("content-disposition")).toMatch(/^attachment; filename=".*Spelen - [0-9a-f]{8}\.jpg"$/);
    await download.body?.cancel();
    const actions = await testDb.auditEvent.findMany({
      where: { actorId: w.parentA.id, entityId: shared },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(["photo.viewed", "photo.downloaded"]));
  });

  it("thumbnails and display images: private, no-cache with an ETag; a 304 only after the visibility rule said yes", async () => {
    const first = await handleImage(users.parentA, { photoId: shared, variant: "thumb" });
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe("private, no-cache");
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[0-9a-f]{32}-thumb"$/);
    await first.body?.cancel();

    const again = await handleImage(users.parentA, { photoId: shared, variant: "thumb", ifNoneMatch: etag });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("cache-control")).toBe("private, no-cache");
    expect(await again.text()).toBe("");
    expect(
      (await handleImage(users.parentA, { photoId: shared, variant: "thumb", ifNoneMatch: `W/${etag}, "x"` })).status,
    ).toBe(304);
    const otherVariant = await handleImage(users.parentA, { photoId: shared, variant: "display", ifNoneMatch: etag });
    expect(otherVariant.status).toBe(200);
    await otherVariant.body?.cancel();

    // The cached copy's tag does not get anybody else, or a signed-out browser, a 304.
    for (const actor of ["parentB", "staffB", "managerB", "otherBeheerder"] as Actor[])
      expect(
        await status(handleImage(users[actor], { photoId: shared, variant: "thumb", ifNoneMatch: etag })),
        actor,
      ).toBe(404);
    expect(await status(handleImage(null, { photoId: shared, variant: "thumb", ifNoneMatch: etag }))).toBe(401);
    // And a download is never answered from a cached copy.
    const download = await handleImage(users.parentA, {
      photoId: shared,
      variant: "download",
      ifNoneMatch: `"${etag?.slice(1, 33)}-download"`,
    });
    expect(download.status).toBe(200);
    await download.body?.cancel();
  });
});

describe("upload input errors: translated keys, never a 500", () => {
  it("bad metadata, oversize declared length, non-images and broken bodies", async () => {
    const staff = await sessionFor(w.staffA.id);
    const bytes = await jpegWithGps({ width: 32, height: 32 });
    const call = async (request: Request) => {
      const response = await handleUpload(staff, request);
      return [response.status, ((await response.json()) as { error?: string }).error];
    };
    expect(await call(uploadRequest("not-a-uuid", bytes))).toEqual([400, "photos.errors.group"]);
    expect(await call(uploadRequest(w.groupA.id, bytes, `&caption=${"x".repeat(301)}`))).toEqual([
      400,
      "photos.errors.caption",
    ]);
    expect(await call(uploadRequest(w.groupA.id, Buffer.from("GIF89a....")))).toEqual([
      415,
      "photos.errors.unsupportedType",
    ]);
    expect(await call(uploadRequest(w.groupA.id, Buffer.alloc(0)))).toEqual([400, "photos.errors.empty"]);
    const huge = new Request(`http://localhost/api/photos?groupId=${w.groupA.id}`, {
      method: "POST",
      body: new Uint8Array(8),
      headers: { "content-length": String(100 * 1024 * 1024) },
    });
    expect(await call(huge)).toEqual([413, "photos.errors.tooLarge"]);
    const broken = new ReadableStream<Uint8Array>({
      pull: (controller) => controller.error(new Error("connection reset")),
    });
    expect(
      await call(
        new Request(`http://localhost/api/photos?groupId=${w.groupA.id}`, {
          method: "POST",
          body: broken,
          duplex: "half",
        } as RequestInit),
      ),
    ).toEqual([400, "photos.errors.network"]);
  });
});
