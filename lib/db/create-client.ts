// Creates a Prisma client over node-postgres. lib/db.ts holds the app's single instance; scripts and tests create
// their own against the database they were given.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";

export function createPrismaClient(connectionString: string, { max = 10 }: { max?: number } = {}) {
  const pool = new pg.Pool({ connectionString, max });
  const prisma = new PrismaClient({
    adapter: new PrismaPg(pool),
    transactionOptions: { maxWait: 5000, timeout: 10000 },
  });
  return { pool, prisma };
}
