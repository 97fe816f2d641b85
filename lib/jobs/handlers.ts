// What each job does. Handlers are thin: they call the feature's own function with `now` from the job clock and
// return a small summary (stored by pg-boss as the job's output; never personal data).
import "server-only";
import { prisma } from "../db";
import { env } from "../env";
import { preparePasswordReset, sendDueInvites } from "../accounts/mutations";
import { deliverMail, queueMailDelivery } from "../mail/send";
import { deliverNotification, flushDueNotifications } from "../notifications";
import { runRetention } from "../privacy/retention";
import { getStorage } from "../storage";
import type { JobName } from "./definitions";
import type { JobData } from "./payloads";
import { expireRoefjes, grantRoefjesYear, remindUnusedRoefjes } from "./roefjes";

export type JobContext = {
  /** The job clock's time when the attempt started (lib/jobs/now.ts). */
  now: Date;
  /** No retry follows a failure of this attempt. */
  lastAttempt: boolean;
};
export type JobHandler<N extends JobName> = (data: JobData[N], context: JobContext) => Promise<object>;

export const HANDLERS: { [N in JobName]: JobHandler<N> } = {
  "mail.deliver": async ({ mailId }, { now }) => ({ result: await deliverMail(mailId, now) }),
  "notification.deliver": async (delivery, { lastAttempt }) => ({
    result: await deliverNotification(delivery, { lastAttempt }),
  }),
  "account.password-reset": async ({ login }) => {
    await preparePasswordReset({ login });
    // Whether a mail went out is not recorded: the job table must not become a list of which names exist.
    return {};
  },
  "notifications.flush": async (_data, { now }) => ({ mails: await flushDueNotifications({ now }) }),
  "retention.run": async (_data, { now }) =>
    runRetention({
      db: prisma,
      storage: getStorage(),
      now,
      appUrl: env.APP_URL,
      // Same delivery as every other mail: sent by the mail job with SMTP, kept in the dev outbox without.
      onMailQueued: (mailId) => queueMailDelivery(mailId),
    }),
  "invites.send": async (_data, { now }) => ({ invites: await sendDueInvites({ now }) }),
  "roefjes.grant": async (_data, { now }) => ({ grants: await grantRoefjesYear({ now }) }),
  "roefjes.expire": async (_data, { now }) => ({ expired: await expireRoefjes({ now }) }),
  "roefjes.reminder": async (_data, { now }) => ({ children: await remindUnusedRoefjes({ now }) }),
};
