// Lighthouse (Debian's Chromium, mobile form factor, default simulated throttling) against the production build:
// the parent photo feed signed in as a demo parent, and the login page. Prints the median of LH_RUNS runs per page:
// performance and accessibility scores, LCP/TBT/CLS, and the JavaScript transferred on first load (gzip).
//   1. Demo database:  DATABASE_URL=postgresql://postgres@127.0.0.1:5432/roef_lh npm run db:migrate && npm run db:seed
//      (or let this script do it: it migrates and seeds LH_DATABASE_URL when the demo organisation is missing)
//   2. Build:          npm run build   (also generates the Prisma client the seed needs)
//   3. Run:            LH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/roef_lh npx tsx bench/lighthouse.ts
// The demo seed has no photos, so the script adds LH_PHOTOS real processed photos (lib/photos/processing.ts, stored
// with the local storage driver in .data/lh-storage) to the group of the parent's first child, once.
// It starts the production server (bench/server.ts) on 127.0.0.1:LH_PORT (3400) and stops it at the end; demo
// accounts share the bench password (bench/common.ts).
import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import pg from "pg";
import sharp from "sharp";
import { applyMigrations, ensureDatabase } from "../lib/db/migrations.ts";
import { createPrismaClient } from "../lib/db/create-client.ts";
import { VARIANTS, photoStorageKey, processPhoto, type Variant } from "../lib/photos/processing.ts";
import { LocalStorage } from "../lib/storage/local.ts";
import { seedDemo } from "../prisma/seed.ts";
import { login, startServer as start, stopServer, waitForHealth } from "./server.ts";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.LH_PORT ?? 3400);
const base = `http://127.0.0.1:${port}`;
const databaseUrl = process.env.LH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/roef_lh";
const runs = Number(process.env.LH_RUNS ?? 3);
const parentLogin = process.env.LH_PARENT ?? "100001";
const photoCount = Number(process.env.LH_PHOTOS ?? 30);
const storageDir = path.join(root, ".data/lh-storage");
const chromePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const chromeFlags = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

async function prepareDatabase() {
  await ensureDatabase(databaseUrl);
  await applyMigrations({ databaseUrl });
  const { prisma, pool } = createPrismaClient(databaseUrl, { max: 2 });
  await seedDemo(prisma, { log: () => {} });
  await prisma.$disconnect();
  await pool.end();
}

/** A camera-like picture: smooth colour fields plus fine noise, so the WebP thumbnails are of realistic size. */
async function fakePhoto(seed: number): Promise<Buffer> {
  const width = 2000;
  const height = 1500;
  const pixels = Buffer.alloc(width * height * 3);
  let state = seed * 7919 + 1;
  const random = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  const [r0, g0, b0] = [random() * 255, random() * 255, random() * 255];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const wave = Math.sin((x + seed * 97) / 180) * Math.cos((y - seed * 53) / 140);
      const noise = (random() - 0.5) * 40;
      pixels[i] = Math.max(0, Math.min(255, r0 * (0.6 + 0.4 * wave) + noise));
      pixels[i + 1] = Math.max(0, Math.min(255, g0 * (0.6 - 0.3 * wave) + 60 + noise));
      pixels[i + 2] = Math.max(0, Math.min(255, b0 * (0.5 + 0.5 * (y / height)) + noise));
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** The parent's first child and that child's group; adds photos to the group once (untagged, "no children"). */
async function preparePhotos(db: pg.Client): Promise<string> {
  const { rows } = await db.query<{ childId: string; groupId: string; staffId: string }>(
    `SELECT c.id AS "childId", p."groupId", (SELECT u.id FROM "User" u WHERE u.email = 'anna@deroef.example') AS "staffId"
     FROM "Child" c JOIN "Family" f ON f.id = c."familyId" JOIN "Placement" p ON p."childId" = c.id
     WHERE f.debiteurnummer = $1 ORDER BY c."birthDate" DESC LIMIT 1`,
    [parentLogin],
  );
  if (!rows[0]) throw new Error(`no child for family ${parentLogin}`);
  const { childId, groupId, staffId } = rows[0];
  const { rows: existing } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Photo" WHERE "groupId" = $1 AND caption LIKE 'Lighthouse %'`,
    [groupId],
  );
  if (existing[0].n >= photoCount) return childId;
  const storage = new LocalStorage(storageDir);
  for (let n = existing[0].n; n < photoCount; n++) {
    const processed = await processPhoto(await fakePhoto(n + 1));
    const id = randomUUID();
    const keys = Object.fromEntries(
      (Object.keys(VARIANTS) as Variant[]).map((v) => [
        v,
        photoStorageKey({ photoId: id, contentHash: processed.contentHash, variant: v }),
      ]),
    ) as Record<Variant, string>;
    for (const v of Object.keys(VARIANTS) as Variant[]) await storage.put(keys[v], processed.variants[v]);
    const takenAt = new Date(Date.now() - (n + 1) * 3 * 3600_000);
    await db.query(
      `INSERT INTO "Photo" (id, "groupId", "takenOn", "takenAt", caption, "uploadedById", "noChildren", "contentHash", width, height, "thumbKey", "displayKey", "downloadKey")
       VALUES ($1, $2, ($3::timestamptz AT TIME ZONE 'Europe/Amsterdam')::date, $3, $4, $5, true, $6, $7, $8, $9, $10, $11)`,
      [
        id,
        groupId,
        takenAt,
        `Lighthouse ${n + 1}`,
        staffId,
        processed.contentHash,
        processed.width,
        processed.height,
        keys.thumb,
        keys.display,
        keys.download,
      ],
    );
  }
  return childId;
}

