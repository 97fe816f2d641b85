// The HTTP edge of the GGD presence list (issue 18): GET /api/aanwezigheidslijst?locatie&van&tot as CSV. The route
// only fetches the session and the translated header; this does the rest, so integration tests exercise it directly.
// 401 without a session, 404 for a location that is not yours (or malformed), 400 with a message key for a bad period.
import "server-only";
import { isAppError } from "../errors";
import { writeAudit } from "../audit/log";
import type { SessionUser } from "../authz";
import { listPresenceForExport } from "./queries";
import { presenceCsv } from "./csv";

export async function handlePresenceCsv(
  user: SessionUser | null,
  { searchParams, header }: { searchParams: URLSearchParams; header: string[] },
): Promise<Response> {
  const noStore = { "Cache-Control": "private, no-store" };
  if (!user) return new Response("Unauthorized", { status: 401, headers: noStore });
  try {
    const list = await listPresenceForExport(user, {
      locationId: searchParams.get("locatie") ?? "",
      from: searchParams.get("van") ?? "",
      to: searchParams.get("tot") ?? "",
    });
    await writeAudit({
      action: "privacy.presence_exported",
      actorId: user.id,
      organisationId: user.organisationId,
      entityType: "Location",
      entityId: list.location.id,
      meta: { from: list.from, to: list.to, rows: list.rows.length },
    });
    const fileName = `aanwezigheid-${list.location.name.replace(/[^A-Za-z0-9-]+/g, "-")}-${list.from}-${list.to}.csv`;
    return new Response(presenceCsv(list.rows, header), {
      status: 200,
      headers: {
        ...noStore,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND")
      return new Response("Not found", { status: 404, headers: noStore });
    if (isAppError(error))
      return Response.json({ ok: false, error: error.messageKey }, { status: 400, headers: noStore });
    throw error;
  }
}
