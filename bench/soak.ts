// Soak test (issue #7 "Hardening"): SOAK_PARENTS simulated parents and SOAK_STAFF staff members use the production
// build at the same time for SOAK_SECONDS, through the same HTTP requests the browser makes: pages, the message and
// afmelden server actions (Next-Action header, body encoded by React's own encodeReply), and photo uploads to
// POST /api/photos. Pass = no 5xx or network error, every action answered ok, and afterwards the database holds
// exactly the writes the simulator was told succeeded: each write carries a unique token (message body, absence
// comment, photo caption) that must be found exactly once, and a count by author and run start must match too.
// Prerequisites: `npx tsx bench/seed-scale.ts` and `npm run build` (same BENCH_DATABASE_URL). 127.0.0.1 only.
//   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/roef_soak npx tsx bench/soak.ts
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import sharp from "sharp";
// @ts-expect-error Next's compiled React client has no types; encodeReply(args) -> the FormData a form action posts.
import { encodeReply } from "next/dist/compiled/react-server-dom-webpack/client.edge";
import { login, startServer, stopServer, waitForHealth } from "./server.ts";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.SOAK_PORT ?? 3300);
const base = `http://127.0.0.1:${port}`;
const databaseUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/roef_soak";
const seconds = Number(process.env.SOAK_SECONDS ?? 60);
const parentCount = Number(process.env.SOAK_PARENTS ?? 50);
const staffCount = Number(process.env.SOAK_STAFF ?? 10);
/** Pause between a user's requests: uniform 0..SOAK_THINK_MS, so 60 users do not march in lock step. */
const thinkMs = Number(process.env.SOAK_THINK_MS ?? 500);
/** Prefix of every token this run writes: rows of earlier runs never match it. */
const runId = `soak-${Date.now().toString(36)}`;
const storageDir = path.join(os.tmpdir(), "roef-soak-storage");
const day = 24 * 3600 * 1000;

// ---------------------------------------------------------------------------------------------------------------
// Server actions by name, from the build's manifest (ids change with every build).

type ActionManifest = { node: Record<string, { filename: string; exportedName: string }> };
function actionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(
    readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8"),
  ) as ActionManifest;
  const found = Object.entries(manifest.node).find(
    ([, action]) => action.filename === filename && action.exportedName === exportedName,
  );
  if (!found) throw new Error(`server action ${exportedName} (${filename}) not in the build: run npm run build`);
  return found[0];
}
const ACTIONS = {
  reply: actionId("app/(portal)/berichten/actions.ts", "replyAction"),
  absence: actionId("app/(portal)/ouder/planning/actions.ts", "reportAbsenceAction"),
};

// ---------------------------------------------------------------------------------------------------------------
// Measurements

type Kind = string;
type Failure = { kind: Kind; status: number; detail: string };
const latencies = new Map<Kind, number[]>();
const serverErrors = new Map<Kind, number>();
const failures: Failure[] = [];
type WriteKind = "message" | "absence" | "photo";
/** Token -> rows the server said it wrote (acknowledged) / tokens whose answer never came (may or may not exist). */
const acknowledged: Record<WriteKind, Map<string, number>> = {
  message: new Map(),
  absence: new Map(),
  photo: new Map(),
};
const unacknowledged: Record<WriteKind, Set<string>> = { message: new Set(), absence: new Set(), photo: new Set() };
const photoIds = new Map<string, string>();
/** Afmeldingen sent twice at the same moment, and how many of those wrote exactly once. */
const doubles = { sent: 0, wroteOnce: 0 };
/** Messages sent twice at the same moment with one submission key (their rows are checked like every message's). */
const messageDoubles = { sent: 0 };
let messagesSent = 0;

function fail(kind: Kind, status: number, detail: string) {
  failures.push({ kind, status, detail: detail.slice(0, 300) });
  if (status === 0 || status >= 500) serverErrors.set(kind, (serverErrors.get(kind) ?? 0) + 1);
}

/** One request, timed until the whole body is read (what the user waits for). Status 0 = network error/timeout. */
async function request(kind: Kind, url: string, init: RequestInit): Promise<{ status: number; text: string }> {
  const started = performance.now();
  let result: { status: number; text: string };
  try {
    const response = await fetch(`${base}${url}`, {
      ...init,
      redirect: "manual",
      signal: AbortSignal.timeout(120_000),
    });
    result = { status: response.status, text: await response.text() };
  } catch (error) {
    result = { status: 0, text: String(error) };
  }
  const list = latencies.get(kind) ?? [];
  list.push(performance.now() - started);
  latencies.set(kind, list);
  return result;
}

