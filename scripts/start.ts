// `npm start`: the one command that brings the portal up with demo data.
//  - DATABASE_URL unset: starts an embedded real Postgres (data in .data/pg) and seeds demo data when empty.
//  - DATABASE_URL set: uses that database (demo data only with SEED_DEMO=true).
//  - migrates, builds the production app when sources changed, serves it, and prints the URL and demo logins.
//  `npm run dev` does the same with `next dev`.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import webpush from "web-push";
import { applyMigrations, ensureDatabase } from "../lib/db/migrations.ts";
import { startEmbeddedPostgres, type EmbeddedDb } from "../lib/db/embedded.ts";
import { createPrismaClient } from "../lib/db/create-client.ts";
import { printDemoLogins, seedDemo } from "../prisma/seed.ts";
import { superviseJobRunner } from "./jobs-process.ts";

const root = path.resolve(import.meta.dirname, "..");
const dataDir = path.join(root, ".data");
const dev = process.argv.includes("--dev");
if (existsSync(path.join(root, ".env"))) process.loadEnvFile(path.join(root, ".env"));

const port = Number(process.env.PORT ?? 3000);
const appUrl = process.env.APP_URL ?? `http://localhost:${port}`;
mkdirSync(dataDir, { recursive: true });

function persistentSecret(): string {
  const file = path.join(dataDir, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

/** Web push keys: a VAPID key pair generated once into .data/vapid.json, so push works out of the box. */
function persistentVapidKeys(): { publicKey: string; privateKey: string } {
  const file = path.join(dataDir, "vapid.json");
  if (!existsSync(file)) writeFileSync(file, JSON.stringify(webpush.generateVAPIDKeys()), { mode: 0o600 });
  return JSON.parse(readFileSync(file, "utf8")) as { publicKey: string; privateKey: string };
}
const vapid =
  process.env.VAPID_PUBLIC_KEY && process.env.VAPID_PRIVATE_KEY
    ? { publicKey: process.env.VAPID_PUBLIC_KEY, privateKey: process.env.VAPID_PRIVATE_KEY }
    : persistentVapidKeys();

/** Newest modification time of the sources a production build depends on. */
function newestSourceMtime(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === "generated" || entry.name.startsWith(".")) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const dir of ["app", "components", "lib", "public"])
    if (existsSync(path.join(root, dir))) walk(path.join(root, dir));
  for (const file of ["next.config.ts", "package-lock.json", "prisma/schema.prisma"])
    newest = Math.max(newest, statSync(path.join(root, file)).mtimeMs);
  return newest;
}

function needsBuild(): boolean {
  const buildId = path.join(root, ".next/BUILD_ID");
  return !existsSync(buildId) || statSync(buildId).mtimeMs < newestSourceMtime();
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed`);
}

let embedded: EmbeddedDb | undefined;
let databaseUrl = process.env.DATABASE_URL;
let seedDemoData = process.env.SEED_DEMO === "true";
if (!databaseUrl) {
  const embeddedPort = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  console.log(`No DATABASE_URL: starting embedded Postgres on 127.0.0.1:${embeddedPort} (data in .data/pg)`);
  embedded = await startEmbeddedPostgres({ dir: path.join(dataDir, "pg"), port: embeddedPort });
  databaseUrl = embedded.url("roef");
  seedDemoData = process.env.SEED_DEMO !== "false";
}

const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? persistentSecret(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? appUrl,
  APP_URL: appUrl,
  PORT: String(port),
  VAPID_PUBLIC_KEY: vapid.publicKey,
  VAPID_PRIVATE_KEY: vapid.privateKey,
};

await ensureDatabase(databaseUrl);
const migrated = await applyMigrations({ databaseUrl, log: (line) => console.log(line) });
console.log(`Database ready (${migrated.applied.length} migrations applied now, ${migrated.alreadyApplied} before).`);
if (seedDemoData) {
  const { prisma, pool } = createPrismaClient(databaseUrl, { max: 2 });
  await seedDemo(prisma);
  await prisma.$disconnect();
  await pool.end();
}

if (!dev && needsBuild()) {
  console.log("Building the production app (first start or changed sources)…");
  run("npx", ["next", "build"], { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });
}

// Run Node directly (not through npx) so Ctrl+C / SIGTERM really stops the server. Production: scripts/serve.ts,
// one Next.js worker per core.
const serverArgs = dev
  ? [path.join(root, "node_modules/next/dist/bin/next"), "dev", "-p", String(port)]
  : ["--import", "tsx", path.join(root, "scripts/serve.ts")];
const server = spawn(process.execPath, serverArgs, {
  cwd: root,
  stdio: ["ignore", "inherit", "inherit"],
  env: { ...env, NODE_ENV: dev ? "development" : "production", NEXT_TELEMETRY_DISABLED: "1" },
});

async function waitForHealth(): Promise<boolean> {
  for (let i = 0; i < 120; i++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

if (await waitForHealth()) {
  console.log(`\nRoef ouderportaal is running at ${appUrl}`);
  if (seedDemoData) printDemoLogins(appUrl);
  console.log("\nStop with Ctrl+C.");
}

// Background jobs (lib/jobs on pg-boss): scripts/serve.ts starts the job runner with the production server; under
// `next dev` we start it here. JOBS_DISABLED=true turns it off.
const jobRunner = dev ? superviseJobRunner() : null;

async function shutdown(code = 0) {
  server.kill("SIGTERM");
  jobRunner?.stop();
  if (embedded) await embedded.stop().catch(() => {});
  process.exit(code);
}
process.on("SIGINT", () => void shutdown());
process.on("SIGTERM", () => void shutdown());
server.on("exit", (code) => void shutdown(code ?? 0));
