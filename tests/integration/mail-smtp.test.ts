// E-mail over real SMTP: an SMTP server started by this test (the `smtp-server` package on 127.0.0.1) receives what
// the "mail.deliver" job sends. A notification about a message arrives with the right headers and without the
// message's text; while the server is down the job fails, keeps the mail and is retried, and after sending no body
// is left in the database. mailparser decodes what arrived (quoted-printable, base64), so a body cannot hide in an
// encoding.
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";
import type { createWorld } from "../../prisma/factories";

type Received = { from: string; to: string[]; parsed: ParsedMail; raw: string };
const received: Received[] = [];

function smtpServer(): SMTPServer {
  return new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        simpleParser(raw)
          .then((parsed) => {
            received.push({
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
              to: session.envelope.rcptTo.map((r) => r.address),
              parsed,
              raw,
            });
            callback();
          })
          .catch(callback);
      });
    },
  });
}

const listen = (server: SMTPServer, port = 0) =>
  new Promise<number>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve((server.server.address() as AddressInfo).port));
  });
const close = (server: SMTPServer) => new Promise<void>((resolve) => server.close(() => resolve()));

// The SMTP URL must be in the environment before lib/env.ts is first imported: start the server, then import.
let server = smtpServer();
const port = await listen(server);
process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
process.env.MAIL_FROM = "Kindercentra de Roef <info@deroef.example>";
const { createWorld: makeWorld } = await import("../../prisma/factories");
const { testDb } = await import("../db");
const { sessionFor } = await import("../session");
const { startThread } = await import("../../lib/messages/mutations");
const { sendPasswordResetFor } = await import("../../lib/accounts/mutations");
const { runQueuedJobs, jobsOf } = await import("../jobs");

type World = Awaited<ReturnType<typeof createWorld>>;
let world: World;

beforeAll(async () => {
  world = await makeWorld(testDb);
});
afterAll(async () => {
  await close(server);
});

const mailsTo = (address: string) => received.filter((r) => r.to.includes(address));

describe("e-mail over SMTP through the mail job", () => {
  it("a message notification arrives with the right headers and no message text; no body is kept", async () => {
    const secret = "Geheime inhoud: Sem heeft vandaag gespuugd";
    const staff = await sessionFor(world.staffA.id);
    await startThread(staff, {
      recipient: { type: "family", groupId: world.groupA.id, familyId: world.familyA.id },
      subject: "Over vandaag",
      body: secret,
      submissionKey: undefined,
    });
    // Nothing was sent inside the request: the mail waits in the outbox with a delivery job.
    const parent = await testDb.user.findUniqueOrThrow({ where: { id: world.parentA.id } });
    expect(mailsTo(parent.email)).toHaveLength(0);
    const queued = await testDb.outboxMail.findFirstOrThrow({
      where: { to: parent.email },
      orderBy: { createdAt: "desc" },
    });
    expect(queued.sentAt).toBeNull();

    expect(await runQueuedJobs("mail.deliver")).toBeGreaterThan(0);
    const [mail] = mailsTo(parent.email);
    expect(mail).toBeDefined();
    expect(mail.from).toBe("info@deroef.example");
    expect(mail.parsed.from?.value[0]).toMatchObject({ address: "info@deroef.example", name: "Kindercentra de Roef" });
    expect(mail.parsed.to && !Array.isArray(mail.parsed.to) ? mail.parsed.to.value[0].address : null).toBe(
      parent.email,
    );
    expect(mail.parsed.subject).toMatch(/bericht/i);
    expect(mail.parsed.messageId).toMatch(/^<.+@.+>$/);
    expect(mail.parsed.date).toBeInstanceOf(Date);
    expect(mail.parsed.headers.get("content-type")).toMatchObject({ value: "multipart/alternative" });
    expect(mail.parsed.text).toContain("/berichten/");
    // Notifications never carry what was written: not in the text part, the HTML part, the subject or raw.
    for (const part of [mail.parsed.text ?? "", String(mail.parsed.html), mail.parsed.subject ?? "", mail.raw])
      expect(part).not.toContain("gespuugd");

    const sent = await testDb.outboxMail.findUniqueOrThrow({ where: { id: queued.id } });
    expect(sent.sentAt).not.toBeNull();
    expect(sent).toMatchObject({ text: "", html: "", error: null });
  });

  it("retries while the mail server is down and delivers once it is back", async () => {
    await close(server);
    const beheerder = await sessionFor(world.beheerder.id);
    const parent = await testDb.user.findUniqueOrThrow({ where: { id: world.parentA2.id } });
    await testDb.user.update({ where: { id: parent.id }, data: { status: "ACTIVE" } });
    await sendPasswordResetFor(beheerder, parent.id);
    const row = await testDb.outboxMail.findFirstOrThrow({
      where: { to: parent.email },
      orderBy: { createdAt: "desc" },
    });

    // Down: the attempt fails, the job waits for its retry, and the mail is kept (with its link) to be sent later.
    expect(await runQueuedJobs("mail.deliver")).toBe(1);
    const failed = await testDb.outboxMail.findUniqueOrThrow({ where: { id: row.id } });
    expect(failed.sentAt).toBeNull();
    expect(failed.error).toMatch(/ECONNREFUSED|connect/i);
    expect(failed.text).toContain("/wachtwoord-herstellen/");
    const [job] = (await jobsOf<{ mailId: string }>("mail.deliver")).filter((j) => j.data.mailId === row.id);
    expect(job.state).toBe("retry");
    expect(job.startAfter.getTime()).toBeGreaterThan(Date.now());
    expect(JSON.stringify(job.output)).not.toContain(parent.email);
    // Not yet due: a normal pass leaves it alone.
    expect(await runQueuedJobs("mail.deliver")).toBe(0);

    // Back up on the same port: the retry delivers it and clears the body.
    server = smtpServer();
    await listen(server, port);
    expect(await runQueuedJobs("mail.deliver", { retries: true })).toBe(1);
    const mail = mailsTo(parent.email).find((m) => /wachtwoord/i.test(m.parsed.subject ?? ""));
    expect(mail).toBeDefined();
    expect(mail?.parsed.text).toContain("/wachtwoord-herstellen/");
    const sent = await testDb.outboxMail.findUniqueOrThrow({ where: { id: row.id } });
    expect(sent).toMatchObject({ text: "", html: "", error: null });
    expect(sent.sentAt).not.toBeNull();
    const [done] = (await jobsOf<{ mailId: string }>("mail.deliver")).filter((j) => j.data.mailId === row.id);
    expect(done.state).toBe("completed");
  });
});
