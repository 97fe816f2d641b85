// AVG export download: GET /api/privacy/export, a parent's own family. Beheerders prepare an export for a family
// instead (the family downloads it); authorization is in lib/privacy/export.ts, and anything not allowed is a 404.
import { Readable } from "node:stream";
import { requireActor } from "@/lib/authz";
import { isAppError } from "@/lib/errors";
import { exportFamilyZip } from "@/lib/privacy/export";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  try {
    const actor = await requireActor();
    const { filename, stream } = await exportFamilyZip(actor);
    return new Response(Readable.toWeb(stream) as ReadableStream, {
      headers: {
        "Content-Type": "application/zip",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (isAppError(error)) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
    throw error;
  }
}
