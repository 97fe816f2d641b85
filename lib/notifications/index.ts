// Calm notifications. Features call notifyUsers(); this module decides per recipient whether and how they hear
// about it (their per-kind toggles, e-mail mode, quiet hours). Features never send notification mail themselves.
//
// - IMMEDIATE: one e-mail now, unless the user is in their quiet hours: then it waits until they end.
// - DIGEST: everything is collected and sent as one e-mail at 19:30 (or after the quiet hours).
// - OFF: no e-mail (the portal still shows unread counts).
// Held-back notifications live in PendingNotification; flushDueNotifications() (scripts/send-notifications.ts,
// run from cron) sends them, combined into one e-mail per user.
//
// Web push (lib/push): when the kind's toggle is on, the user's devices get a generic push right away, whatever the
// e-mail mode, except during quiet hours: then nothing is pushed, not even later (a burst of pushes at 07:00 is not
// calm; the portal's unread counts and the e-mail, per e-mail mode, still tell them). E-mail is the fallback: an
// IMMEDIATE e-mail is skipped when at least one of the user's devices accepted the push; DIGEST and held-back
// e-mails are unchanged. Push never breaks the feature that notifies (lib/push/send.ts never throws).
import "server-only";
import { Prisma } from "../generated/prisma/client";
import { prisma } from "../db";
import { env } from "../env";
import { queueMail, deliverMail, type MailContent } from "../mail/send";
import { escapeHtml } from "../mail/escape";
import { logger } from "../logger";
import { pushToTargets, type PushTarget } from "../push/send";
import { amsterdamMinuteOfDay, isInQuietHours, scheduleDelivery, type EmailModeValue } from "./schedule";
import { now as clockNow } from "../clock";

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

type Recipient = {
  id: string;
  email: string;
  name: string;
  locale: string;
  emailMode: EmailModeValue;
  quietStartMinutes: number | null;
  quietEndMinutes: number | null;
  pushSubscriptions: PushTarget["subscriptions"];
};

/** Pushes to the recipients outside their quiet hours; the ids of users a device accepted it for. Never throws. */
async function pushNow(recipients: Recipient[], notification: Notification, now: Date): Promise<Set<string>> {
  const minute = amsterdamMinuteOfDay(now);
  const targets: PushTarget[] = recipients
    .filter((r) => r.pushSubscriptions.length > 0 && !isInQuietHours(minute, r.quietStartMinutes, r.quietEndMinutes))
    .map((r) => ({ userId: r.id, locale: r.locale, subscriptions: r.pushSubscriptions }));
  if (targets.length === 0) return new Set();
  try {
    return await pushToTargets(targets, notification.kind, notification.link);
  } catch (err) {
    logger.warn({ err, kind: notification.kind }, "push notifications failed");
    return new Set();
  }
}

/**
 * Notifies users by web push and e-mail, each according to their settings. Signature is shared with other features:
 * keep it. `now` is for tests only.
 */
export async function notifyUsers(notification: Notification, now: Date = clockNow()): Promise<void> {
  const userIds = [...new Set(notification.userIds)];
  if (userIds.length === 0) return;
  const recipients: Recipient[] = await prisma.user.findMany({
    where: { id: { in: userIds }, status: "ACTIVE", [toggleField[notification.kind]]: true },
    select: {
      id: true,
      email: true,
      name: true,
      locale: true,
      emailMode: true,
      quietStartMinutes: true,
      quietEndMinutes: true,
      pushSubscriptions: { select: { id: true, endpoint: true, p256dh: true, auth: true } },
    },
  });
  const pushed = await pushNow(recipients, notification, now);
  const mailIds: string[] = [];
  for (const recipient of recipients) {
    const deliverAfter = scheduleDelivery(recipient, now);
    if (deliverAfter === "never") continue;
    if (deliverAfter === null) {
      // E-mail is the fallback: a device already showed it.
      if (pushed.has(recipient.id)) continue;
      mailIds.push(await queueMail(singleMail(recipient, notification)));
    } else {
      await prisma.pendingNotification.create({
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
  }
  for (const id of mailIds) await deliverMail(id);
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
 * queues the mails, so each notification is mailed exactly once. Returns the number of e-mails queued.
 */
export async function flushDueNotifications({
  now = clockNow(),
  userIds,
}: {
  now?: Date;
  userIds?: string[];
} = {}): Promise<number> {
  const onlyUsers = userIds ? Prisma.sql`AND "userId" = ANY(${userIds}::uuid[])` : Prisma.empty;
  const mailIds = await prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<PendingRow[]>`
      DELETE FROM "PendingNotification" WHERE "id" IN (
        SELECT "id" FROM "PendingNotification" WHERE "deliverAfter" <= ${now} ${onlyUsers} FOR UPDATE SKIP LOCKED
      ) RETURNING "id", "userId", "kind", "subject", "text", "link", "createdAt"`;
    if (rows.length === 0) return [];
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
    return ids;
  });
  for (const id of mailIds) await deliverMail(id);
  return mailIds.length;
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
