// One retention pass (lib/privacy/retention.ts): farewell notices, photo removal, erasure of left children.
// Scheduling: `npm start` runs this once after start-up and then daily at 03:00 Amsterdam time (scripts/start.ts);
// in other deployments run `npx tsx scripts/retention.ts` from cron once a day. Safe to run on several instances at
// once (every step claims its work). Flags: --now=2027-05-01T03:00:00Z to simulate a date (testing by hand only).
import nodemailer from "nodemailer";
import { createPrismaClient } from "../lib/db/create-client.ts";
import { runRetention } from "../lib/privacy/retention.ts";
import { LocalStorage } from "../lib/storage/local.ts";
import { S3Storage } from "../lib/storage/s3.ts";
import type { StorageDriver } from "../lib/storage/types.ts";

function storageFromEnv(): StorageDriver {
  const env = process.env;
  if (env.STORAGE_DRIVER === "s3") {
    if (!env.S3_BUCKET) throw new Error("STORAGE_DRIVER=s3 needs S3_BUCKET");
    return new S3Storage({ bucket: env.S3_BUCKET, region: env.S3_REGION || "eu-west-1", endpoint: env.S3_ENDPOINT || undefined, accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY });
  }
  return new LocalStorage(env.STORAGE_DIR || ".data/storage");
}

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error("DATABASE_URL is required");
const nowArg = process.argv.find((arg) => arg.startsWith("--now="));
const now = nowArg ? new Date(nowArg.slice(6)) : new Date();
const { prisma, pool } = createPrismaClient(databaseUrl, { max: 2 });
const transport = process.env.SMTP_URL ? nodemailer.createTransport(process.env.SMTP_URL) : null;

try {
  const report = await runRetention({
    db: prisma,
    storage: storageFromEnv(),
    now,
    appUrl: process.env.APP_URL ?? "http://localhost:3000",
    log: (line) => console.log(line),
    // Without SMTP the notice stays in the dev outbox (/beheer/outbox), like every other mail.
    onMailQueued: async (id) => {
      if (!transport) return;
      const mail = await prisma.outboxMail.findUniqueOrThrow({ where: { id } });
      await transport.sendMail({ from: process.env.MAIL_FROM ?? "Kindercentra de Roef <info@deroef.example>", to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
      await prisma.outboxMail.update({ where: { id }, data: { sentAt: new Date(), text: "", html: "" } });
    },
  });
  console.log(`retention ${now.toISOString()}: ${JSON.stringify(report)}`);
} finally {
  await prisma.$disconnect();
  await pool.end();
}
