// `npm run test:at -- 2027-12-31T23:30 [--unit|--e2e] [-- runner args]`: the whole suite (scripts/test-all.ts) at a
// faked instant. A time without offset is Amsterdam wall-clock time; "Z" or "+01:00" are taken as given.
//
// How: libfaketime (Debian's `faketime` package) is preloaded into every process the suite starts (the test runners,
// `next build`, the production server) with one fixed offset from the real clock, so they all agree and the clock
// keeps running (31 December 23:30 turns into 1 January during the run, which is the point). The database's now()
// must agree too, so a throwaway Postgres cluster is started under the same offset from Debian's
// /usr/lib/postgresql/*/bin. Chromium keeps the real clock: a faked clock hangs it (playwright.config.ts strips the
// preload from the browser), which is why no test may take a date from the browser.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, chownSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { TZDate } from "@date-fns/tz";

const root = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const instantArg = args.find((a) => /^\d{4}-\d{2}-\d{2}/.test(a));
if (!instantArg) {
  console.error("usage: npm run test:at -- <yyyy-MM-ddTHH:mm[:ss][Z|±HH:mm]> [--unit|--e2e] [-- runner args]");
  process.exit(2);
}
const rest = args.filter((a) => a !== instantArg);

/** The instant: without an offset, Amsterdam wall-clock time (DST-correct through TZDate). */
export function parseInstant(text: string): Date {
  if (/(Z|[+-]\d{2}:?\d{2})$/.test(text)) return new Date(text);
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (!m) throw new Error(`not an instant: ${text}`);
  const [, y, mo, d, h = "12", mi = "00", s = "00"] = m;
  return new Date(new TZDate(+y, +mo - 1, +d, +h, +mi, +s, "Europe/Amsterdam").getTime());
}

function findLibfaketime(): string {
  const candidates = [
    "/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1",
    "/usr/lib/aarch64-linux-gnu/faketime/libfaketimeMT.so.1",
    "/usr/lib/faketime/libfaketimeMT.so.1",
  ];
  const found = candidates.find(existsSync);
  if (found) return found;
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    console.log("libfaketime not found: installing Debian's faketime with apt-get…");
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    spawnSync("apt-get", ["install", "-y", "-qq", "faketime"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    const installed = candidates.find(existsSync);
    if (installed) return installed;
  }
  throw new Error("libfaketime not found: apt-get install faketime");
}

function postgresBin(): string {
  const base = "/usr/lib/postgresql";
  const versions = existsSync(base) ? readdirSync(base).sort((a, b) => Number(b) - Number(a)) : [];
  const bin = versions.map((v) => path.join(base, v, "bin")).find((dir) => existsSync(path.join(dir, "postgres")));
  if (!bin) throw new Error("Debian's Postgres server binaries (/usr/lib/postgresql/*/bin) are needed");
  return bin;
}

const target = parseInstant(instantArg);
const offsetSeconds = Math.round((target.getTime() - Date.now()) / 1000);
const lib = findLibfaketime();
// One offset for every process: each starts its clock from the real one, so they agree to the second.
const fakeEnv = {
  LD_PRELOAD: lib,
  FAKETIME: `${offsetSeconds >= 0 ? "+" : ""}${offsetSeconds}`,
  // Timers and timeouts (Playwright, pg pools, Next) run on the real monotonic clock.
  FAKETIME_DONT_FAKE_MONOTONIC: "1",
};
console.log(`Running the suite at ${target.toISOString()} (offset ${fakeEnv.FAKETIME} s, ${lib})`);

// A throwaway cluster under the same clock. Postgres refuses to run as root: as root it runs as `postgres`.
const bin = postgresBin();
const port = Number(process.env.TEST_AT_PG_PORT ?? 55_000 + (Number(process.env.E2E_PORT ?? 3100) % 1000));
// Like the machine's cluster the normal run uses: no autovacuum (its ANALYZE racing the EXPLAIN tests' own changes
// plans under them), and room for every vitest worker's pool.
const CLUSTER_SETTINGS = "-c autovacuum=off -c max_connections=400 -c shared_buffers=128MB";
const dataDir = mkdtempSync(path.join(tmpdir(), "roef-test-at-"));
const asRoot = process.getuid?.() === 0;
const runAsPostgres = (command: string, commandArgs: string[], env: Record<string, string> = {}) => {
  const vars = { TZ: "Etc/UTC", ...env };
  return asRoot
    ? spawnSync(
        "runuser",
        ["-u", "postgres", "--", "env", ...Object.entries(vars).map(([k, v]) => `${k}=${v}`), command, ...commandArgs],
        { stdio: "inherit" },
      )
    : spawnSync(command, commandArgs, { stdio: "inherit", env: { ...process.env, ...vars } });
};
if (asRoot) chownSync(dataDir, Number(idOf("postgres", "-u")), Number(idOf("postgres", "-g")));

function idOf(user: string, flag: string): string {
  return spawnSync("id", [flag, user], { encoding: "utf8" }).stdout.trim();
}

const stopCluster = () => {
  runAsPostgres(path.join(bin, "pg_ctl"), ["-D", path.join(dataDir, "pg"), "-m", "immediate", "stop"]);
  rmSync(dataDir, { recursive: true, force: true });
};
// Ctrl-C or a kill must not leave the throwaway cluster running (pg_ctl starts it in its own process group).
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    stopCluster();
    process.exit(130);
  });

let exitCode = 1;
try {
  const pgdata = path.join(dataDir, "pg");
  if (
    runAsPostgres(path.join(bin, "initdb"), ["-D", pgdata, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8"])
      .status !== 0
  )
    throw new Error("initdb failed");
  const started = runAsPostgres(
    path.join(bin, "pg_ctl"),
    [
      "-D",
      pgdata,
      "-l",
      path.join(dataDir, "postgres.log"),
      "-w",
      "-o",
      `-p ${port} -k ${dataDir} -h 127.0.0.1 -F ${CLUSTER_SETTINGS}`,
      "start",
    ],
    fakeEnv,
  );
  if (started.status !== 0) throw new Error("the faked-time Postgres did not start");
  const suite = spawn("npx", ["tsx", "scripts/test-all.ts", ...rest], {
    cwd: root,
    stdio: "inherit",
    env: {
      ...process.env,
      ...fakeEnv,
      TEST_DATABASE_URL: `postgresql://postgres@127.0.0.1:${port}/roef_test_at`,
    },
  });
  exitCode = await new Promise<number>((resolve) => suite.on("exit", (code) => resolve(code ?? 1)));
} finally {
  stopCluster();
}
console.log(`\ntest:at ${instantArg} (${target.toISOString()}): ${exitCode === 0 ? "passed" : "FAILED"}`);
process.exit(exitCode);
