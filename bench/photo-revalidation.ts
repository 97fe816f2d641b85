// What it costs that every photo view is authorized again (issue 16, item 8). Photo bytes used to be cached by the
// browser for a year (immutable): a repeat visit of the feed loaded only the page. Now they are `private, no-cache`
// with an ETag, so a repeat visit is the page plus one conditional request per thumbnail (24 on a feed page), each
// answered 304 after the session check and the visibility rule. This measures, in one run on the production server:
//   - the feed page itself;
//   - one thumbnail with If-None-Match (304: session + visibility query, no bytes);
//   - the same thumbnail without it (200: the same plus reading ~25 KB from storage);
//   - the empty dynamic page, when the build has one at /bench-empty (see bench/README.md: a throwaway page, not
//     committed: `await connection()` and <p>hi</p>), as the floor to compare with.
// Server CPU per request is read from /proc/<pid>/stat of the server's processes around each autocannon run.
// Prerequisites: the scale seed (bench/seed-scale.ts) and `npx next build`. Traffic goes to 127.0.0.1 only.
//   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/roef_bench npx tsx bench/photo-revalidation.ts
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import sharp from "sharp";
import { login, startServer, stopServer, waitForHealth } from "./server.ts";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.BENCH_PORT ?? 3210);
const base = `http://127.0.0.1:${port}`;
const databaseUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/roef_bench";
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const CLOCK_TICKS = 100; // USER_HZ on Linux

/** CPU seconds used so far by a process and its direct children (the cluster workers). */
function cpuSeconds(rootPid: number): number {
  let ticks = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const pid = Number(entry);
      const ppid = Number(fields[1]);
      if (pid === rootPid || ppid === rootPid) ticks += Number(fields[11]) + Number(fields[12]); // utime + stime
    } catch {
      // the process ended in between
    }
  }
  return ticks / CLOCK_TICKS;
}

type Row = { name: string; rps: number; p50: number; p95: number; cpuMs: number; status: string; bytes: number };

async function measure(
  name: string,
  url: string,
  headers: Record<string, string>,
  serverPid: number,
  expectStatus: number,
): Promise<Row> {
  const probe = await fetch(url, { headers, redirect: "manual" });
  if (probe.status !== expectStatus) throw new Error(`${name}: ${url} answered ${probe.status}, not ${expectStatus}`);
  const bytes = (await probe.arrayBuffer()).byteLength;
  const before = cpuSeconds(serverPid);
  const result = await autocannon({ url, connections, duration, headers });
  const cpu = cpuSeconds(serverPid) - before;
  const p95 = Math.round((result.latency.p90 + (result.latency.p97_5 - result.latency.p90) * (5 / 7.5)) * 100) / 100;
  return {
    name,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p95,
    cpuMs: Math.round((cpu / Math.max(1, result.requests.total)) * 1000 * 100) / 100,
    status: `${expectStatus} (${result.non2xx} non-2xx of ${result.requests.total})`,
    bytes,
  };
}

const storageDir = mkdtempSync(path.join(tmpdir(), "roef-bench-photos-"));
const server = startServer({ port, databaseUrl, env: { STORAGE_DIR: storageDir } });
try {
  await waitForHealth(base);
  const cookie = await login(base, "500001");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows: children } = await client.query<{ id: string }>(
    `SELECT c.id FROM "Child" c JOIN "Family" f ON f.id = c."familyId" WHERE f.debiteurnummer = '500001' LIMIT 1`,
  );
  const feedUrl = `${base}/ouder/fotos/${children[0].id}`;
  const html = await (await fetch(feedUrl, { headers: { cookie } })).text();
  const ids = [...new Set([...html.matchAll(/\/api\/photos\/([0-9a-f-]{36})\/thumb/g)].map((m) => m[1]))];
  if (ids.length === 0) throw new Error("the feed page shows no thumbnails");
  // The scale seed has photo rows but no files: give the feed's thumbnails real bytes (a 480 px WebP each).
  const { rows: photos } = await client.query<{ id: string; thumbKey: string }>(
    `SELECT id::text, "thumbKey" FROM "Photo" WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  await client.end();
  // Photo-like bytes (blurred noise; a flat colour would compress to a few hundred bytes), as the pipeline encodes.
  const noise = Buffer.from(Array.from({ length: 480 * 360 * 3 }, () => Math.floor(Math.random() * 256)));
  const thumb = await sharp(noise, { raw: { width: 480, height: 360, channels: 3 } })
    .blur(1.5)
    .webp({ quality: 72, effort: 2 })
    .toBuffer();
  for (const photo of photos) {
    const file = path.join(storageDir, photo.thumbKey);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, thumb);
  }
  const thumbUrl = `${base}/api/photos/${ids[0]}/thumb`;
  const etag = (await fetch(thumbUrl, { headers: { cookie } })).headers.get("etag") ?? "";
  if (!etag) throw new Error("no ETag on the thumbnail");

  const pid = server.pid!;
  const rows: Row[] = [];
  rows.push(await measure("feed page (24 thumbnails)", feedUrl, { cookie }, pid, 200));
  rows.push(await measure("thumbnail, revalidated (304)", thumbUrl, { cookie, "if-none-match": etag }, pid, 304));
  rows.push(await measure("thumbnail, full (200)", thumbUrl, { cookie }, pid, 200));
  const empty = await fetch(`${base}/bench-empty`, { headers: { cookie }, redirect: "manual" });
  if (empty.status === 200) rows.push(await measure("empty dynamic page", `${base}/bench-empty`, { cookie }, pid, 200));
  else console.log("no /bench-empty page in this build: the floor is not measured");

  const [feed, revalidated] = rows;
  const floor = rows.find((r) => r.name === "empty dynamic page");
  console.log(`\n${ids.length} thumbnails on the feed page; ${connections} connections, ${duration} s per row\n`);
  console.log("| request | req/s | p50 ms | p95 ms | server CPU per request | status | bytes |");
  console.log("| --- | --- | --- | --- | --- | --- | --- |");
  for (const row of rows)
    console.log(
      `| ${row.name} | ${row.rps} | ${row.p50} | ${row.p95} | ${row.cpuMs} ms | ${row.status} | ${row.bytes} |`,
    );
  const repeatVisit = feed.cpuMs + ids.length * revalidated.cpuMs;
  console.log(
    `\nA repeat visit of the feed: ${feed.cpuMs} ms (page) + ${ids.length} x ${revalidated.cpuMs} ms (304s) = ${
      Math.round(repeatVisit * 100) / 100
    } ms of server CPU, ${Math.round((repeatVisit / feed.cpuMs) * 100) / 100}x the page alone` +
      (floor
        ? `; one 304 costs ${Math.round((revalidated.cpuMs / floor.cpuMs) * 100) / 100}x the empty dynamic page, the feed page ${
            Math.round((feed.cpuMs / floor.cpuMs) * 100) / 100
          }x`
        : ""),
  );
  mkdirSync(path.join(root, "bench/results"), { recursive: true });
  writeFileSync(
    path.join(root, `bench/results/photo-revalidation-${new Date().toISOString().slice(0, 16).replace(":", "")}.json`),
    JSON.stringify({ thumbnails: ids.length, connections, duration, rows }, null, 2),
  );
} finally {
  await stopServer(server, base);
  rmSync(storageDir, { recursive: true, force: true });
}