async function page(kind: Kind, url: string, cookie: string): Promise<void> {
  const { status, text } = await request(kind, url, { headers: { cookie } });
  if (status !== 200) fail(kind, status, `${url}: ${text}`);
}

type ActionState = { ok: boolean; message?: string; messageValues?: Record<string, string> };

/**
 * Calls a server action like a form with useActionState does: POST to the page's URL with the Next-Action header
 * and [previousState, formData] encoded by React. The answer is a Flight stream whose row 1 is the ActionState.
 */
async function action(
  kind: Kind,
  pagePath: string,
  id: string,
  cookie: string,
  fields: Record<string, string>,
  acceptedRefusal?: string,
): Promise<ActionState | null> {
  const formData = new FormData();
  for (const [name, value] of Object.entries(fields)) formData.append(name, value);
  const body = (await encodeReply([{ ok: false }, formData])) as FormData;
  const { status, text } = await request(kind, pagePath, {
    method: "POST",
    headers: { cookie, origin: base, accept: "text/x-component", "next-action": id },
    body,
  });
  const row = /^1:(\{.*\})$/m.exec(text)?.[1];
  const state = status === 200 && row ? (JSON.parse(row) as ActionState) : null;
  // "errors.unexpected" is a caught server error answered with 200: it counts as a server error here.
  if (!state) fail(kind, status || 0, `${pagePath}: ${text}`);
  else if (!state.ok && state.message !== acceptedRefusal)
    fail(kind, state.message === "errors.unexpected" ? 500 : status, `${pagePath}: ${JSON.stringify(state)}`);
  return state;
}

// ---------------------------------------------------------------------------------------------------------------
// Simulated users

type Parent = {
  login: string;
  userId: string;
  childId: string;
  threadId: string;
  nextDate: number;
  absences: number;
  cookie: string;
};
type Staff = { login: string; userId: string; groupId: string; threadId: string; cookie: string };

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** The next Monday-Friday after `ms` (UTC midnight values, like @db.Date); the seed's contracts run every weekday. */
function nextWeekday(ms: number): number {
  let next = ms + day;
  while ([0, 6].includes(new Date(next).getUTCDay())) next += day;
  return next;
}

let sequence = 0;
const token = (kind: string) => `${runId}-${kind}${++sequence}`;

/**
 * A reply with the form's submission key. Every second one is sent twice at the same moment with the same key (a
 * double tap, or a resend after a lost answer): both copies are told "sent", and exactly one row may exist.
 */
async function sendMessage(kind: Kind, user: { cookie: string; threadId: string }): Promise<void> {
  const tag = token("m");
  const fields = { threadId: user.threadId, body: `${tag} Tot morgen, groetjes!`, submissionKey: randomUUID() };
  const copies = ++messagesSent % 2 === 0 ? 2 : 1;
  if (copies > 1) messageDoubles.sent++;
  const states = await Promise.all(
    Array.from({ length: copies }, () =>
      action(kind, `/berichten/${user.threadId}`, ACTIONS.reply, user.cookie, fields),
    ),
  );
  if (states.some((state) => state?.ok)) acknowledged.message.set(tag, 1);
  else if (states.some((state) => !state)) unacknowledged.message.add(tag);
}

/**
 * Afmelden for the next weekday without an absence yet: one Absence row per contracted dagdeel of that day. Every
 * second one is sent twice at the same moment (a double tap, or both guardians at once): exactly one may write, the
 * other must be told "al afgemeld".
 */
async function reportAbsence(parent: Parent): Promise<void> {
  const tag = token("a");
  const date = isoDate(parent.nextDate);
  parent.nextDate = nextWeekday(parent.nextDate);
  const fields = { childId: parent.childId, from: date, to: "", dagdeel: "ALL", reason: "ZIEK", comment: tag };
  const copies = ++parent.absences % 2 === 0 ? 2 : 1;
  const states = await Promise.all(
    Array.from({ length: copies }, () =>
      action(
        "POST afmelden",
        "/ouder/planning",
        ACTIONS.absence,
        parent.cookie,
        fields,
        copies > 1 ? "planningErrors.alreadyReported" : undefined,
      ),
    ),
  );
  const written = states.filter((state) => state?.ok);
  if (written.length)
    acknowledged.absence.set(
      tag,
      written.reduce((sum, state) => sum + Number(state!.messageValues?.count ?? 0), 0),
    );
  if (copies > 1) doubles.sent++;
  if (copies > 1 && written.length === 1) doubles.wroteOnce++;
  if (states.some((state) => !state)) unacknowledged.absence.add(tag);
  else if (written.length !== 1) fail("POST afmelden", 200, `${date} sent ${copies}x: ${written.length} wrote`);
}

