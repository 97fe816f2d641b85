import { calendarFeedIcs } from "@/lib/calendar-feed/queries";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * A child's planning as an iCalendar feed for the guardian's calendar app (no session: the random token in the URL
 * is the key, lib/calendar-feed). Unknown, renewed-away or stopped tokens, and tokens whose guardian or child is no
 * longer theirs, are all the same 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const ics = await calendarFeedIcs(token.replace(/\.ics$/, ""));
  if (ics === null) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
      "Referrer-Policy": "no-referrer",
    },
  });
}
