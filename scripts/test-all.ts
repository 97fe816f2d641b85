// `npm test`: every test, against real Postgres and a real browser.
//  1. Postgres: TEST_DATABASE_URL's server when set (CI uses the machine's Postgres), else an embedded Postgres
//     in .data/pg-test. Test databases are created fresh and their names always contain "test".
//  2. vitest: unit + integration tests (tests/unit, tests/integration).
//  3. Playwright: builds the production app, seeds demo data into a fresh e2e database, serves it on :3100 and
//     clicks through it in Debian's Chromium (installed with apt-get when missing and we are root).
//  4. More than one server (tests/multi, playwright.multi.config.ts): two production instances of the same build
//     behind nginx, sharing a fresh seeded database and an s3rver bucket.
// Flags: --unit (only vitest), --e2e (only Playwright, both runs), --multi (only the multi-instance run), extra args
// after -- go to the runner (then only the main e2e run).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import webpush from "web-push";
import { applyMigrations } from "../lib/db/migrations.ts";
import { startEmbeddedPostgres, type EmbeddedDb } from "../lib/db/embedded.ts";
import { createPrismaClient } from "../lib/db/create-client.ts";
import { seedDemo } from "../prisma/seed.ts";

const root = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const passthrough = args.includes("--") ? args.slice(args.indexOf("--") + 1) : [];
const onlyUnit = args.includes("--unit");
const onlyMulti = args.includes("--multi");
const onlyE2e = args.includes("--e2e") || onlyMulti;
const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

function withDatabase(url: string, name: string): string {
  const next = new URL(url);
  next.pathname = `/${name}`;
  return next.toString();
}

async function recreateDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!name.includes("test")) throw new Error(`refusing to recreate non-test database ${name}`);
  const client = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
}

function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv): boolean {
  console.log(`\n$ ${command} ${commandArgs.join(" ")}`);
  return spawnSync(command, commandArgs, { cwd: root, stdio: "inherit", env }).status === 0;
}

function ensureChromium(): string {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (existsSync(chromium)) return chromium;
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    console.log("Chromium not found: installing Debian's chromium with apt-get…");
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  }
  if (!existsSync(chromium))
    throw new Error(
      `Chromium not found at ${chromium}. Install it (sudo apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  return chromium;
}

let embedded: EmbeddedDb | undefined;
let baseUrl = process.env.TEST_DATABASE_URL;
if (!baseUrl) {
  console.log("No TEST_DATABASE_URL: starting an embedded Postgres for the tests (.data/pg-test)");
  embedded = await startEmbeddedPostgres({
    dir: path.join(root, ".data/pg-test"),
    port: Number(process.env.EMBEDDED_TEST_PG_PORT ?? 54330),
  });
  baseUrl = embedded.url("roef_test");
}
const unitUrl = baseUrl;
// The e2e database is named after the unit-test database, so parallel checkouts with their own
// TEST_DATABASE_URL never share one.
const e2eUrl = withDatabase(baseUrl, `${decodeURIComponent(new URL(baseUrl).pathname.slice(1))}_e2e`);
const results: { name: string; ok: boolean }[] = [];

try {
  if (!onlyE2e) {
    results.push({
      name: "vitest (unit + integration)",
      ok: run("npx", ["vitest", "run", ...passthrough], { ...process.env, TEST_DATABASE_URL: unitUrl }),
    });
  }
  if (!onlyUnit) {
    const chromium = ensureChromium();
    await recreateDatabase(e2eUrl);
    await applyMigrations({ databaseUrl: e2eUrl });
    const { prisma, pool } = createPrismaClient(e2eUrl, { max: 2 });
    await seedDemo(prisma, { log: () => {} });
    await prisma.$disconnect();
    await pool.end();
    const e2eVapid = webpush.generateVAPIDKeys();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: e2eUrl,
      NEXTAUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e",
      NEXTAUTH_URL: `http://localhost:${E2E_PORT}`,
      APP_URL: `http://localhost:${E2E_PORT}`,
      STORAGE_DIR: path.join(root, ".data/e2e-storage"),
      SMTP_URL: "",
      CHROMIUM_PATH: chromium,
      E2E_PORT: String(E2E_PORT),
      NEXT_TELEMETRY_DISABLED: "1",
      // Web push on, with a throwaway key pair; tests/e2e/push.spec.ts registers a loopback endpoint.
      VAPID_PUBLIC_KEY: e2eVapid.publicKey,
      VAPID_PRIVATE_KEY: e2eVapid.privateKey,
      VAPID_SUBJECT: "mailto:e2e@deroef.example",
      PUSH_ALLOW_LOOPBACK_ENDPOINTS: "true",
    };
    const built = run("npx", ["next", "build"], { ...env, NODE_ENV: "production" });
    results.push({ name: "next build", ok: built });
    if (built && !onlyMulti)
      results.push({ name: "playwright (e2e)", ok: run("npx", ["playwright", "test", ...passthrough], env) });
    if (built && (onlyMulti || passthrough.length === 0)) {
      const multiUrl = withDatabase(baseUrl, `${decodeURIComponent(new URL(baseUrl).pathname.slice(1))}_multi`);
      await recreateDatabase(multiUrl);
      await applyMigrations({ databaseUrl: multiUrl });
      const multi = createPrismaClient(multiUrl, { max: 2 });
      await seedDemo(multi.prisma, { log: () => {} });
      await multi.prisma.$disconnect();
      await multi.pool.end();
      results.push({
        name: "playwright (two instances behind nginx)",
        ok: run("npx", ["playwright", "test", "--config", "playwright.multi.config.ts"], {
          ...env,
          MULTI_DATABASE_URL: multiUrl,
        }),
      });
    }
  }
} finally {
  if (embedded) await embedded.stop().catch(() => {});
}

console.log("\nSummary:");
for (const result of results) console.log(`  ${result.ok ? "ok  " : "FAIL"} ${result.name}`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
