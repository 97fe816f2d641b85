import { isDatabaseReachable } from "@/lib/health";

export const dynamic = "force-dynamic";

/** Liveness + database reachability, for load balancers and the start script. */
export async function GET() {
  if (await isDatabaseReachable()) return Response.json({ ok: true });
  return Response.json({ ok: false }, { status: 503 });
}
