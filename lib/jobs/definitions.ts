// Every background job of the portal: its pg-boss queue, how often a failed run is retried, and for scheduled jobs
// when it runs (cron in Amsterdam time). Pure data: the runner (lib/jobs/runner.ts), the sender (lib/jobs/enqueue.ts)
// and the beheer page (lib/jobs/status.ts) all read this one list.
//
// Two kinds:
//  - work the app hands off (a mail to deliver, a push to send, a password reset to prepare): runs as soon as a
//    worker is free, retried with exponential backoff;
//  - schedules: pg-boss's cron, evaluated in Europe/Amsterdam. When several server instances run, each occurrence is
//    sent once (pg-boss files it under a per-minute singleton slot and lets one instance run the cron pass at a time).
//    `missed: "once"` catches up one run after the whole deployment was down at the scheduled time.
import type { Queue as PgBossQueue, ScheduleOptions } from "pg-boss";

type Queue = Omit<PgBossQueue, "name">;

export { TIME_ZONE as JOB_TIME_ZONE } from "../time";

export type JobSchedule = { cron: string; missed: NonNullable<ScheduleOptions["missed"]> };
export type JobDefinition = { queue: Queue; schedule?: JobSchedule };

const HOUR = 3600;
const DAY = 24 * HOUR;

/**
 * Work handed off by requests. Completed jobs are deleted after a day: their data is not kept longer than needed.
 * `notify`: the insert wakes the runners at once (LISTEN/NOTIFY) instead of at their next poll.
 */
const handedOff = (retryLimit: number, retryDelay: number, retryDelayMax: number): Queue => ({
  notify: true,
  retryLimit,
  retryDelay,
  retryBackoff: true,
  retryDelayMax,
  expireInSeconds: 5 * 60,
  deleteAfterSeconds: DAY,
  retentionSeconds: 14 * DAY,
});

/** Scheduled passes: a failed pass is retried a few times; the next occurrence runs anyway. */
const scheduled = (expireInSeconds: number): Queue => ({
  retryLimit: 3,
  retryDelay: 60,
  retryBackoff: true,
  retryDelayMax: HOUR,
  expireInSeconds,
  deleteAfterSeconds: 7 * DAY,
});

const JOBS_LIST = {
  /** Sends one queued OutboxMail over SMTP (lib/mail/send.ts). A mail server that is down is retried for ~a day. */
  "mail.deliver": { queue: handedOff(12, 30, 4 * HOUR) },
  /** Web push to one user's devices, with the e-mail as fallback when no device accepted it (lib/notifications). */
  "notification.deliver": { queue: handedOff(2, 20, 120) },
  /** "Forgot password": looks the account up, makes the token and the mail (lib/accounts). */
  "account.password-reset": { queue: handedOff(3, 10, 300) },
  /** E-mails held back by quiet hours, and the daily digest (lib/notifications). */
  "notifications.flush": {
    queue: { ...scheduled(5 * 60), deleteAfterSeconds: DAY },
    schedule: { cron: "* * * * *", missed: "skip" },
  },
  /** AVG retention: farewell notices, removal of photos and data of children who left (lib/privacy/retention.ts). */
  "retention.run": { queue: scheduled(60 * 60), schedule: { cron: "0 3 * * *", missed: "once" } },
  /** Activation e-mails to families whose first placement starts within the organisation's invite lead time. */
  "invites.send": { queue: scheduled(15 * 60), schedule: { cron: "0 9 * * *", missed: "once" } },
  /** The year's Roefjes for every BSO child, on 1 January at midnight. */
  "roefjes.grant": { queue: scheduled(30 * 60), schedule: { cron: "0 0 1 1 *", missed: "once" } },
  /** What is left of the year's Roefjes expires on 31 December at 23:59. */
  "roefjes.expire": { queue: scheduled(30 * 60), schedule: { cron: "59 23 31 12 *", missed: "once" } },
  /** A reminder on 1 December to parents who still have Roefjes this year. */
  "roefjes.reminder": { queue: scheduled(30 * 60), schedule: { cron: "0 10 1 12 *", missed: "once" } },
} as const satisfies Record<string, JobDefinition>;

export type JobName = keyof typeof JOBS_LIST;
export const JOBS: Record<JobName, JobDefinition> = JOBS_LIST;
export const JOB_NAMES = Object.keys(JOBS) as JobName[];

/** The job's key in the message catalogues (lib/i18n/messages/<locale>/jobs.json): next-intl reads dots as nesting. */
export const jobMessageKey = (name: JobName) => name.replaceAll(".", "_");

/** The Postgres schema pg-boss lives in (default `pgboss`); tests give each vitest worker its own. */
export function jobsSchema(): string {
  const schema = process.env.JOBS_SCHEMA || "pgboss";
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`JOBS_SCHEMA "${schema}" is not a plain schema name`);
  return schema;
}

export const jobsDisabled = () => process.env.JOBS_DISABLED === "true";
