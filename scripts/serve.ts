// Serves the production build with one Next.js server process per CPU core (node:cluster; the workers share the
// listening socket). One Node process renders pages on one core only, and server rendering is what bounds the
// portal's throughput (bench/README.md). Nothing in the app keeps state in process memory that must be shared:
// sessions are cookies checked against Postgres, login throttling lives in Postgres.
// The primary also starts this instance's job runner (scripts/jobs.ts; JOBS_DISABLED=true to leave it out).
//   PORT (default 3000), LISTEN_HOST (optional; not HOSTNAME, which containers set to their id), WEB_CONCURRENCY (workers; default: the machine's cores).
// Used by `npm start`, the e2e run and the load benchmarks. Even one worker runs under the primary, so a crashed
// worker is replaced and MALLOC_ARENA_MAX applies; SIGTERM/SIGINT stop all.
import cluster from "node:cluster";
import { createServer } from "node:http";
import { availableParallelism } from "node:os";
import path from "node:path";
import { applyClientAddress, markClientAddressFromSocket, trustedProxyHops } from "../lib/http/client-address.ts";
import { applyPageSecurityHeaders } from "../lib/http/csp.ts";
import { hasMalformedPath, NOT_FOUND_PATH } from "../lib/http/malformed-url.ts";
import { superviseJobRunner } from "./jobs-process.ts";

const root = path.resolve(import.meta.dirname, "..");
const workers = Math.max(1, Number(process.env.WEB_CONCURRENCY) || availableParallelism());

/**
 * One worker: Next's request handler (the programmatic `next()` server, which `next start` also wraps) behind a
 * plain Node server that sets the page security headers itself (lib/http/csp.ts), so proxy.ts is skipped, and
 * decides the client address from the socket (lib/http/client-address.ts; TRUSTED_PROXY_HOPS proxies in front).
 */
async function startWorker() {
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.LISTEN_HOST || undefined;
  const proxyHops = trustedProxyHops();
  markClientAddressFromSocket();
  // As `next start` does: React and Next must run their production builds whatever the caller's environment says.
  Object.assign(process.env, { NODE_ENV: "production" });
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: root, port, hostname: host ?? "localhost" });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((req, res) => {
    applyClientAddress(req, proxyHops);
    if (hasMalformedPath(req.url)) req.url = NOT_FOUND_PATH;
    applyPageSecurityHeaders(req, res);
    handle(req, res).catch((error: unknown) => {
      console.error(`request ${req.method} ${req.url} failed`, error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  server.on("error", (error) => {
    console.error("web worker could not listen", error);
    process.exit(1);
  });
  server.listen(port, host, () => {
    if (cluster.worker?.id === 1) console.log(`Ready on http://${host ?? "localhost"}:${port}`);
  });
}

if (cluster.isPrimary) {
  let stopping = false;
  trustedProxyHops(); // a bad TRUSTED_PROXY_HOPS stops here, once, instead of in every worker
  // sharp/libvips threads fragment glibc's per-thread malloc arenas (bench/README.md, photo pipeline); the workers
  // inherit this environment.
  process.env.MALLOC_ARENA_MAX ??= "2";
  const startedAt = new Map<number, number>();
  const fork = () => startedAt.set(cluster.fork().id, Date.now());
  for (let i = 0; i < workers; i++) fork();
  const jobRunner = superviseJobRunner();
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
    jobRunner?.stop();
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill("SIGTERM");
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
} else {
  await startWorker();
}
