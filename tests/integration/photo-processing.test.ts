// The pipeline: metadata (EXIF GPS) stripped, auto-rotation, variants, and bad input rejected with a reason.
import { describe, expect, it } from "vitest";
import { crc32 } from "node:zlib";
import sharp from "sharp";
import { jpegWithGps } from "../photo-fixtures";
import { PhotoRejectedError, processPhoto, MAX_UPLOAD_BYTES, type PhotoRejection } from "../../lib/photos/processing";
import { archiveFileName } from "../../lib/photos/file-names";
import { decodeCursor, encodeCursor } from "../../lib/photos/cursor";

/** A valid small PNG with its IHDR dimensions (and CRC) rewritten: what a decompression bomb looks like to a decoder. */
async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const png = Buffer.from(
    await sharp({ create: { width: 8, height: 8, channels: 3, background: "#fff" } })
      .png()
      .toBuffer(),
  );
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

async function rejection(bytes: Buffer): Promise<PhotoRejection | "accepted"> {
  try {
    await processPhoto(bytes);
    return "accepted";
  } catch (error) {
    if (error instanceof PhotoRejectedError) return error.reason;
    throw error;
  }
}

describe("photo pipeline", () => {
  it("the fixture really carries GPS, and no variant keeps any of it", async () => {
    const input = await jpegWithGps();
    const meta = await sharp(input).metadata();
    expect(meta.exif?.includes(Buffer.from("RoefCam"))).toBe(true);
    expect(meta.exif?.length).toBeGreaterThan(100);
    const processed = await processPhoto(input);
    for (const variant of Object.values(processed.variants)) {
      const out = await sharp(variant).metadata();
      expect(out.exif).toBeUndefined();
      expect(out.xmp).toBeUndefined();
      expect(out.iptc).toBeUndefined();
      expect(variant.includes(Buffer.from("RoefCam"))).toBe(false);
      expect(variant.includes(Buffer.from("Juf Anna"))).toBe(false);
    }
    expect((await sharp(processed.variants.download).metadata()).format).toBe("jpeg");
    expect((await sharp(processed.variants.display).metadata()).format).toBe("webp");
    expect(processed.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("auto-rotates by the EXIF orientation and shrinks to the variant sizes", async () => {
    const rotated = await sharp({ create: { width: 4000, height: 1000, channels: 3, background: "#c33" } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const processed = await processPhoto(rotated);
    expect([processed.width, processed.height]).toEqual([500, 2000]);
    expect((await sharp(processed.variants.thumb).metadata()).height).toBe(480);
    expect((await sharp(processed.variants.display).metadata()).height).toBe(1600);
  });

  it("accepts PNG and WebP by content, whatever the file is called", async () => {
    const png = await sharp({ create: { width: 20, height: 20, channels: 4, background: "#0a0" } })
      .png()
      .toBuffer();
    const webp = await sharp({ create: { width: 20, height: 20, channels: 3, background: "#00a" } })
      .webp()
      .toBuffer();
    expect(await rejection(png)).toBe("accepted");
    expect(await rejection(webp)).toBe("accepted");
  });

  it("rejects empty, oversize, non-image, truncated and decompression-bomb input with a reason", async () => {
    expect(await rejection(Buffer.alloc(0))).toBe("empty");
    expect(await rejection(Buffer.alloc(MAX_UPLOAD_BYTES + 1, 0xff))).toBe("tooLarge");
    expect(await rejection(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBe("unsupportedType");
    const gif = await sharp({ create: { width: 5, height: 5, channels: 3, background: "#000" } })
      .gif()
      .toBuffer();
    expect(await rejection(gif)).toBe("unsupportedType");
    const jpeg = await jpegWithGps();
    expect(await rejection(jpeg.subarray(0, 200))).toBe("unreadable");
    // A tiny PNG whose header claims 30000 x 30000 pixels (2.7 GB decoded): refused from the header alone.
    expect(await rejection(await pngClaiming(30_000, 30_000))).toBe("tooManyPixels");
  });
});

describe("photo helpers", () => {
  it("archive file names keep date (Amsterdam time) and caption, and are safe", () => {
    const id = "1a2b3c4d-0000-4000-8000-000000000000";
    expect(archiveFileName({ takenAt: new Date("2026-07-01T08:30:00Z"), caption: "Verven met water", id })).toBe(
      "2026-07-01 10.30 - Verven met water - 1a2b3c4d.jpg",
    );
    expect(archiveFileName({ takenAt: new Date("2026-01-01T08:30:00Z"), caption: '../"etc"/passwd\r\nX: y', id })).toBe(
      "2026-01-01 09.30 - .. etc passwd X y - 1a2b3c4d.jpg",
    );
    expect(archiveFileName({ takenAt: new Date("2026-01-01T08:30:00Z"), caption: "Zoë's feest", id })).toBe(
      "2026-01-01 09.30 - Zoe s feest - 1a2b3c4d.jpg",
    );
  });

  it("cursors round-trip and reject tampering", () => {
    const row = { takenAt: new Date("2026-05-10T09:00:00.000Z"), id: "1a2b3c4d-0000-4000-8000-000000000000" };
    expect(decodeCursor(encodeCursor(row))).toEqual(row);
    expect(decodeCursor("garbage")).toBeNull();
    expect(decodeCursor(Buffer.from("2026-05-10T09:00:00.000Z|x' OR 1=1").toString("base64url"))).toBeNull();
  });
});
