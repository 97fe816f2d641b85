// Photo fixtures for tests: images generated with sharp at test time (no binary fixtures), and photo rows inserted
// directly when a test is about the visibility rule rather than the pipeline.
import { randomUUID } from "node:crypto";
import sharp from "sharp";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { dateOnly } from "../lib/time";

/** A JPEG with camera EXIF including GPS coordinates (what a phone camera writes). */
export async function jpegWithGps({
  width = 640,
  height = 480,
}: {
  width?: number;
  height?: number;
} = {}): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 40, g: 120, b: 200 } } })
    .jpeg({ quality: 80 })
    .withExif({
      IFD0: { Make: "RoefCam", Model: "Test 1", Artist: "Juf Anna" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "52/1 22/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "4/1 54/1 0/1" },
    })
    .toBuffer();
}

export type InsertPhotoOptions = {
  groupId: string;
  uploadedById: string;
  takenOn?: string;
  takenAt?: Date;
  childIds?: string[];
  noChildren?: boolean;
  caption?: string;
};

/** A photo row with tags (no stored bytes): for rule and query tests. */
export async function insertPhoto(db: PrismaClient, options: InsertPhotoOptions) {
  const id = randomUUID();
  const takenOn = options.takenOn ?? "2026-03-02";
  return db.photo.create({
    data: {
      id,
      groupId: options.groupId,
      takenOn: dateOnly(takenOn),
      takenAt: options.takenAt ?? new Date(`${takenOn}T10:00:00.000Z`),
      caption: options.caption ?? "",
      uploadedById: options.uploadedById,
      noChildren: options.noChildren ?? false,
      contentHash: id.replace(/-/g, "").padEnd(64, "0"),
      width: 10,
      height: 10,
      thumbKey: `photos/${id}/thumb.webp`,
      displayKey: `photos/${id}/display.webp`,
      downloadKey: `photos/${id}/download.jpg`,
      tags: { create: (options.childIds ?? []).map((childId) => ({ childId })) },
    },
  });
}

/** A JPEG whose camera wrote when it was taken: `wall` is the EXIF "yyyy:MM:dd HH:mm:ss" (local wall clock). */
export async function jpegTakenAt(wall: string, offset?: string): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .jpeg({ quality: 80 })
    .withExif({
      IFD0: { Make: "RoefCam", Model: "Test 1" },
      IFD2: { DateTimeOriginal: wall, ...(offset ? { OffsetTimeOriginal: offset } : {}) },
    })
    .toBuffer();
}
