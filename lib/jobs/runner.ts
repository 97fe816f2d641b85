// The job runner: one per server instance (scripts/jobs.ts, started by scripts/serve.ts and `npm run dev`).
// Works every queue of lib/jobs/definitions.ts and registers the schedules; pg-boss makes sure each scheduled
// occurrence is sent once however many instances run, and each job is worked by one runner at a time.
import "server-only";
import type { JobResult, JobWithMetadata, PgBoss } from "pg-boss";
import { logger } from "../logger";
import { createRunnerBoss, syncQueues } from "./boss";
import { JOB_NAMES, JOB_TIME_ZONE, JOBS, type JobName } from "./definitions";
import { HANDLERS, type JobContext } from "./handlers";
import { currentTime } from "./now";
import type { JobData } from "./payloads";

/** Runs one job attempt with the real handler. Throws what the handler throws (pg-boss then retries or fails it). */
export async function runJob<N extends JobName>(
  name: N,
  job: Pick<JobWithMetadata<JobData[N]>, "id" | "data" | "retryCount" | "retryLimit">,
  now: Date = currentTime(),
): Promise<object> {
  const context: JobContext = { now, lastAttempt: job.retryCount >= job.retryLimit };
  const handler = HANDLERS[name] as (data: JobData[N], context: JobContext) => Promise<object>;
  return handler(job.data, context);
}

/** What a failed attempt leaves in pg-boss (read by lib/jobs/status.ts): the error's name and code, never its text,
 * which can hold an address or other data. The log has the full error. */
export function failureOutput(error: unknown): { name: string; code?: string } {
  const err = error as { name?: unknown; code?: unknown } | null;
  return {
    name: typeof err?.name === "string" ? err.name : "Error",
    ...(typeof err?.code === "string" ? { code: err.code } : {}),
  };
}

/** A batch, settled job by job: one failing mail does not fail the others. */
async function runBatch(name: JobName, jobs: JobWithMetadata<unknown>[]): Promise<JobResult[]> {
  const results: JobResult[] = [];
  for (const job of jobs) {
    try {
      const output = await runJob(name, job as JobWithMetadata<never>);
      results.push({ id: job.id, status: "completed", output });
    } catch (error) {
      logger.warn({ err: error, job: name, jobId: job.id, attempt: job.retryCount }, "job failed");
      results.push({
        id: job.id,
        status: "failed",
        output: failureOutput(error),
      });
    }
  }
  return results;
}

/** Registers every schedule (cron in Amsterdam time) and removes schedules of jobs that no longer exist. */
export async function syncSchedules(boss: PgBoss): Promise<void> {
  for (const name of JOB_NAMES) {
    const schedule = JOBS[name].schedule;
    if (schedule) await boss.schedule(name, schedule.cron, {}, { tz: JOB_TIME_ZONE, missed: schedule.missed });
    else await boss.unschedule(name);
  }
  for (const existing of await boss.getSchedules())
    if (!JOB_NAMES.includes(existing.name as JobName)) await boss.unschedule(existing.name, existing.key);
}

export async function startJobRunner({
  databaseUrl,
  instanceName,
}: {
  databaseUrl: string;
  instanceName?: string;
}): Promise<PgBoss> {
  const boss = createRunnerBoss(databaseUrl, { instanceName });
  boss.on("error", (error) => logger.error({ err: error }, "job runner error"));
  boss.on("warning", (warning) => logger.warn({ warning }, "job runner warning"));
  // The database may still be starting (a fresh container): keep trying for about a minute.
  await boss.start({ attempts: 8 });
  await syncQueues(boss);
  await syncSchedules(boss);
  for (const name of JOB_NAMES) {
    const handedOff = JOBS[name].queue.notify === true;
    await boss.work(
      name,
      {
        includeMetadata: true,
        perJobResults: true,
        batchSize: handedOff ? 10 : 1,
        burstWhenBatchFull: handedOff,
        pollingIntervalSeconds: handedOff ? 2 : 10,
      },
      (jobs) => runBatch(name, jobs),
    );
  }
  return boss;
}

/**
 * Tests and one-off runs: works the jobs of one queue that are due now (or all, with `ignoreStartAfter`, so a retry
 * runs without waiting out its delay) with the same handlers as the runner, until the queue is empty. Returns the
 * number of attempts.
 */
export async function drainQueue(
  boss: PgBoss,
  name: JobName,
  {
    ignoreStartAfter = false,
    now,
    maxAttempts = 100,
  }: { ignoreStartAfter?: boolean; now?: Date; maxAttempts?: number } = {},
): Promise<number> {
  let attempts = 0;
  while (attempts < maxAttempts) {
    const [job] = await boss.fetch<JobData[typeof name]>(name, { includeMetadata: true, ignoreStartAfter });
    if (!job) break;
    attempts++;
    try {
      const output = await runJob(name, job, now);
      await boss.complete(name, job, output);
    } catch (error) {
      await boss.fail(name, job, failureOutput(error));
    }
  }
  return attempts;
}
