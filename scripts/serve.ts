// Serves the production build with one `next start` process per CPU core (node:cluster; the workers share the
// listening socket). One Node process renders pages on one core only, and server rendering is what bounds the
// portal's throughput (bench/README.md). Nothing in the app keeps state in process memory that must be shared:
// sessions are cookies checked against Postgres, login throttling lives in Postgres.
//   PORT (default 3000), LISTEN_HOST (optional; not HOSTNAME, which containers set to their id), WEB_CONCURRENCY (workers; default: the machine's cores).
// Used by `npm start`, the e2e run and the load benchmarks. Even one worker runs under the primary, so a crashed
// worker is replaced and MALLOC_ARENA_MAX applies; SIGTERM/SIGINT stop all.
import cluster from "node:cluster";
import { availableParallelism } from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const workers = Math.max(1, Number(process.env.WEB_CONCURRENCY) || availableParallelism());

function startWorker() {
  const args = ["start", "-p", String(process.env.PORT ?? 3000), ...(process.env.LISTEN_HOST ? ["-H", process.env.LISTEN_HOST] : [])];
  process.argv = [process.argv[0], path.join(root, "node_modules/next/dist/bin/next"), ...args];
  return import(path.join(root, "node_modules/next/dist/bin/next"));
}

if (cluster.isPrimary) {
  let stopping = false;
  // sharp/libvips threads fragment glibc's per-thread malloc arenas (bench/README.md, photo pipeline); the workers
  // inherit this environment.
  process.env.MALLOC_ARENA_MAX ??= "2";
  const startedAt = new Map<number, number>();
  const fork = () => startedAt.set(cluster.fork().id, Date.now());
  for (let i = 0; i < workers; i++) fork();
  // A worker that dies right after starting (port taken, broken build) would die again: give up after a few.
  let quickExits = 0;
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    quickExits = Date.now() - (startedAt.get(worker.id) ?? 0) < 10_000 ? quickExits + 1 : 0;
    if (quickExits >= 5) {
      console.error("web workers keep exiting right after start-up; stopping");
      process.exit(1);
    }
    console.error(`web worker ${worker.process.pid} exited (${signal ?? code}); starting a new one`);
    setTimeout(fork, 1000);
  });
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill("SIGTERM");
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
} else {
  await startWorker();
}