/** The production server (bench/server.ts, as `npm start` serves) with this benchmark's database and photo storage. */
const startServer = () =>
  start({ port, databaseUrl, env: { STORAGE_DIR: storageDir, SMTP_URL: "", NEXT_TELEMETRY_DISABLED: "1" } });

type Run = {
  lhr?: unknown;
  performance: number;
  accessibility: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
  /** Lighthouse's CPU benchmark of this machine at the time (a mid-range desktop scores ~1000-2000). */
  benchmarkIndex: number;
  jsTransferredBytes: number;
  jsResourceBytes: number;
  scripts: { url: string; transferSize: number }[];
  failing: { category: string; id: string; title: string; score: number | null }[];
};

type NetworkItem = {
  url: string;
  resourceType?: string;
  transferSize?: number;
  resourceSize?: number;
  sessionTargetType?: string;
};

/** One Lighthouse run; a run Lighthouse itself reports as broken (e.g. NO_NAVSTART, a trace hiccup) is retried. */
async function runLighthouse(url: string, cookie?: string): Promise<Run> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runLighthouseOnce(url, cookie);
    } catch (error) {
      if (attempt >= 3 || !(error instanceof LighthouseRuntimeError)) throw error;
      console.log(`  retrying: ${error.message}`);
    }
  }
}

class LighthouseRuntimeError extends Error {}

