// Calm notifications. Features call notifyUsers(); this module decides per recipient whether and how they hear
// about it (their per-kind toggles, e-mail mode, quiet hours). Features never send notification mail themselves.
//
// - IMMEDIATE: one e-mail now, unless the user is in their quiet hours: then it waits until they end.
// - DIGEST: everything is collected and sent as one e-mail at 19:30 (or after the quiet hours).
// - OFF: no e-mail (the portal still shows unread counts).
// Held-back notifications live in PendingNotification; flushDueNotifications() (the "notifications.flush" job, every
// minute) sends them, combined into one e-mail per user.
//
// Web push (lib/push): when the kind's toggle is on, the user's devices get a generic push right away, whatever the
// e-mail mode, except during quiet hours: then nothing is pushed, not even later (a burst of pushes at 07:00 is not
// calm; the portal's unread counts and the e-mail, per e-mail mode, still tell them). E-mail is the fallback: an
// IMMEDIATE e-mail is skipped when at least one of the user's devices accepted the push; DIGEST and held-back
// e-mails are unchanged.
//
// Nothing here talks to a push service or a mail server inside the feature's request: notifyUsers() decides, stores
// the e-mail in the outbox and queues jobs (lib/jobs) in one transaction. The "notification.deliver" job pushes and,
// when no device accepted it, sends the stored e-mail; "mail.deliver" sends e-mails, both with retries.
import "server-only";
import { Prisma } from "../generated/prisma/client";
import { prisma } from "../db";
import { env } from "../env";
import { queueMail, queueMailDelivery, storeMail, type MailContent } from "../mail/send";
import { escapeHtml } from "../mail/escape";
import { enqueueJob } from "../jobs/enqueue";
import { currentTime } from "../jobs/now";
import type { NotificationDelivery } from "../jobs/payloads";
import { pushToTargets, type PushTarget } from "../push/send";
import { vapidConfig } from "../push/config";
import { amsterdamMinuteOfDay, isInQuietHours, scheduleDelivery } from "./schedule";

export type NotificationKind = "message" | "diary" | "request" | "news";

export type Notification = {
  userIds: string[];
  kind: NotificationKind;
  /** Short Dutch subject, e.g. "Nieuw bericht van groep Dolfijnen". */
  subject: string;
  /** One or two sentences; never sensitive content beyond what the subject says. */
  text: string;
  /** App path to open, e.g. "/berichten/<id>". */
  link: string;
};

const toggleField = {
  message: "notifyMessages",
  diary: "notifyDiary",
  request: "notifyRequests",
  news: "notifyNews",
} as const;

/**
 * Notifies users by web push and e-mail, each according to their settings. Signature is shared with other features:
 * keep it. `now` is for tests only.
 */
export async function notifyUsers(notification: Notification, now: Date = currentTime()): Promise<void> {
  const userIds = [...new Set(notification.userIds)];
  if (userIds.length === 0) return;
  const recipients = await prisma.user.findMany({
    where: { id: { in: userIds }, status: "ACTIVE", [toggleField[notification.kind]]: true },
    select: {
      id: true,
      email: true,
      name: true,
      emailMode: true,
      quietStartMinutes: true,
      quietEndMinutes: true,
      _count: { select: { pushSubscriptions: true } },
    },
  });
  if (recipients.length === 0) return;
  const minute = amsterdamMinuteOfDay(now);
  const pushOn = vapidConfig() !== null;
  await prisma.$transaction(async (tx) => {
    for (const recipient of recipients) {
      const deliverAfter = scheduleDelivery(recipient, now);
      const push =
        pushOn &&
        recipient._count.pushSubscriptions > 0 &&
        !isInQuietHours(minute, recipient.quietStartMinutes, recipient.quietEndMinutes);
      if (deliverAfter instanceof Date) {
        await tx.pendingNotification.create({
          data: {
            userId: recipient.id,
            kind: notification.kind,
            subject: notification.subject,
            text: notification.text,
            link: notification.link,
            deliverAfter,
          },
        });
      }
      const immediateMail = deliverAfter === null ? singleMail(recipient, notification) : null;
      if (push) {
        // The job sends the stored e-mail only when no device accepted the push.
        const mailId = immediateMail ? await storeMail(immediateMail, tx) : null;
        const delivery: NotificationDelivery = {
          userId: recipient.id,
          kind: notification.kind,
          link: notification.link,
          push: true,
          mailId,
        };
        await enqueueJob("notification.deliver", delivery, { db: tx });
      } else if (immediateMail) {
        await queueMail(immediateMail, tx);
      }
    }
  });
}

export type DeliveryResult = "pushed" | "mailed" | "nothing";

/**
 * The "notification.deliver" job: pushes to the user's devices; when none accepted it, the stored e-mail goes out
 * (queued for delivery) and when a device did, the stored e-mail is dropped unsent. A device failure worth retrying
 * (network, 5xx) throws so the job runs again; on the last attempt the e-mail goes out instead.
 */
