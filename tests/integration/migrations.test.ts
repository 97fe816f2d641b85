// The migration runner: applies in order, records in _prisma_migrations with checksums, is idempotent, and refuses
// to run when an applied migration file was edited.
import { cpSync, mkdtempSync, writeFileSync, appendFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations, migrationsDir, readMigrationFiles } from "../../lib/db/migrations";

const base = new URL(process.env.DATABASE_URL!);
const scratchName = `roef_test_migrations_${process.pid}`;
const scratchUrl = (() => {
  const url = new URL(base);
  url.pathname = `/${scratchName}`;
  return url.toString();
})();

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = new URL(base);
  url.pathname = "/postgres";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

afterAll(() => admin((c) => c.query(`DROP DATABASE IF EXISTS "${scratchName}" WITH (FORCE)`)));

describe("migration runner", () => {
  it("applies all migrations once, records checksums, and is idempotent", async () => {
    await admin(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS "${scratchName}" WITH (FORCE)`);
      await c.query(`CREATE DATABASE "${scratchName}"`);
    });
    const dir = mkdtempSync(path.join(tmpdir(), "roef-migrations-"));
    cpSync(migrationsDir, dir, { recursive: true });

    const first = await applyMigrations({ databaseUrl: scratchUrl, dir });
    expect(first.applied).toEqual(readMigrationFiles(dir).map((f) => f.name));
    const second = await applyMigrations({ databaseUrl: scratchUrl, dir });
    expect(second.applied).toEqual([]);

    const client = new pg.Client({ connectionString: scratchUrl });
    await client.connect();
    const { rows } = await client.query(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    await client.end();
    expect(rows.map((r) => r.migration_name)).toEqual(first.applied);
    expect(rows.map((r) => r.checksum)).toEqual(readMigrationFiles(dir).map((f) => f.checksum));
    expect(rows.every((r) => r.finished_at instanceof Date)).toBe(true);

    // A new migration is applied on the next run; a failing one rolls back and is not recorded.
    mkdirSync(path.join(dir, "29991231000000_extra"));
    writeFileSync(path.join(dir, "29991231000000_extra/migration.sql"), `CREATE TABLE "ScratchExtra" (id int);`);
    expect((await applyMigrations({ databaseUrl: scratchUrl, dir })).applied).toEqual(["29991231000000_extra"]);
    mkdirSync(path.join(dir, "29991231000001_broken"));
    writeFileSync(
      path.join(dir, "29991231000001_broken/migration.sql"),
      `CREATE TABLE "ScratchBroken" (id int); SELECT no_such_function();`,
    );
    await expect(applyMigrations({ databaseUrl: scratchUrl, dir })).rejects.toThrow(/29991231000001_broken failed/);
    const check = new pg.Client({ connectionString: scratchUrl });
    await check.connect();
    const broken = await check.query(`SELECT to_regclass('"ScratchBroken"') AS t`);
    const recorded = await check.query(
      `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '29991231000001_broken'`,
    );
    await check.end();
    expect(broken.rows[0].t).toBeNull();
    expect(recorded.rowCount).toBe(0);

    // Editing an applied migration is refused.
    writeFileSync(path.join(dir, "29991231000001_broken/migration.sql"), `SELECT 1;`);
    appendFileSync(path.join(dir, "29991231000000_extra/migration.sql"), "\n-- edited");
    await expect(applyMigrations({ databaseUrl: scratchUrl, dir })).rejects.toThrow(/changed after it was applied/);
  });
});
