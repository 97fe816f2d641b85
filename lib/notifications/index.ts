// Calm notifications. Features call notifyUsers(); this module decides per recipient whether and how they hear
// about it (their per-kind toggles, e-mail mode, quiet hours). Features never send notification mail themselves.
import "server-only";
import { prisma } from "../db";
import { env } from "../env";
import { queueMail, deliverMail } from "../mail/send";
import { escapeHtml } from "../mail/escape";

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

const toggleField = { message: "notifyMessages", diary: "notifyDiary", request: "notifyRequests", news: "notifyNews" } as const;

/** Sends e-mail notifications to the users who want this kind immediately. */
export async function notifyUsers(notification: Notification): Promise<void> {
  if (notification.userIds.length === 0) return;
  const recipients = await prisma.user.findMany({
    where: { id: { in: notification.userIds }, status: "ACTIVE", emailMode: "IMMEDIATE", [toggleField[notification.kind]]: true },
    select: { email: true, name: true },
  });
  const url = new URL(notification.link, env.APP_URL).toString();
  for (const recipient of recipients) {
    const mailId = await queueMail({
      to: recipient.email,
      subject: notification.subject,
      text: `Beste ${recipient.name},\n\n${notification.text}\n\nBekijk het in het ouderportaal: ${url}\n`,
      html: `<p>Beste ${escapeHtml(recipient.name)},</p><p>${escapeHtml(notification.text)}</p><p><a href="${escapeHtml(url)}">Bekijk het in het ouderportaal</a></p>`,
    });
    await deliverMail(mailId);
  }
}
