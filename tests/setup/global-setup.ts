// Creates the integration-test database from scratch once per vitest run and applies all migrations.
import pg from "pg";
import { applyMigrations } from "../../lib/db/migrations";
import type { TestProject } from "vitest/node";
import { assertTestDatabaseUrl } from "./test-database";

export default async function globalSetup(project: TestProject) {
  // vitest 5 no longer copies `test.env` into the global setup's process: read it from the project's config.
  const url = assertTestDatabaseUrl(process.env.TEST_DATABASE_URL ?? project.config.env?.TEST_DATABASE_URL);
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  await applyMigrations({ databaseUrl: url });
}
