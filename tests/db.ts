// The Prisma client tests write fixtures with (the same database the DAL under test uses).
import { createPrismaClient } from "../lib/db/create-client";
import { assertTestDatabaseUrl } from "./setup/test-database";

export const { prisma: testDb } = createPrismaClient(assertTestDatabaseUrl(process.env.DATABASE_URL), { max: 4 });
