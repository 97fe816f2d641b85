import { getSessionUser } from "@/lib/auth/session";
import { handleImage } from "@/lib/photos/http";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** Image bytes (thumb, display, download) behind the same visibility rule as the feed, checked on every view. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; variant: string }> }) {
  const { id, variant } = await params;
  return handleImage(await getSessionUser(), {
    photoId: id,
    variant,
    ifNoneMatch: request.headers.get("if-none-match"),
  });
}
