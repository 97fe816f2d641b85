// What the beheer page "Achtergrondtaken" shows: per job its last run, its next run and its failures, plus how many
// job runners are alive. BEHEERDER only. Jobs belong to the whole installation, not to one organisation: this reads
// counts and times only, never job data, and a failure is shown as a kind (mail server, push service, other), never
// its error text (which can hold an address).
import "server-only";
import { assertRole, type SessionUser } from "../authz";
import { prisma } from "../db";
import { JOB_NAMES, JOB_TIME_ZONE, JOBS, jobsSchema, type JobName } from "./definitions";
import { jobSender } from "./enqueue";
import { currentTime } from "./now";

export type FailureKind = "mailServer" | "pushService" | "other";

export type JobStatus = {
  name: JobName;
  scheduled: boolean;
  lastRun: { at: Date; ok: boolean } | null;
  /** Scheduled jobs: the next occurrence. Handed-off work runs as soon as there is some. */
  nextRun: Date | null;
  /** Jobs waiting to run (new, or waiting for a retry). */
  waiting: number;
  /** Attempts that failed for good in the last 7 days, plus jobs now waiting for a retry. */
  failures: number;
  lastFailure: { at: Date; kind: FailureKind } | null;
};

export type JobsOverview = { runners: number; jobs: JobStatus[] };

type Row = {
  name: string;
  last_ok: Date | null;
  last_failed: Date | null;
  failed: number;
  retrying: number;
  waiting: number;
};
type FailureRow = { name: string; at: Date; output: { name?: unknown; code?: unknown } | null };

const FAILURE_WINDOW_DAYS = 7;
const MAIL_CODES = new Set(["ECONNECTION", "ETIMEDOUT", "ESOCKET", "EDNS", "ECONNREFUSED", "EAUTH", "EENVELOPE"]);

/** The kind of a failure from what the runner stored (lib/jobs/runner.ts failureOutput: name and code only). */
export function failureKind(name: JobName, output: FailureRow["output"]): FailureKind {
  const code = typeof output?.code === "string" ? output.code : "";
  if (output?.name === "MailDeliveryError" || (name === "mail.deliver" && MAIL_CODES.has(code))) return "mailServer";
  if (name === "notification.deliver") return "pushService";
  return "other";
}

export async function getJobsOverview(user: SessionUser, now: Date = currentTime()): Promise<JobsOverview> {
  assertRole(user, "BEHEERDER");
  const boss = await jobSender();
  const schema = jobsSchema();
  const since = new Date(now.getTime() - FAILURE_WINDOW_DAYS * 24 * 3600_000);
  // pg-boss's own tables (its SQL is documented for use outside Node): one pass over the retained jobs.
  const [rows, failures, instances] = await Promise.all([
    prisma.$queryRawUnsafe<Row[]>(
      `SELECT name,
              max(completed_on) FILTER (WHERE state = 'completed') AS last_ok,
              max(completed_on) FILTER (WHERE state = 'failed') AS last_failed,
              (count(*) FILTER (WHERE state = 'failed' AND completed_on >= $2))::int AS failed,
              (count(*) FILTER (WHERE state = 'retry'))::int AS retrying,
              (count(*) FILTER (WHERE state IN ('created', 'retry')))::int AS waiting
         FROM ${schema}.job WHERE name = ANY($1::text[]) GROUP BY name`,
      JOB_NAMES,
      since,
    ),
    prisma.$queryRawUnsafe<FailureRow[]>(
      `SELECT DISTINCT ON (name) name, COALESCE(completed_on, started_on, created_on) AS at, output
         FROM ${schema}.job
        WHERE name = ANY($1::text[]) AND (state = 'retry' OR (state = 'failed' AND completed_on >= $2))
        ORDER BY name, COALESCE(completed_on, started_on, created_on) DESC`,
      JOB_NAMES,
      since,
    ),
    boss.getInstances(),
  ]);
  const byName = new Map(rows.map((r) => [r.name, r]));
  const failureByName = new Map(failures.map((f) => [f.name, f]));
  const jobs = JOB_NAMES.map((name): JobStatus => {
    const row = byName.get(name);
    const schedule = JOBS[name].schedule;
    const lastOk = row?.last_ok ?? null;
    const lastFailed = row?.last_failed ?? null;
    const lastRun =
      lastOk || lastFailed
        ? lastFailed && (!lastOk || lastFailed > lastOk)
          ? { at: lastFailed, ok: false }
          : { at: lastOk as Date, ok: true }
        : null;
    const failure = failureByName.get(name);
    return {
      name,
      scheduled: Boolean(schedule),
      lastRun,
      nextRun: schedule ? boss.previewSchedule(schedule.cron, { tz: JOB_TIME_ZONE, from: now, count: 1 })[0] : null,
      waiting: row?.waiting ?? 0,
      failures: (row?.failed ?? 0) + (row?.retrying ?? 0),
      lastFailure: failure ? { at: failure.at, kind: failureKind(name, failure.output) } : null,
    };
  });
  return { runners: instances.filter((i) => i.live && i.schedule).length, jobs };
}
