// Imported first by explain-list-queries.test.ts: installs a query-logging Prisma client as the process-wide client of
// lib/db.ts (which caches it on globalThis.__roefDb), so the real list-query functions run through it and the test can
// EXPLAIN exactly the SQL they send.
import { createSpyClient } from "../explain";

export const spy = createSpyClient(process.env.DATABASE_URL!);
(globalThis as { __roefDb?: unknown }).__roefDb = { pool: spy.pool, prisma: spy.prisma };
