// AVG export download: GET /api/privacy/export (a parent: own family) or ?familyId=<id> (a beheerder).
// Authorization is in lib/privacy/export.ts; anything not allowed is a plain 404.
import { Readable } from "node:stream";
import { requireActor } from "@/lib/authz";
import { isAppError } from "@/lib/errors";
import { exportFamilyZip } from "@/lib/privacy/export";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const actor = await requireActor("PARENT", "BEHEERDER");
    const { filename, stream } = await exportFamilyZip(actor, new URL(request.url).searchParams.get("familyId"));
    return new Response(Readable.toWeb(stream) as ReadableStream, {
      headers: {
        "Content-Type": "application/zip",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (isAppError(error)) return new Response("Not found", { status: 404 });
    throw error;
  }
}