async function runLighthouseOnce(url: string, cookie?: string): Promise<Run> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
      extraHeaders: cookie ? { Cookie: cookie } : undefined,
    });
    if (!result) throw new Error("lighthouse returned nothing");
    const lhr = result.lhr;
    if (lhr.runtimeError)
      throw new LighthouseRuntimeError(`lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const finalUrl = lhr.finalDisplayedUrl;
    if (new URL(finalUrl).pathname !== new URL(url).pathname) throw new Error(`ended on ${finalUrl} instead of ${url}`);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    // Scripts the page itself loaded (not the service worker's precache requests).
    const items = (
      (lhr.audits["network-requests"]?.details as { items?: NetworkItem[] } | undefined)?.items ?? []
    ).filter((item) => item.resourceType === "Script" && (item.sessionTargetType ?? "page") === "page");
    const failing = Object.entries(lhr.categories).flatMap(([category, cat]) =>
      cat.auditRefs
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id])
        .filter((a) => a.score !== null && a.score < 0.9)
        .map((a) => ({ category, id: a.id, title: a.title, score: a.score })),
    );
    return {
      performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
      accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
      lcpMs: Math.round(audit("largest-contentful-paint")),
      tbtMs: Math.round(audit("total-blocking-time")),
      cls: Math.round(audit("cumulative-layout-shift") * 1000) / 1000,
      fcpMs: Math.round(audit("first-contentful-paint")),
      benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
      jsTransferredBytes: items.reduce((sum, item) => sum + (item.transferSize ?? 0), 0),
      jsResourceBytes: items.reduce((sum, item) => sum + (item.resourceSize ?? 0), 0),
      scripts: items
        .map((item) => ({ url: item.url.replace(base, ""), transferSize: item.transferSize ?? 0 }))
        .sort((a, b) => b.transferSize - a.transferSize),
      failing,
      lhr,
    };
  } finally {
    chrome.kill();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

await prepareDatabase();
const db = new pg.Client({ connectionString: databaseUrl });
await db.connect();
const childId = await preparePhotos(db);
await db.end();

const server = startServer();
const results: { page: string; path: string; runs: Run[] }[] = [];
try {
  await waitForHealth(base);
  const cookie = await login(base, parentLogin);
  const pages = [
    { page: "parent photo feed", path: `/ouder/fotos/${childId}`, cookie },
    { page: "login", path: "/login", cookie: undefined },
  ];
  // Warm the server (first render compiles nothing in production, but fills caches and the connection pool).
  for (const p of pages) await fetch(`${base}${p.path}`, { headers: p.cookie ? { cookie: p.cookie } : {} });
  for (const p of pages) {
    const pageRuns: Run[] = [];
    for (let i = 0; i < runs; i++) {
      const run = await runLighthouse(`${base}${p.path}`, p.cookie);
      console.log(
        `${p.page} run ${i + 1}: perf ${run.performance}, a11y ${run.accessibility}, LCP ${run.lcpMs} ms, TBT ${run.tbtMs} ms, CLS ${run.cls}, JS ${kb(run.jsTransferredBytes)} transferred, benchmarkIndex ${run.benchmarkIndex}`,
      );
      pageRuns.push(run);
    }
    results.push({ page: p.page, path: p.path, runs: pageRuns });
  }
} finally {
  await stopServer(server, base);
}

console.log(`\nMedian of ${runs} runs (Lighthouse mobile, simulated throttling):\n`);
console.log(
  "| page | performance | accessibility | FCP ms | LCP ms | TBT ms | CLS | first-load JS (transferred, gzip) | JS uncompressed | benchmarkIndex |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
);
for (const { page, runs: r } of results) {
  const m = (f: (run: Run) => number) => median(r.map(f));
  console.log(
    `| ${page} | ${m((x) => x.performance)} | ${m((x) => x.accessibility)} | ${m((x) => x.fcpMs)} | ${m((x) => x.lcpMs)} | ${m((x) => x.tbtMs)} | ${m((x) => x.cls)} | ${kb(m((x) => x.jsTransferredBytes))} | ${kb(m((x) => x.jsResourceBytes))} | ${m((x) => x.benchmarkIndex)} |`,
  );
}
for (const { page, runs: r } of results) {
  const failing = new Map<string, string>();
  for (const run of r) for (const f of run.failing) failing.set(`${f.category}/${f.id}`, `${f.title} (${f.score})`);
  if (failing.size)
    console.log(
      `\n${page}: audits below 0.9 in some run:\n${[...failing].map(([id, t]) => `  ${id}: ${t}`).join("\n")}`,
    );
  console.log(
    `\n${page}: scripts of the last run:\n${r[r.length - 1].scripts.map((s) => `  ${kb(s.transferSize).padStart(9)}  ${s.url}`).join("\n")}`,
  );
}
mkdirSync(path.join(root, "bench/results"), { recursive: true });
const stamp = new Date().toISOString().slice(0, 10);
// The full report of each page's last run (open in the Lighthouse viewer), and the numbers of every run.
for (const { page, runs: r } of results)
  writeFileSync(
    path.join(root, `bench/results/lighthouse-${stamp}-${page.replaceAll(" ", "-")}.report.json`),
    JSON.stringify(r[r.length - 1].lhr),
  );
writeFileSync(
  path.join(root, `bench/results/lighthouse-${stamp}.json`),
  JSON.stringify(
    results.map((p) => ({ ...p, runs: p.runs.map(({ lhr: _lhr, ...run }) => run) })),
    null,
    2,
  ),
);
