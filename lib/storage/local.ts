import { createReadStream } from "node:fs";
import { mkdir, rm, stat, writeFile, rename } from "node:fs/promises";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { assertSafeKey, type StorageDriver, type StoredObject } from "./types";

/** Local disk storage (the embedded default). Writes go to a temp file first, then an atomic rename. */
export class LocalStorage implements StorageDriver {
  private readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  private file(key: string): string {
    assertSafeKey(key);
    return path.join(this.root, key);
  }

  async put(key: string, body: Buffer): Promise<void> {
    const target = this.file(key);
    await mkdir(path.dirname(target), { recursive: true });
    const temp = `${target}.${randomUUID()}.tmp`;
    await writeFile(temp, body, { mode: 0o600 });
    await rename(temp, target);
  }

  async get(key: string): Promise<StoredObject | null> {
    const target = this.file(key);
    try {
      const info = await stat(target);
      return { body: createReadStream(target), size: info.size };
    } catch {
      return null;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.file(key), { force: true });
  }
}