export async function deliverNotification(
  delivery: NotificationDelivery,
  { lastAttempt }: { lastAttempt: boolean },
): Promise<DeliveryResult> {
  const user = await prisma.user.findFirst({
    where: { id: delivery.userId, status: "ACTIVE" },
    select: {
      id: true,
      locale: true,
      pushSubscriptions: { select: { id: true, endpoint: true, p256dh: true, auth: true } },
    },
  });
  if (!user) {
    if (delivery.mailId) await prisma.outboxMail.deleteMany({ where: { id: delivery.mailId, sentAt: null } });
    return "nothing";
  }
  if (delivery.push && user.pushSubscriptions.length > 0) {
    const target: PushTarget = { userId: user.id, locale: user.locale, subscriptions: user.pushSubscriptions };
    const outcome = await pushToTargets([target], delivery.kind, delivery.link);
    if (outcome.delivered.has(user.id)) {
      // E-mail is the fallback: a device already showed it.
      if (delivery.mailId) await prisma.outboxMail.deleteMany({ where: { id: delivery.mailId, sentAt: null } });
      return "pushed";
    }
    if (outcome.retry.has(user.id) && !lastAttempt) throw new Error("push not accepted by any device yet; retrying");
  }
  if (!delivery.mailId) return "nothing";
  await queueMailDelivery(delivery.mailId);
  return "mailed";
}

type PendingRow = {
  id: string;
  userId: string;
  kind: string;
  subject: string;
  text: string;
  link: string;
  createdAt: Date;
};

/**
 * Sends every held-back notification whose time has come, one e-mail per user (a digest when there are several).
 * Safe to run concurrently: rows are claimed with DELETE ... FOR UPDATE SKIP LOCKED inside the transaction that
 * queues the mails (and their delivery jobs), so each notification is mailed exactly once. Returns the number of
 * e-mails queued.
 */
export async function flushDueNotifications({
  now = currentTime(),
  userIds,
}: {
  now?: Date;
  userIds?: string[];
} = {}): Promise<number> {
  const onlyUsers = userIds ? Prisma.sql`AND "userId" = ANY(${userIds}::uuid[])` : Prisma.empty;
  return prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<PendingRow[]>`
      DELETE FROM "PendingNotification" WHERE "id" IN (
        SELECT "id" FROM "PendingNotification" WHERE "deliverAfter" <= ${now} ${onlyUsers} FOR UPDATE SKIP LOCKED
      ) RETURNING "id", "userId", "kind", "subject", "text", "link", "createdAt"`;
    if (rows.length === 0) return 0;
    // Settings may have changed since the notification was held back: re-check status, mode and toggles now.
    const users = await tx.user.findMany({
      where: { id: { in: [...new Set(rows.map((r) => r.userId))] }, status: "ACTIVE", emailMode: { not: "OFF" } },
      select: {
        id: true,
        email: true,
        name: true,
        notifyMessages: true,
        notifyDiary: true,
        notifyRequests: true,
        notifyNews: true,
      },
    });
    const ids: string[] = [];
    for (const user of users) {
      const wanted = rows
        .filter((row) => row.userId === user.id && user[toggleField[row.kind as NotificationKind] ?? "notifyMessages"])
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
      if (wanted.length === 0) continue;
      const mail =
        wanted.length === 1
          ? singleMail(user, { ...wanted[0], kind: wanted[0].kind as NotificationKind, userIds: [] })
          : digestMail(user, wanted);
      ids.push(await queueMail(mail, tx));
    }
    return ids.length;
  });
}

const appUrl = (link: string) => new URL(link, env.APP_URL).toString();

const settingsNote = (url: string) =>
  `Je ontvangt deze e-mail door je instellingen in het ouderportaal. Wijzigen: ${url}`;

function singleMail(recipient: { email: string; name: string }, notification: Notification): MailContent {
  const url = appUrl(notification.link);
  const settings = appUrl("/instellingen");
  return {
    to: recipient.email,
    subject: notification.subject,
    text: `Beste ${recipient.name},\n\n${notification.text}\n\nBekijk het in het ouderportaal: ${url}\n\n${settingsNote(settings)}\n`,
    html: `<p>Beste ${escapeHtml(recipient.name)},</p><p>${escapeHtml(notification.text)}</p><p><a href="${escapeHtml(url)}">Bekijk het in het ouderportaal</a></p><p style="font-size:12px;color:#64748b">${escapeHtml(settingsNote(settings))}</p>`,
  };
}

function digestMail(recipient: { email: string; name: string }, items: PendingRow[]): MailContent {
  const settings = appUrl("/instellingen");
  const lines = items.map((item) => ({ subject: item.subject, url: appUrl(item.link) }));
  return {
    to: recipient.email,
    subject: `Ouderportaal: ${items.length} nieuwe meldingen`,
    text: `Beste ${recipient.name},\n\nNieuw in het ouderportaal:\n\n${lines.map((l) => `- ${l.subject}: ${l.url}`).join("\n")}\n\n${settingsNote(settings)}\n`,
    html: `<p>Beste ${escapeHtml(recipient.name)},</p><p>Nieuw in het ouderportaal:</p><ul>${lines
      .map((l) => `<li><a href="${escapeHtml(l.url)}">${escapeHtml(l.subject)}</a></li>`)
      .join("")}</ul><p style="font-size:12px;color:#64748b">${escapeHtml(settingsNote(settings))}</p>`,
  };
}
