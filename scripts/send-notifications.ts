// Sends held-back notification e-mails (quiet hours ended, daily digest due). Run from cron every 5-15 minutes:
//   DATABASE_URL=... npx tsx --conditions=react-server scripts/send-notifications.ts
// (react-server: the DAL modules are marked `server-only`.)
// Safe to run on several machines at once (rows are claimed with SKIP LOCKED).
import { flushDueNotifications } from "../lib/notifications/index.ts";
import { prisma, pool } from "../lib/db.ts";

const sent = await flushDueNotifications();
console.log(`notifications: ${sent} e-mail(s) queued`);
await prisma.$disconnect();
await pool.end();
