// What each job carries. Kept minimal on purpose: ids and flags, never a mail body or a token (job rows stay in
// pg-boss's table for a day after completion). The password reset carries the typed login name: the lookup is the
// job's work, so the request does the same thing for every name.
import type { JobName } from "./definitions";

export type NotificationDelivery = {
  userId: string;
  kind: "message" | "diary" | "request" | "news";
  /** App path the push opens. */
  link: string;
  /** Push to the user's devices (decided at request time: toggle on, outside quiet hours). */
  push: boolean;
  /** The immediate e-mail already stored in the outbox, sent when no device accepted the push. */
  mailId: string | null;
};

type Scheduled = Record<string, never>;

export type JobData = CheckedJobData<{
  "mail.deliver": { mailId: string };
  "notification.deliver": NotificationDelivery;
  "account.password-reset": { login: string };
  "notifications.flush": Scheduled;
  "retention.run": Scheduled;
  "invites.send": Scheduled;
  "roefjes.grant": Scheduled;
  "roefjes.expire": Scheduled;
  "roefjes.reminder": Scheduled;
}>;

/** Fails to compile when a job of lib/jobs/definitions.ts has no payload type here (or one is left over). */
type CheckedJobData<T extends Record<JobName, object>> = Exclude<keyof T, JobName> extends never ? T : never;
