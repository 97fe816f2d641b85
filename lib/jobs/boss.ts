// pg-boss instances on the portal's own Postgres. Two roles:
//  - "runner" (scripts/jobs.ts, one per server instance): its own small pool, works the queues and runs the cron
//    passes and pg-boss's maintenance;
//  - "sender" (inside the web workers): only inserts jobs, through the app's pg pool or the caller's transaction,
//    so handing work off costs no extra connection. No timers of its own beyond pg-boss's queue cache.
// Both install or upgrade pg-boss's schema when needed (pg-boss serialises that with an advisory lock).
import { PgBoss, type ConstructorOptions, type Db } from "pg-boss";
import type pg from "pg";
import { JOB_NAMES, JOBS, jobsSchema } from "./definitions";

const common = (): Partial<ConstructorOptions> => ({
  schema: jobsSchema(),
  // No OpenTelemetry SDK here; skip the bookkeeping.
  openTelemetry: { enabled: false },
});

/** A pg-boss IDatabase over an existing node-postgres pool. */
export const poolDatabase = (pool: pg.Pool): Db => ({
  executeSql: (text, values) => pool.query(text, values),
});

export function createSenderBoss(pool: pg.Pool): PgBoss {
  return new PgBoss({
    ...common(),
    db: poolDatabase(pool),
    supervise: false,
    schedule: false,
    migrate: true,
    registerInstance: false,
  });
}

export function createRunnerBoss(databaseUrl: string, { instanceName }: { instanceName?: string } = {}): PgBoss {
  return new PgBoss({
    ...common(),
    connectionString: databaseUrl,
    max: 4,
    application_name: "roef-jobs",
    instanceName,
    supervise: true,
    schedule: true,
    migrate: true,
    // Handed-off queues NOTIFY on insert: the runner picks a mail or push up at once instead of at its next poll.
    useListenNotify: true,
  });
}

/** Creates the queues that do not exist yet (the sender; cheap when they all exist). */
export async function createMissingQueues(boss: PgBoss): Promise<void> {
  const existing = new Set((await boss.getQueues(JOB_NAMES)).map((q) => q.name));
  for (const name of JOB_NAMES) if (!existing.has(name)) await boss.createQueue(name, JOBS[name].queue);
}

/** Creates every queue and brings the options of existing ones up to date (the runner, at start-up). */
export async function syncQueues(boss: PgBoss): Promise<void> {
  await createMissingQueues(boss);
  for (const name of JOB_NAMES) await boss.updateQueue(name, JOBS[name].queue);
}
