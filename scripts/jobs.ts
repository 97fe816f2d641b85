// The job runner of one server instance (lib/jobs/runner.ts): mail and push delivery, password-reset mails,
// notification digests, retention, invites and the Roefjes year. Started by scripts/serve.ts (production) and
// `npm run dev` as its own process, so a failing job never takes a web worker down; restarted when it exits.
//   node --import tsx --import ./scripts/server-only-hook.mjs scripts/jobs.ts
// (the hook: the lib modules are marked server-only.) Stops on SIGTERM/SIGINT after the running jobs finish.
import { startJobRunner } from "../lib/jobs/runner.ts";
import { logger } from "../lib/logger.ts";

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error("DATABASE_URL is not set");

const boss = await startJobRunner({ databaseUrl, instanceName: process.env.JOBS_INSTANCE_NAME || undefined });
logger.info("job runner started");
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await boss.stop({ graceful: true, timeout: 20_000 }).catch(() => {});
  process.exit(0);
};
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
// The parent (serve.ts) went away without telling us: stop too.
process.on("disconnect", () => void stop());
