// Hands work to the job runner: one INSERT into pg-boss's job table, inside the caller's transaction when one is
// given (so a mail is queued for delivery only if the transaction that wrote it commits). Jobs wait in Postgres
// until a runner picks them up, also while every runner is down or JOBS_DISABLED=true.
import "server-only";
import { fromPrisma, type PgBoss, type SendOptions } from "pg-boss";
import { pool, type Db, type Tx } from "../db";
import { createMissingQueues, createSenderBoss } from "./boss";
import type { JobName } from "./definitions";
import type { JobData } from "./payloads";

const globals = globalThis as typeof globalThis & { __roefJobSender?: Promise<PgBoss> };

async function startSender(): Promise<PgBoss> {
  const boss = createSenderBoss(pool);
  boss.on("error", (error) => console.error("job sender error", error));
  await boss.start();
  await createMissingQueues(boss);
  return boss;
}

/** The process's sender, started once (cached on globalThis like the Prisma client, for dev hot reloads). */
export function jobSender(): Promise<PgBoss> {
  globals.__roefJobSender ??= startSender().catch((error: unknown) => {
    globals.__roefJobSender = undefined;
    throw error;
  });
  return globals.__roefJobSender;
}

export type EnqueueOptions = Pick<SendOptions, "startAfter" | "singletonKey"> & { db?: Db | Tx };

/** Queues one job. With `db`, the insert runs on that Prisma client or transaction. Returns the job id. */
export async function enqueueJob<N extends JobName>(
  name: N,
  data: JobData[N],
  { db, ...options }: EnqueueOptions = {},
): Promise<string | null> {
  const boss = await jobSender();
  return boss.send(name, data, { ...options, ...(db ? { db: fromPrisma(db) } : {}) });
}
