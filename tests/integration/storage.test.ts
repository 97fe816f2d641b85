// The storage drivers against real backends: local disk, and the S3 driver against s3rver (an S3-compatible server
// from npm, in-process on loopback).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import S3rver from "s3rver";
import { LocalStorage } from "../../lib/storage/local";
import { S3Storage } from "../../lib/storage/s3";
import type { StorageDriver } from "../../lib/storage/types";

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), "roef-storage-"));
  dirs.push(dir);
  return dir;
};

let s3server: S3rver;
let s3: S3Storage;

beforeAll(async () => {
  s3server = new S3rver({
    port: 0,
    address: "127.0.0.1",
    silent: true,
    directory: tempDir(),
    configureBuckets: [{ name: "roef-test", configs: [] }],
  });
  const { port } = (await s3server.run()) as { port: number };
  s3 = new S3Storage({
    bucket: "roef-test",
    region: "eu-west-1",
    endpoint: `http://127.0.0.1:${port}`,
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
  });
});

afterAll(async () => {
  await s3server?.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe.each([
  ["local disk", () => new LocalStorage(tempDir()) as StorageDriver],
  ["S3 (s3rver)", () => s3 as StorageDriver],
])("storage driver: %s", (_name, driver) => {
  it("stores, streams back and deletes bytes", async () => {
    const storage = driver();
    const bytes = Buffer.from([0xff, 0xd8, 0xff, 1, 2, 3, 4]);
    await storage.put("photos/abc/thumb-1.webp", bytes, "image/webp");
    const stored = await storage.get("photos/abc/thumb-1.webp");
    expect(stored?.size).toBe(bytes.length);
    expect(await readAll(stored!.body)).toEqual(bytes);
    await storage.delete("photos/abc/thumb-1.webp");
    expect(await storage.get("photos/abc/thumb-1.webp")).toBeNull();
    expect(await storage.get("photos/never/stored.jpg")).toBeNull();
  });

  it("refuses unsafe keys", async () => {
    const storage = driver();
    for (const key of ["../etc/passwd", "/abs/path", "a//b", "photos/../../x", ""]) {
      await expect(storage.put(key, Buffer.from("x"), "text/plain")).rejects.toThrow(/unsafe storage key/);
    }
  });
});
