// Works queued jobs inside the test, with the runner's own handlers (lib/jobs/runner.ts drainQueue), so a test sees
// exactly what the job runner would do, without waiting for it. Each vitest worker has its own pg-boss schema
// (tests/setup/setup-test-env.ts): only this worker's jobs are picked up.
import type { PgBoss } from "pg-boss";
import { jobSender } from "../lib/jobs/enqueue";
import type { JobName } from "../lib/jobs/definitions";
import { drainQueue } from "../lib/jobs/runner";

export const jobsBoss = (): Promise<PgBoss> => jobSender();

/**
 * Runs the jobs of the queues in order until each is empty. `retries: true` also runs jobs waiting for their retry
 * delay (so a job that keeps failing runs through all its attempts). Returns the number of attempts.
 */
export async function runQueuedJobs(
  names: JobName | JobName[],
  { retries = false, now }: { retries?: boolean; now?: Date } = {},
): Promise<number> {
  const boss = await jobSender();
  let attempts = 0;
  for (const name of Array.isArray(names) ? names : [names])
    attempts += await drainQueue(boss, name, { ignoreStartAfter: retries, now });
  return attempts;
}

/** The jobs of a queue as pg-boss holds them (all states), oldest first. */
export async function jobsOf<T = object>(name: JobName) {
  const boss = await jobSender();
  return boss.findJobs<T>(name);
}
