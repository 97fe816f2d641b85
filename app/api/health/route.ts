import { prisma } from "@/lib/db";

export const dynamic = "force-dynamic";

/** Liveness + database reachability, for load balancers and the start script. */
export async function GET() {
  try {
    await prisma.$queryRaw`SELECT 1`;
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false }, { status: 503 });
  }
}
