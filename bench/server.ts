// The production server and sign-in shared by the HTTP benchmarks (load.ts, soak.ts): scripts/serve.ts on 127.0.0.1,
// started and stopped as our own child process, and a session cookie from next-auth's credentials endpoint.
import { spawn, type ChildProcess } from "node:child_process";
import { openSync } from "node:fs";
import path from "node:path";
import { BENCH_PASSWORD } from "./common.ts";

const root = path.resolve(import.meta.dirname, "..");

/** `logFile`: where the server's stdout and stderr go (its error log is evidence when a benchmark sees a 5xx). */
export function startServer({
  port,
  databaseUrl,
  env = {},
  logFile,
}: {
  port: number;
  databaseUrl: string;
  env?: Record<string, string>;
  logFile?: string;
}): ChildProcess {
  const base = `http://127.0.0.1:${port}`;
  // The production server as `npm start` runs it (scripts/serve.ts: one next worker per core; BENCH_WORKERS to
  // override), spawned with node directly so stopping the child really stops the server.
  return spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/serve.ts")], {
    cwd: root,
    stdio: logFile ? ["ignore", openSync(logFile, "a"), openSync(logFile, "a")] : "ignore",
    env: {
      ...process.env,
      PORT: String(port),
      LISTEN_HOST: "127.0.0.1",
      WEB_CONCURRENCY: process.env.BENCH_WORKERS ?? "",
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret",
      NEXTAUTH_URL: base,
      APP_URL: base,
      LOG_LEVEL: "warn",
      ...env,
    },
  });
}

export async function waitForHealth(base: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (
      await fetch(`${base}/api/health`)
        .then((r) => r.ok)
        .catch(() => false)
    )
      return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("server did not come up");
}

export async function stopServer(server: ChildProcess, base: string): Promise<void> {
  if (server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
  for (
    let i = 0;
    i < 40 &&
    (await fetch(`${base}/api/health`)
      .then(() => true)
      .catch(() => false));
    i++
  )
    await new Promise((r) => setTimeout(r, 250));
}

/** Signs in like the login form does (credentials callback with the CSRF token); returns the session cookie. */
export async function login(base: string, username: string): Promise<string> {
  const csrfResponse = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookie = csrfResponse.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, login: username, password: BENCH_PASSWORD, remember: "true", json: "true" }),
  });
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .find((c) => c.startsWith("roef.session="));
  if (!session) throw new Error(`login failed for ${username}`);
  return session;
}
