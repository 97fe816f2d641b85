// The project's migration runner. Prisma's `migrate deploy` needs a native schema engine these machines cannot
// download, so we apply prisma/migrations/<timestamp>_<name>/migration.sql ourselves and record them in Prisma's
// own `_prisma_migrations` table (same columns and checksums), so a later switch to `prisma migrate` sees them.
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";

/** Prisma's own advisory lock key, so our runner and `prisma migrate` never run concurrently. */
const MIGRATION_LOCK_KEY = 72707369;

export const migrationsDir = path.resolve(import.meta.dirname, "../../prisma/migrations");

export type MigrationFile = { name: string; sql: string; checksum: string };

export function readMigrationFiles(dir = migrationsDir): MigrationFile[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export type MigrateResult = { applied: string[]; alreadyApplied: number };

/**
 * Applies pending migrations in name order, each in its own transaction, under an advisory lock.
 * Refuses to run when an applied migration's file changed or a migration is recorded as failed.
 */
export async function applyMigrations({
  databaseUrl,
  dir = migrationsDir,
  log = () => {},
}: {
  databaseUrl: string;
  dir?: string;
  log?: (line: string) => void;
}): Promise<MigrateResult> {
  const files = readMigrationFiles(dir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
    }>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const applied = new Map(rows.map((row) => [row.migration_name, row]));
    for (const row of rows) {
      if (!row.finished_at)
        throw new Error(`migration ${row.migration_name} is recorded as failed; fix the database by hand first`);
    }
    for (const [name, row] of applied) {
      const file = files.find((f) => f.name === name);
      if (!file) throw new Error(`migration ${name} is applied but its file is missing from ${dir}`);
      if (file.checksum !== row.checksum) {
        throw new Error(
          `migration ${name} was changed after it was applied (checksum mismatch); add a new migration instead`,
        );
      }
    }
    const result: MigrateResult = { applied: [], alreadyApplied: applied.size };
    for (const file of files.filter((f) => !applied.has(f.name))) {
      log(`applying ${file.name}`);
      await client.query("BEGIN");
      try {
        await client.query(file.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), file.checksum, file.name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`migration ${file.name} failed: ${(error as Error).message}`, { cause: error });
      }
      result.applied.push(file.name);
    }
    return result;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}

/** Creates the database named in the URL when it does not exist yet (connecting to the `postgres` database). */
export async function ensureDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await admin.end();
  }
}
