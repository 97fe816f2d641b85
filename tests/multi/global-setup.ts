// Two production server instances of the portal behind a real reverse proxy (Debian's nginx), sharing one Postgres
// database and one S3-compatible bucket (s3rver), each with its own job runner: the deployment README "Running on
// several machines" describes. scripts/test-all.ts prepares and seeds the database (MULTI_DATABASE_URL) and builds
// the app; this starts the rest and returns the teardown.
//
// nginx routes by a test header so a test can pick the instance: `x-roef-instance: a` or `b`, anything else round
// robin. Every answer says which instance served it (X-Roef-Upstream), so "made on one, used on the other" is
// checked, not assumed.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import webpush from "web-push";
import { MULTI } from "./ports";

const root = path.resolve(import.meta.dirname, "../..");

async function waitFor(url: string, what: string, seconds = 120): Promise<void> {
  for (let i = 0; i < seconds * 2; i++) {
    if (
      await fetch(url)
        .then((r) => r.ok)
        .catch(() => false)
    )
      return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${what} did not come up at ${url}`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

function nginxBinary(): string {
  for (const candidate of ["/usr/sbin/nginx", "/usr/bin/nginx"])
    if (spawnSync(candidate, ["-v"]).status === 0) return candidate;
  throw new Error("nginx is not installed (apt-get install nginx); .ci/run installs it");
}

function nginxConfig(dir: string): string {
  const temp = (name: string) => {
    const sub = path.join(dir, name);
    mkdirSync(sub, { recursive: true });
    // nginx's workers run as `nobody` when the master is root (CI): let them write their temp files.
    chmodSync(sub, 0o777);
    return sub;
  };
  return `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path ${temp("body")};
  proxy_temp_path ${temp("proxy")};
  fastcgi_temp_path ${temp("fastcgi")};
  uwsgi_temp_path ${temp("uwsgi")};
  scgi_temp_path ${temp("scgi")};
  client_max_body_size 50m;
  upstream roef_a { server 127.0.0.1:${MULTI.instanceA}; }
  upstream roef_b { server 127.0.0.1:${MULTI.instanceB}; }
  upstream roef_all { server 127.0.0.1:${MULTI.instanceA}; server 127.0.0.1:${MULTI.instanceB}; }
  map $http_x_roef_instance $roef_pool { a roef_a; b roef_b; default roef_all; }
  server {
    listen 127.0.0.1:${MULTI.proxy};
    location / {
      proxy_pass http://$roef_pool;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-Host $http_host;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_read_timeout 120s;
      add_header X-Roef-Upstream $upstream_addr always;
    }
  }
}
`;
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  const databaseUrl = process.env.MULTI_DATABASE_URL;
  if (!databaseUrl) throw new Error("MULTI_DATABASE_URL is not set (run through `npm test`)");
  const work = mkdtempSync(path.join(tmpdir(), "roef-multi-"));
  chmodSync(work, 0o755);

  const s3 = new S3rver({
    port: MULTI.s3,
    address: "127.0.0.1",
    silent: true,
    directory: path.join(work, "s3"),
    configureBuckets: [{ name: "roef-multi", configs: [] }],
  });
  await s3.run();

  const proxyUrl = `http://127.0.0.1:${MULTI.proxy}`;
  const vapid = webpush.generateVAPIDKeys();
  const instance = (name: "a" | "b", port: number): ChildProcess => {
    const log = openSync(path.join(work, `instance-${name}.log`), "a");
    return spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/serve.ts")], {
      cwd: root,
      stdio: ["ignore", log, log],
      env: {
        ...process.env,
        NODE_ENV: "production",
        PORT: String(port),
        LISTEN_HOST: "127.0.0.1",
        WEB_CONCURRENCY: "1",
        DATABASE_URL: databaseUrl,
        // What every instance must share (README "Running on several machines").
        NEXTAUTH_SECRET: "multi-secret-multi-secret-multi-secret-1",
        NEXTAUTH_URL: proxyUrl,
        APP_URL: proxyUrl,
        VAPID_PUBLIC_KEY: vapid.publicKey,
        VAPID_PRIVATE_KEY: vapid.privateKey,
        STORAGE_DRIVER: "s3",
        S3_ENDPOINT: `http://127.0.0.1:${MULTI.s3}`,
        S3_BUCKET: "roef-multi",
        S3_REGION: "eu-west-1",
        S3_ACCESS_KEY_ID: "S3RVER",
        S3_SECRET_ACCESS_KEY: "S3RVER",
        SMTP_URL: "",
        JOBS_DISABLED: "false",
        JOBS_SCHEMA: "pgboss",
        JOBS_INSTANCE_NAME: `instance-${name}`,
        // One reverse proxy in front (README "Security"): its X-Forwarded-For entry names the client.
        TRUSTED_PROXY_HOPS: "1",
        LOG_LEVEL: "warn",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    });
  };
  const servers = [instance("a", MULTI.instanceA), instance("b", MULTI.instanceB)];
  await waitFor(`http://127.0.0.1:${MULTI.instanceA}/api/health`, "instance a");
  await waitFor(`http://127.0.0.1:${MULTI.instanceB}/api/health`, "instance b");

  const nginxDir = path.join(work, "nginx");
  mkdirSync(nginxDir, { recursive: true });
  chmodSync(nginxDir, 0o755);
  writeFileSync(path.join(nginxDir, "nginx.conf"), nginxConfig(nginxDir));
  const nginx = spawn(
    nginxBinary(),
    [
      "-p",
      nginxDir,
      "-c",
      path.join(nginxDir, "nginx.conf"),
      "-e",
      path.join(nginxDir, "error.log"),
      "-g",
      "daemon off;",
    ],
    { stdio: ["ignore", "inherit", "inherit"] },
  );
  await waitFor(`${proxyUrl}/api/health`, "nginx");
  console.log(`multi-instance: nginx ${proxyUrl} -> :${MULTI.instanceA} and :${MULTI.instanceB}; logs in ${work}`);

  return async () => {
    await stop(nginx);
    await Promise.all(servers.map(stop));
    await s3.close();
    if (!process.env.KEEP_MULTI_LOGS) rmSync(work, { recursive: true, force: true });
  };
}
