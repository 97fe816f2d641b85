// One ingestion path for every image that enters the system (issue 16, item 7): a phone JPEG with GPS EXIF goes in
// at each entry point (photo upload, message attachment, news attachment, family document), and the bytes that end
// up in storage carry no EXIF, no GPS and nothing of the camera. The capture time is read before it is dropped.
import { beforeAll, describe, expect, it } from "vitest";
import sharp from "sharp";
import { testDb } from "../db";
import { sessionFor } from "../session";
import { createWorld } from "../../prisma/factories";
import { getStorage } from "../../lib/storage";
import { handleUpload } from "../../lib/photos/http";
import { prepareAttachment } from "../../lib/messages/attachments";
import { NewThreadSchema } from "../../lib/messages/schema";
import { startThread } from "../../lib/messages/mutations";
import { publishNews } from "../../lib/news/mutations";
import { uploadFamilyDocument } from "../../lib/documents/mutations";
import { captureTimeFromExif, ingestImage } from "../../lib/uploads/images";
import { processPhoto } from "../../lib/photos/processing";
import type { SessionUser } from "../../lib/auth/session-user";

type World = Awaited<ReturnType<typeof createWorld>>;
let w: World;
let staff: SessionUser;
let beheerder: SessionUser;

const MARKERS = ["RoefCam", "Juf Anna", "Exif\0\0"];

/** A phone photo: camera make, owner, GPS position and capture time in its EXIF. */
async function phoneJpeg({ offset }: { offset?: string } = {}): Promise<Buffer> {
  return sharp({ create: { width: 320, height: 240, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .jpeg({ quality: 80 })
    .withExif({
      IFD0: { Make: "RoefCam", Model: "Test 1", Artist: "Juf Anna" },
      IFD2: { DateTimeOriginal: "2026:03:02 10:15:30", ...(offset ? { OffsetTimeOriginal: offset } : {}) },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "52/1 22/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "4/1 54/1 0/1" },
    })
    .toBuffer();
}

/** Stored bytes carry no metadata at all: sharp finds none, and no camera string survives anywhere in the file. */
async function expectClean(key: string) {
  const stored = await getStorage().get(key);
  if (!stored) throw new Error(`nothing stored at ${key}`);
  const chunks: Buffer[] = [];
  for await (const chunk of stored.body) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  const meta = await sharp(bytes).metadata();
  expect(meta.exif, key).toBeUndefined();
  expect(meta.xmp, key).toBeUndefined();
  expect(meta.iptc, key).toBeUndefined();
  for (const marker of MARKERS) expect(bytes.includes(Buffer.from(marker)), `${key}: ${marker}`).toBe(false);
}

beforeAll(async () => {
  w = await createWorld(testDb);
  staff = await sessionFor(w.staffA.id);
  beheerder = await sessionFor(w.beheerder.id);
});

describe("every entry point strips EXIF and GPS", () => {
  it("the fixture really carries camera, owner, GPS and capture time", async () => {
    const jpeg = await phoneJpeg();
    const meta = await sharp(jpeg).metadata();
    for (const marker of MARKERS) expect(jpeg.includes(Buffer.from(marker)), marker).toBe(true);
    expect(captureTimeFromExif(meta.exif)).toEqual(new Date("2026-03-02T09:15:30Z"));
  });

  it("photo upload: all three stored variants", async () => {
    const jpeg = await phoneJpeg();
    const response = await handleUpload(
      staff,
      new Request(`http://localhost/api/photos?groupId=${w.groupA.id}&noChildren=1`, {
        method: "POST",
        body: new Uint8Array(jpeg),
        headers: { "content-length": String(jpeg.length) },
      }),
    );
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const photo = await testDb.photo.findUniqueOrThrow({ where: { id } });
    for (const key of [photo.thumbKey, photo.displayKey, photo.downloadKey]) await expectClean(key);
  });

  it("message attachment", async () => {
    const file = new File([new Uint8Array(await phoneJpeg())], "IMG_0001.jpg", { type: "image/jpeg" });
    const prepared = await prepareAttachment(file);
    if (!("attachment" in prepared) || !prepared.attachment) throw new Error("attachment refused");
    const input = NewThreadSchema.parse({
      recipient: `family:${w.groupA.id}:${w.familyA.id}`,
      subject: "Foto van vandaag",
      body: "Kijk eens",
    });
    const { threadId } = await startThread(staff, input, prepared.attachment);
    const attachment = await testDb.attachment.findFirstOrThrow({ where: { message: { threadId } } });
    expect(attachment.mime).toBe("image/jpeg");
    await expectClean(attachment.storageKey);
  });

  it("news attachment", async () => {
    const { id } = await publishNews(beheerder, {
      input: { title: "Zomerfeest", body: "Foto van vorig jaar", locationId: "" },
      attachment: await phoneJpeg(),
    });
    const item = await testDb.newsItem.findUniqueOrThrow({ where: { id } });
    expect(item.attachmentMime).toBe("image/jpeg");
    await expectClean(item.attachmentKey!);
  });

  it("family document: images are not documents, so nothing of it is stored", async () => {
    const before = await testDb.familyDocument.count({ where: { familyId: w.familyA.id } });
    await expect(
      uploadFamilyDocument(beheerder, {
        input: { debiteurnummer: w.familyA.debiteurnummer, title: "Scan", category: "OVERIG" },
        bytes: await phoneJpeg(),
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await testDb.familyDocument.count({ where: { familyId: w.familyA.id } })).toBe(before);
  });
});

describe("capture time", () => {
  it("comes back from the ingestion path and the photo pipeline, with the camera's offset or in Dutch time", async () => {
    expect((await ingestImage(await phoneJpeg(), { maxBytes: 5_000_000 })).capturedAt).toEqual(
      new Date("2026-03-02T09:15:30Z"), // 10:15:30 CET
    );
    expect((await ingestImage(await phoneJpeg({ offset: "-05:00" }), { maxBytes: 5_000_000 })).capturedAt).toEqual(
      new Date("2026-03-02T15:15:30Z"),
    );
    expect((await processPhoto(await phoneJpeg())).capturedAt).toEqual(new Date("2026-03-02T09:15:30Z"));
    const plain = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#000" } })
      .jpeg()
      .toBuffer();
    expect((await ingestImage(plain, { maxBytes: 5_000_000 })).capturedAt).toBeNull();
    expect(captureTimeFromExif(Buffer.from("not exif"))).toBeNull();
  });
});
