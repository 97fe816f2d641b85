// Outgoing e-mail. Every mail is first written to OutboxMail; with SMTP_URL set it is then sent through nodemailer
// and its body is cleared (links in mails carry tokens, which we do not keep at rest). Without SMTP_URL (the
// embedded default) mails stay in the outbox, which a beheerder can open in the app: /beheer/outbox.
import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { prisma, type Tx } from "../db";
import { env } from "../env";
import { logger } from "../logger";
import { now as clockNow } from "../clock";

export type MailContent = { to: string; subject: string; text: string; html: string };

let transporter: Transporter | undefined;
const getTransporter = () => (transporter ??= nodemailer.createTransport(env.SMTP_URL));

export const isDevOutbox = () => !env.SMTP_URL;

/** Writes the mail to the outbox (inside the caller's transaction when given). Returns its id. */
export async function queueMail(mail: MailContent, db: Tx | typeof prisma = prisma): Promise<string> {
  const row = await db.outboxMail.create({ data: mail, select: { id: true } });
  return row.id;
}

/** Sends queued mails when SMTP is configured. Called after the transaction that queued them committed. */
export async function deliverMail(id: string): Promise<void> {
  if (isDevOutbox()) return;
  const mail = await prisma.outboxMail.findUnique({ where: { id } });
  if (!mail || mail.sentAt) return;
  try {
    await getTransporter().sendMail({
      from: env.MAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
    });
    await prisma.outboxMail.update({ where: { id }, data: { sentAt: clockNow(), text: "", html: "", error: null } });
  } catch (error) {
    logger.error({ err: error, mailId: id }, "mail delivery failed");
    await prisma.outboxMail.update({ where: { id }, data: { error: String((error as Error).message).slice(0, 500) } });
  }
}

export async function sendMail(mail: MailContent): Promise<void> {
  await deliverMail(await queueMail(mail));
}
