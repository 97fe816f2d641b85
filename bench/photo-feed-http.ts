// HTTP benchmark of the parent feed page against the production build, with autocannon (10 connections).
// 1. Seed the bench database:   npx vitest run --config bench/vitest.config.ts   (bench/photo-feed.run.ts)
// 2. Serve it:                  DATABASE_URL=<bench db> NEXTAUTH_SECRET=... NEXTAUTH_URL=http://localhost:3101 npx next start -p 3101
// 3. Run:                       BENCH_DATABASE_URL=<bench db> BENCH_URL=http://localhost:3101 npx tsx bench/photo-feed-http.ts
// Signs in as the bench parent over next-auth's credentials endpoint, then requests /ouder/fotos/<child>.
import autocannonUntyped from "autocannon";
import pg from "pg";

type Result = { requests: { total: number }; non2xx: number; latency: Record<"p50" | "p90" | "p97_5" | "p99", number> };
const autocannon = autocannonUntyped as (options: { url: string; connections: number; duration: number; headers: Record<string, string> }) => Promise<Result>;

const base = process.env.BENCH_URL ?? "http://localhost:3101";
const dbUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/roef_bench_photos";
const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

const db = new pg.Client({ connectionString: dbUrl });
await db.connect();
const { rows } = await db.query<{ loginName: string; childId: string }>(
  `SELECT u."loginName", c.id AS "childId" FROM "User" u JOIN "Child" c ON c."familyId" = u."familyId"
   WHERE u.role = 'PARENT' AND u.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM "Placement" p JOIN "Photo" f ON f."groupId" = p."groupId" WHERE p."childId" = c.id)
   LIMIT 1`,
);
await db.end();
if (!rows[0]) throw new Error("no bench parent: seed the bench database first");

/** next-auth credentials sign-in: CSRF token + cookie, then the callback; returns the Cookie header to send. */
async function signIn(login: string, password: string): Promise<string> {
  const csrfResponse = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const jar = csrfResponse.headers.getSetCookie().map((c) => c.split(";")[0]);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, login, password, remember: "false", json: "true" }),
  });
  const session = response.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c.startsWith("roef.session="));
  if (!session) throw new Error(`sign-in failed (${response.status})`);
  return session;
}

const cookie = await signIn(rows[0].loginName, process.env.BENCH_PASSWORD ?? "Zeilboot-Roef-2026");
const path = `/ouder/fotos/${rows[0].childId}`;
const check = await fetch(`${base}${path}`, { headers: { cookie } });
if (check.status !== 200) throw new Error(`feed page answered ${check.status}`);

const result = await autocannon({ url: `${base}${path}`, connections, duration: seconds, headers: { cookie } });
console.log(`${path}: ${connections} connections, ${result.requests.total} requests in ${seconds} s (${result.non2xx} non-2xx)`);
console.log(`latency p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p97.5 ${result.latency.p97_5} ms, p99 ${result.latency.p99} ms`);
