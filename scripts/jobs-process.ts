// Starts scripts/jobs.ts as a child process of the server and restarts it when it exits (after a pause that grows
// while it keeps failing). No lib imports here: scripts/serve.ts's primary process only supervises.
// JOBS_DISABLED=true: no runner (jobs then wait in Postgres until one runs).
import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";

const script = path.resolve(import.meta.dirname, "jobs.ts");
const hook = path.resolve(import.meta.dirname, "server-only-hook.mjs");

export function superviseJobRunner(): { stop: () => void } | null {
  if (process.env.JOBS_DISABLED === "true") return null;
  let child: ChildProcess | undefined;
  let stopped = false;
  let failures = 0;
  const start = () => {
    const startedAt = Date.now();
    child = fork(script, [], { execArgv: ["--import", "tsx", "--import", hook], stdio: "inherit" });
    child.on("exit", (code, signal) => {
      if (stopped) return;
      failures = Date.now() - startedAt < 60_000 ? failures + 1 : 0;
      const pause = Math.min(60_000, 1000 * 2 ** failures);
      console.error(`job runner exited (${signal ?? code}); starting it again in ${pause / 1000} s`);
      setTimeout(start, pause).unref();
    });
  };
  start();
  return {
    stop: () => {
      stopped = true;
      child?.kill("SIGTERM");
    },
  };
}
