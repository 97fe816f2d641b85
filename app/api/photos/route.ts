import { getSessionUser } from "@/lib/auth/session";
import { handleUpload } from "@/lib/photos/http";
import { isSameOriginRequest } from "@/lib/http/same-origin";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** Staff upload, one image per request (the client sends files one by one, so one failure never loses the others). */
export async function POST(request: Request) {
  // CSRF: a state-changing route handler (server actions get this check from Next.js itself).
  if (!isSameOriginRequest(request))
    return Response.json({ ok: false, error: "photos.errors.unexpected" }, { status: 403 });
  return handleUpload(await getSessionUser(), request);
}
