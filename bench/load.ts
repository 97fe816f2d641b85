// Loopback load test against the production build: logs in as a bench parent (and staff member), then runs
// autocannon on the main pages at 10 and 50 connections and prints req/s and latency percentiles, plus the same
// for a static file of the same size as the parent feed (served by Next from public/), for the ratio.
// Prerequisites: `npx tsx bench/seed-scale.ts` and `npx next build`. Traffic goes to 127.0.0.1 only.
//   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/roef_bench npx tsx bench/load.ts
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { login as signIn, startServer as start, stopServer as stop, waitForHealth as ready } from "./server.ts";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.BENCH_PORT ?? 3200);
const base = `http://127.0.0.1:${port}`;
const databaseUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/roef_bench";
const duration = Number(process.env.BENCH_SECONDS ?? 10);

/** Pages to measure, per role. Paths with {child} get the bench parent's first child id. */
const PAGES: { name: string; role: "parent" | "staff"; path: string }[] = JSON.parse(
  process.env.BENCH_PAGES ??
    JSON.stringify([
      { name: "parent overview", role: "parent", path: "/ouder" },
      { name: "parent photo feed", role: "parent", path: "/ouder/fotos/{child}" },
      { name: "parent schriftje", role: "parent", path: "/ouder/schriftje" },
      { name: "parent messages", role: "parent", path: "/berichten" },
      { name: "parent planning", role: "parent", path: "/ouder/planning" },
      { name: "staff group", role: "staff", path: "/groep" },
    ]),
);

const login = (username: string) => signIn(base, username);

type Row = {
  name: string;
  connections: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  bytes: number;
};

async function measure(name: string, url: string, connections: number, cookie?: string): Promise<Row> {
  const result = await autocannon({ url, connections, duration, headers: cookie ? { cookie } : {} });
  return {
    name,
    connections,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p95: result.latency.p97_5 !== undefined ? percentile95(result) : result.latency.p90,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    bytes: Math.round(result.throughput.total / Math.max(1, result.requests.total)),
  };
}

// autocannon reports p90 and p97.5 but not p95; interpolate between them (documented in bench/README.md).
function percentile95(result: autocannon.Result): number {
  return Math.round((result.latency.p90 + (result.latency.p97_5 - result.latency.p90) * (5 / 7.5)) * 100) / 100;
}

const startServer = () => start({ port, databaseUrl });
const waitForHealth = () => ready(base);
const stopServer = (server: ReturnType<typeof startServer>) => stop(server, base);

const staticDir = path.join(root, "public/__bench");
const rows: Row[] = [];
let server = startServer();
try {
  await waitForHealth();
  const cookies = { parent: await login("500001"), staff: await login("staff1@bench.example") };
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows: childRows } = await client.query<{ id: string }>(
    `SELECT c.id FROM "Child" c JOIN "Family" f ON f.id = c."familyId" WHERE f.debiteurnummer = '500001' LIMIT 1`,
  );
  await client.end();
  const resolve = (pagePath: string) => pagePath.replace("{child}", childRows[0].id);
  let firstPageBytes = 0;
  for (const page of PAGES) {
    const probe = await fetch(`${base}${resolve(page.path)}`, {
      headers: { cookie: cookies[page.role] },
      redirect: "manual",
    });
    if (probe.status !== 200) throw new Error(`${page.path} answered ${probe.status} for ${page.role}`);
    const size = (await probe.arrayBuffer()).byteLength;
    firstPageBytes ||= size;
    for (const connections of [10, 50])
      rows.push(await measure(page.name, `${base}${resolve(page.path)}`, connections, cookies[page.role]));
  }
  // Next.js lists public/ at start-up, so the same-size static file needs a restart to be served.
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(path.join(staticDir, "static.html"), "x".repeat(firstPageBytes));
  await stopServer(server);
  server = startServer();
  await waitForHealth();
  for (const connections of [10, 50])
    rows.push(await measure(`static file (${firstPageBytes} B)`, `${base}/__bench/static.html`, connections));

  console.log(
    "\n| page | conns | req/s | p50 ms | p95 ms | p99 ms | errors | non-2xx |\n| --- | --- | --- | --- | --- | --- | --- | --- |",
  );
  for (const row of rows)
    console.log(
      `| ${row.name} | ${row.connections} | ${row.rps} | ${row.p50} | ${row.p95} | ${row.p99} | ${row.errors} | ${row.non2xx} |`,
    );
  mkdirSync(path.join(root, "bench/results"), { recursive: true });
  writeFileSync(
    path.join(root, `bench/results/load-${new Date().toISOString().slice(0, 10)}.json`),
    JSON.stringify(rows, null, 2),
  );
} finally {
  rmSync(staticDir, { recursive: true, force: true });
  await stopServer(server);
}