/** A 1200 x 900 JPEG with a block whose colour and place come from the counter: every upload has its own pixels. */
const PHOTO = { width: 1200, height: 900 };
const basePixels = await sharp({
  create: {
    ...PHOTO,
    channels: 3,
    background: { r: 120, g: 170, b: 210 },
    noise: { type: "gaussian", mean: 128, sigma: 20 },
  },
})
  .raw()
  .toBuffer();
let photoCounter = 0;
async function distinctJpeg(): Promise<Buffer> {
  const n = ++photoCounter;
  const pixels = Buffer.from(basePixels);
  const [x0, y0] = [(n * 37) % (PHOTO.width - 64), (n * 53) % (PHOTO.height - 64)];
  for (let y = y0; y < y0 + 64; y++)
    pixels.fill(
      Buffer.from([n % 256, (n >> 8) % 256, 255 - (n % 256)]),
      (y * PHOTO.width + x0) * 3,
      (y * PHOTO.width + x0 + 64) * 3,
    );
  return sharp(pixels, { raw: { ...PHOTO, channels: 3 } })
    .jpeg({ quality: 82 })
    .toBuffer();
}

async function uploadPhoto(staff: Staff): Promise<void> {
  const tag = token("p");
  const bytes = await distinctJpeg();
  const params = new URLSearchParams({ groupId: staff.groupId, caption: tag, noChildren: "1" });
  // What the uploader's XMLHttpRequest sends: the file as the body, its type, and (same-origin) the Origin header.
  const { status, text } = await request("POST /api/photos", `/api/photos?${params}`, {
    method: "POST",
    headers: { cookie: staff.cookie, origin: base, "content-type": "image/jpeg" },
    body: new Uint8Array(bytes),
  });
  if (status === 201) {
    acknowledged.photo.set(tag, 1);
    photoIds.set(tag, (JSON.parse(text) as { id: string }).id);
  } else {
    fail("POST /api/photos", status, text);
    if (status === 0 || status >= 500) unacknowledged.photo.add(tag);
  }
}

const think = () => new Promise((resolve) => setTimeout(resolve, Math.random() * thinkMs));

/** Runs the steps in order, again and again, until the deadline; a step in flight at the deadline completes. */
async function loop(deadline: number, steps: (() => Promise<void>)[]): Promise<void> {
  for (;;) {
    for (const step of steps) {
      if (Date.now() >= deadline) return;
      await step();
      await think();
    }
  }
}

const parentSteps = (p: Parent) => [
  () => page("GET /ouder", "/ouder", p.cookie),
  () => page("GET /ouder/fotos/[child]", `/ouder/fotos/${p.childId}`, p.cookie),
  () => page("GET /ouder/schriftje", "/ouder/schriftje", p.cookie),
  () => page("GET /berichten", "/berichten", p.cookie),
  () => page("GET /berichten/[thread]", `/berichten/${p.threadId}`, p.cookie),
  () => sendMessage("POST bericht (ouder)", p),
  () => page("GET /ouder/planning", "/ouder/planning", p.cookie),
  () => reportAbsence(p),
];

const staffSteps = (s: Staff) => {
  let round = 0;
  return [
    () => page("GET /groep", "/groep", s.cookie),
    () => page("GET /groep/fotos", `/groep/fotos`, s.cookie),
    () => uploadPhoto(s),
    // Every other round the staff member answers a family of the group (same thread page a parent may write in).
    async () => {
      if (round++ % 2 === 1) return;
      await page("GET /berichten/[thread]", `/berichten/${s.threadId}`, s.cookie);
      await sendMessage("POST bericht (staf)", s);
    },
  ];
};

// ---------------------------------------------------------------------------------------------------------------
// Setup, run, verification

