// Outgoing e-mail. Every mail is first written to OutboxMail. With SMTP_URL set, the same transaction queues a
// "mail.deliver" job (lib/jobs), and the job runner sends it through nodemailer, retrying with backoff while the mail
// server is unreachable; after sending, the body is cleared (links in mails carry tokens, which we do not keep at
// rest). Without SMTP_URL (the embedded default) mails stay in the outbox, which a beheerder opens in the app:
// /beheer/outbox. Requests never talk to the mail server themselves.
import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { prisma, type Tx } from "../db";
import { env } from "../env";
import { enqueueJob } from "../jobs/enqueue";
import { currentTime } from "../jobs/now";

export type MailContent = { to: string; subject: string; text: string; html: string };

let transporter: Transporter | undefined;
// Short timeouts: a job holds a worker while it waits, and the retry comes back later anyway.
const getTransporter = () =>
  (transporter ??= nodemailer.createTransport(env.SMTP_URL, {
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  }));

export const isDevOutbox = () => !env.SMTP_URL;

/** Writes the mail to the outbox only; the caller decides when it is sent (see queueMailDelivery). */
export async function storeMail(mail: MailContent, db: Tx | typeof prisma = prisma): Promise<string> {
  const row = await db.outboxMail.create({ data: mail, select: { id: true } });
  return row.id;
}

/** Queues the delivery of a stored mail (inside the caller's transaction when given). No-op for the dev outbox. */
export async function queueMailDelivery(mailId: string, db: Tx | typeof prisma = prisma): Promise<void> {
  if (isDevOutbox()) return;
  await enqueueJob("mail.deliver", { mailId }, { db });
}

/** Writes the mail to the outbox and queues its delivery, inside the caller's transaction when given. */
export async function queueMail(mail: MailContent, db: Tx | typeof prisma = prisma): Promise<string> {
  const id = await storeMail(mail, db);
  await queueMailDelivery(id, db);
  return id;
}

/** SMTP delivery failed; `code` is nodemailer's (ECONNECTION, ETIMEDOUT, EENVELOPE, ...). */
export class MailDeliveryError extends Error {
  override name = "MailDeliveryError";
  readonly code: string | undefined;
  constructor(message: string, cause: unknown) {
    super(message, { cause });
    const code = (cause as { code?: unknown } | null)?.code;
    this.code = typeof code === "string" ? code : undefined;
  }
}

/**
 * The "mail.deliver" job: sends one outbox mail over SMTP and clears its body. Throws when the server refuses or
 * cannot be reached, so the job is retried; the error is kept on the row (without the body) for the beheer page.
 */
export async function deliverMail(id: string, now: Date = currentTime()): Promise<"sent" | "skipped"> {
  if (isDevOutbox()) return "skipped";
  const mail = await prisma.outboxMail.findUnique({ where: { id } });
  if (!mail || mail.sentAt) return "skipped";
  try {
    await getTransporter().sendMail({
      from: env.MAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
    });
  } catch (error) {
    const message = String((error as Error).message).slice(0, 500);
    await prisma.outboxMail.update({ where: { id }, data: { error: message } });
    throw new MailDeliveryError(message, error);
  }
  await prisma.outboxMail.update({ where: { id }, data: { sentAt: now, text: "", html: "", error: null } });
  return "sent";
}
