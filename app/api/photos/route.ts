import { getSessionUser } from "@/lib/auth/session";
import { handleUpload } from "@/lib/photos/http";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** Staff upload, one image per request (the client sends files one by one, so one failure never loses the others). */
export async function POST(request: Request) {
  return handleUpload(await getSessionUser(), request);
}
