import { getSessionUser } from "@/lib/auth/session";
import { handlePushSubscribe, handlePushUnsubscribe } from "@/lib/push/http";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** Stores (or updates) this device's push subscription for the signed-in user. */
export async function POST(request: Request) {
  return handlePushSubscribe(await getSessionUser(), request);
}

/** Removes one of the signed-in user's own push subscriptions ({ endpoint }). */
export async function DELETE(request: Request) {
  return handlePushUnsubscribe(await getSessionUser(), request);
}