async function loadUsers(
  db: pg.Client,
): Promise<{ parents: Omit<Parent, "cookie">[]; staff: Omit<Staff, "cookie">[] }> {
  const parentLogins = Array.from({ length: parentCount }, (_, i) => String(500001 + i));
  const staffLogins = Array.from({ length: staffCount }, (_, i) => `staff${i + 1}@bench.example`);
  // Afmelden goes forward from the day after the latest absence of earlier runs, at least two days from now
  // (never "today" in Amsterdam, whatever the UTC date is).
  const { rows: parents } = await db.query<{
    login: string;
    userId: string;
    childId: string;
    threadId: string | null;
    lastAbsence: string | null;
  }>(
    `SELECT u."loginName" AS login, u.id AS "userId", c.id AS "childId",
            (SELECT t.id FROM "Thread" t WHERE t."familyId" = u."familyId" AND t.kind = 'GROUP' ORDER BY t.id LIMIT 1) AS "threadId",
            (SELECT to_char(max(a.date), 'YYYY-MM-DD') FROM "Absence" a WHERE a."childId" = c.id) AS "lastAbsence"
       FROM "User" u JOIN "Child" c ON c."familyId" = u."familyId"
      WHERE u."loginName" = ANY($1) AND u.status = 'ACTIVE' ORDER BY u."loginName"`,
    [parentLogins],
  );
  const { rows: staff } = await db.query<{ login: string; userId: string; groupId: string; threadId: string | null }>(
    `SELECT u.email AS login, u.id AS "userId", m."groupId",
            (SELECT t.id FROM "Thread" t WHERE t."groupId" = m."groupId" AND t.kind = 'GROUP' ORDER BY t.id LIMIT 1) AS "threadId"
       FROM "User" u JOIN "StaffMembership" m ON m."userId" = u.id
      WHERE u.email = ANY($1) AND u.status = 'ACTIVE' ORDER BY u.email`,
    [staffLogins],
  );
  if (
    parents.length !== parentCount ||
    staff.length !== staffCount ||
    [...parents, ...staff].some((u) => !u.threadId)
  ) {
    throw new Error(
      `the seed has ${parents.length}/${parentCount} parents and ${staff.length}/${staffCount} staff with a thread: run bench/seed-scale.ts`,
    );
  }
  const earliest = Date.parse(isoDate(Date.now())) + day;
  return {
    // Half the parents start at an odd count, so their first afmelden is already a double one (see reportAbsence).
    parents: parents.map((p, i) => ({
      ...p,
      threadId: p.threadId!,
      nextDate: nextWeekday(Math.max(earliest, p.lastAbsence ? Date.parse(p.lastAbsence) : 0)),
      absences: i % 2,
    })),
    staff: staff.map((s) => ({ ...s, threadId: s.threadId! })),
  };
}

/** Sign-ins a few at a time: each is a deliberately slow argon2 check, and only failed sign-ins are rate limited. */
async function signInAll<T extends { login: string }>(users: T[]): Promise<(T & { cookie: string })[]> {
  const out: (T & { cookie: string })[] = [];
  for (let i = 0; i < users.length; i += 4)
    out.push(
      ...(await Promise.all(users.slice(i, i + 4).map(async (u) => ({ ...u, cookie: await login(base, u.login) })))),
    );
  return out;
}

type WriteCheck = {
  kind: WriteKind;
  acknowledged: number;
  expectedRows: number;
  foundRows: number;
  byUserSinceStart: number;
  lost: number;
  duplicated: number;
  unexpected: number;
  unacknowledged: number;
  unacknowledgedLanded: number;
};

/** Tallies the rows carrying this run's tokens and compares them with what the simulator was told. */
function compare(kind: WriteKind, rows: { token: string; n: number }[], byUserSinceStart: number): WriteCheck {
  const found = new Map(rows.map((r) => [r.token, Number(r.n)]));
  const expected = acknowledged[kind];
  let lost = 0,
    duplicated = 0,
    unexpected = 0,
    unacknowledgedLanded = 0;
  for (const [tag, n] of expected) {
    const got = found.get(tag) ?? 0;
    if (got < n) lost += n - got;
    if (got > n) duplicated += got - n;
  }
  for (const [tag, n] of found) {
    if (expected.has(tag)) continue;
    if (unacknowledged[kind].has(tag)) unacknowledgedLanded += n;
    else unexpected += n;
  }
  const expectedRows = [...expected.values()].reduce((a, b) => a + b, 0);
  const foundRows = [...found.values()].reduce((a, b) => a + b, 0);
  return {
    kind,
    acknowledged: expected.size,
    expectedRows,
    foundRows,
    byUserSinceStart,
    lost,
    duplicated,
    unexpected,
    unacknowledged: unacknowledged[kind].size,
    unacknowledgedLanded,
  };
}

