// Liveness for load balancers and the start script: can this process reach the database?
import "server-only";
import { prisma } from "./db";

export async function isDatabaseReachable(): Promise<boolean> {
  try {
    await prisma.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
