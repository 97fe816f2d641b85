// One retention pass (lib/privacy/retention.ts): farewell notices, photo removal, erasure of left children.
// Scheduling: `npm start` runs this once after start-up and then daily at 03:00 Amsterdam time (scripts/start.ts);
// in other deployments run `npx tsx --conditions=react-server scripts/retention.ts` from cron once a day
// (react-server: the lib modules are marked server-only). Safe to run on several instances at
// once (every step claims its work). Flags: --now=2027-05-01T03:00:00Z to simulate a date (testing by hand only).
import { prisma, pool } from "../lib/db.ts";
import { getStorage } from "../lib/storage/index.ts";
import { deliverMail } from "../lib/mail/send.ts";
import { runRetention } from "../lib/privacy/retention.ts";

const nowArg = process.argv.find((arg) => arg.startsWith("--now="));
const now = nowArg ? new Date(nowArg.slice(6)) : new Date();

try {
  const report = await runRetention({
    db: prisma,
    storage: getStorage(),
    now,
    appUrl: process.env.APP_URL ?? "http://localhost:3000",
    log: (line) => console.log(line),
    // Same delivery as every other mail: sent with SMTP, kept in the dev outbox (/beheer/outbox) without.
    onMailQueued: deliverMail,
  });
  console.log(`retention ${now.toISOString()}: ${JSON.stringify(report)}`);
} finally {
  await prisma.$disconnect();
  await pool.end();
}
