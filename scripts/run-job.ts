// Runs one job's handler once, right now, in this process (by hand: testing, or a catch-up after an outage). The
// job runner does the same on its schedule; this does not go through the queue.
//   DATABASE_URL=... node --import tsx --import ./scripts/server-only-hook.mjs scripts/run-job.ts retention.run \
//     [--now=2027-05-01T03:00:00Z]
// (the hook: the lib modules are marked server-only.) Scheduled jobs only: handed-off work needs its job's data.
import { JOBS, type JobName } from "../lib/jobs/definitions.ts";
import { runJob } from "../lib/jobs/runner.ts";
import { prisma, pool } from "../lib/db.ts";

const name = process.argv[2] as JobName;
if (!name || !(name in JOBS) || !JOBS[name].schedule) {
  const scheduled = Object.entries(JOBS).filter(([, job]) => "schedule" in job && job.schedule);
  console.error(`usage: scripts/run-job.ts <${scheduled.map(([n]) => n).join("|")}> [--now=ISO]`);
  process.exit(2);
}
const nowArg = process.argv.find((arg) => arg.startsWith("--now="));
const now = nowArg ? new Date(nowArg.slice(6)) : new Date();
try {
  const output = await runJob(name, { id: "by-hand", data: {} as never, retryCount: 0, retryLimit: 0 }, now);
  console.log(`${name} ${now.toISOString()}: ${JSON.stringify(output)}`);
} finally {
  await prisma.$disconnect();
  await pool.end();
}
