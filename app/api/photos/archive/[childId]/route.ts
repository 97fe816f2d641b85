import { getSessionUser } from "@/lib/auth/session";
import { handleArchive } from "@/lib/photos/http";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** All photos of my child as one streamed ZIP. */
export async function GET(_request: Request, { params }: { params: Promise<{ childId: string }> }) {
  const { childId } = await params;
  return handleArchive(await getSessionUser(), childId);
}