async function verify(
  db: pg.Client,
  since: Date,
  userIds: string[],
): Promise<{ checks: WriteCheck[]; problems: string[] }> {
  const like = `${runId}-%`;
  const tokenOf = (column: string) => `substring(${column} from '^(${runId}-[a-z]+[0-9]+)')`;
  const q = async (sql: string, params: unknown[]) => (await db.query(sql, params)).rows;
  const messages = await q(
    `SELECT ${tokenOf("body")} AS token, count(*) AS n FROM "Message" WHERE body LIKE $1 GROUP BY 1`,
    [like],
  );
  const absences = await q(`SELECT comment AS token, count(*) AS n FROM "Absence" WHERE comment LIKE $1 GROUP BY 1`, [
    like,
  ]);
  const photos = await q(`SELECT caption AS token, count(*) AS n FROM "Photo" WHERE caption LIKE $1 GROUP BY 1`, [
    like,
  ]);
  // Prisma stores DateTime as UTC in timestamp(3) without time zone: compare with a UTC literal, whatever the TZ.
  const sinceUtc = since.toISOString().replace("T", " ").replace("Z", "");
  const count = async (sql: string) => Number((await q(sql, [userIds, sinceUtc]))[0].n);
  const checks = [
    compare(
      "message",
      messages,
      await count(`SELECT count(*) AS n FROM "Message" WHERE "authorId" = ANY($1) AND "createdAt" >= $2::timestamp`),
    ),
    compare(
      "absence",
      absences,
      await count(
        `SELECT count(*) AS n FROM "Absence" WHERE "reportedById" = ANY($1) AND "reportedAt" >= $2::timestamp`,
      ),
    ),
    compare(
      "photo",
      photos,
      await count(`SELECT count(*) AS n FROM "Photo" WHERE "uploadedById" = ANY($1) AND "createdAt" >= $2::timestamp`),
    ),
  ];
  const problems: string[] = [];
  for (const c of checks) {
    if (c.lost || c.duplicated || c.unexpected)
      problems.push(`${c.kind}: ${c.lost} lost, ${c.duplicated} duplicated, ${c.unexpected} unexpected rows`);
    if (c.byUserSinceStart !== c.expectedRows + c.unacknowledgedLanded)
      problems.push(
        `${c.kind}: ${c.byUserSinceStart} rows by the soak users since the start, expected ${c.expectedRows}`,
      );
  }
  // The other half of each write, in the same transaction: tegoed for every absence that earned it, the photo's files.
  const [{ missing }] = await q(
    `SELECT count(*) AS missing FROM "Absence" a WHERE a.comment LIKE $1 AND a."earnedMinutes" > 0 AND NOT EXISTS (SELECT 1 FROM "CreditEntry" e WHERE e."absenceId" = a.id AND e.type = 'EARNED')`,
    [like],
  );
  if (Number(missing)) problems.push(`absence: ${missing} absences without their earned tegoed`);
  const [{ doubled }] = await q(
    `SELECT count(*) AS doubled FROM (SELECT 1 FROM "Absence" WHERE "reportedById" = ANY($1) AND "withdrawnAt" IS NULL GROUP BY "childId", date, dagdeel HAVING count(*) > 1) d`,
    [userIds],
  );
  if (Number(doubled)) problems.push(`absence: ${doubled} dagdelen reported twice`);
  const stored = await q(
    `SELECT caption, id, "thumbKey", "displayKey", "downloadKey" FROM "Photo" WHERE caption LIKE $1`,
    [like],
  );
  for (const photo of stored) {
    if (photoIds.has(photo.caption) && photoIds.get(photo.caption) !== photo.id)
      problems.push(`photo ${photo.caption}: id ${photo.id}, answered ${photoIds.get(photo.caption)}`);
    for (const key of [photo.thumbKey, photo.displayKey, photo.downloadKey])
      if (!existsSync(path.join(storageDir, key))) problems.push(`photo ${photo.id}: ${key} not stored`);
  }
  return { checks, problems };
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0;

const db = new pg.Client({ connectionString: databaseUrl });
await db.connect();
mkdirSync(path.join(root, "bench/results"), { recursive: true });
const logFile = path.join(root, `bench/results/${runId}-server.log`);
const server = startServer({ port, databaseUrl, logFile, env: { STORAGE_DIR: storageDir, MALLOC_ARENA_MAX: "2" } });
let exitCode = 1;
try {
  await waitForHealth(base);
  const users = await loadUsers(db);
  const since = new Date();
  console.log(`${runId}: signing in ${parentCount} parents and ${staffCount} staff ...`);
  const parents = await signInAll(users.parents);
  const staff = await signInAll(users.staff);

  // One write of each kind first, checked in the database: a wrong action id or form encoding fails here, loudly.
  await sendMessage("POST bericht (ouder)", parents[0]);
  await reportAbsence(parents[0]);
  await uploadPhoto(staff[0]);
  const probe = await verify(
    db,
    since,
    [...parents, ...staff].map((u) => u.userId),
  );
  if (failures.length || probe.problems.length || probe.checks.some((c) => c.foundRows === 0)) {
    throw new Error(`probe writes did not land: ${JSON.stringify({ failures, probe }, null, 2)}`);
  }

  latencies.clear(); // the probes ran one at a time: only the soak itself goes into the latency table
  console.log(`probe writes landed; running ${seconds} s ...`);
  const started = performance.now();
  const deadline = Date.now() + seconds * 1000;
  await Promise.all([
    ...parents.map((p) => loop(deadline, parentSteps(p))),
    ...staff.map((s) => loop(deadline, staffSteps(s))),
  ]);
  const elapsed = (performance.now() - started) / 1000;

  const { checks, problems } = await verify(
    db,
    since,
    [...parents, ...staff].map((u) => u.userId),
  );
  const rows = [...latencies.entries()].map(([kind, list]) => {
    const sorted = [...list].sort((a, b) => a - b);
    return {
      kind,
      requests: list.length,
      rps: list.length / elapsed,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      serverErrors: serverErrors.get(kind) ?? 0,
      failures: failures.filter((f) => f.kind === kind).length,
    };
  });
  const all = [...latencies.values()].flat().sort((a, b) => a - b);
  const total = {
    kind: "all",
    requests: all.length,
    rps: all.length / elapsed,
    p50: percentile(all, 50),
    p95: percentile(all, 95),
    p99: percentile(all, 99),
    serverErrors: [...serverErrors.values()].reduce((a, b) => a + b, 0),
    failures: failures.length,
  };
  const ms = (v: number) => Math.round(v);
  console.log(
    `\n${parentCount} parents + ${staffCount} staff, ${elapsed.toFixed(1)} s, think time 0-${thinkMs} ms, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  console.log(
    "\n| request | count | req/s | p50 ms | p95 ms | p99 ms | 5xx/network | failed |\n| --- | --- | --- | --- | --- | --- | --- | --- |",
  );
  for (const r of [...rows, total])
    console.log(
      `| ${r.kind} | ${r.requests} | ${r.rps.toFixed(1)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.serverErrors} | ${r.failures} |`,
    );
  console.log(
    "\n| write | acknowledged | rows expected | rows found (token) | rows by soak users since start | lost | duplicated |\n| --- | --- | --- | --- | --- | --- | --- |",
  );
  for (const c of checks)
    console.log(
      `| ${c.kind} | ${c.acknowledged} | ${c.expectedRows} | ${c.foundRows} | ${c.byUserSinceStart} | ${c.lost} | ${c.duplicated} |`,
    );
  console.log(`\nafmeldingen sent twice at once: ${doubles.sent}, of which exactly one wrote: ${doubles.wroteOnce}`);
  console.log(
    `messages sent twice at once with one submission key: ${messageDoubles.sent} (each must be one row: see "duplicated")`,
  );
  for (const f of failures.slice(0, 20)) console.log(`FAILED ${f.kind} (${f.status}): ${f.detail}`);
  for (const p of problems) console.log(`MISMATCH ${p}`);
  writeFileSync(
    path.join(root, `bench/results/${runId}.json`),
    JSON.stringify(
      {
        runId,
        parentCount,
        staffCount,
        seconds,
        thinkMs,
        elapsed,
        loadavg: os.loadavg(),
        rows,
        total,
        checks,
        doubles,
        messageDoubles,
        problems,
        failures,
      },
      null,
      2,
    ),
  );
  exitCode = failures.length || problems.length ? 1 : 0;
  console.log(
    exitCode
      ? `\nFAIL (server log: ${path.relative(root, logFile)})`
      : "\nPASS: no server errors, every write found exactly once",
  );
} finally {
  await stopServer(server, base);
  await db.end();
}
process.exit(exitCode);
