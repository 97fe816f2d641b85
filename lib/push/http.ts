// The HTTP edge of push subscriptions (app/api/push/route.ts only fetches the session and calls these, so the
// integration tests exercise the same code with a null user = anonymous).
// 401 without a session; 403 for a cross-origin request (CSRF); 400 with an i18n key for bad input; 404 for an
// endpoint that is not the user's; 409 for someone else's endpoint with other keys. Never a 500 for bad input.
import "server-only";
import { isAppError } from "../errors";
import { logger } from "../logger";
import { isSameOriginRequest } from "../http/same-origin";
import type { SessionUser } from "../authz";
import { allowLoopbackPushEndpoints, vapidConfig } from "./config";
import { pushSubscriptionSchema, PushUnsubscribeSchema } from "./schema";
import { deletePushSubscription, savePushSubscription } from "./subscriptions";

type Body = { ok: true; moved?: boolean } | { ok: false; error: string };
const json = (body: Body, status: number) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
const MAX_BODY_BYTES = 8 * 1024;

/** Session, origin and a small JSON body: a Response to return as is, or the parsed body. */
async function guard(
  user: SessionUser | null,
  request: Request,
): Promise<Response | { user: SessionUser; body: unknown }> {
  if (!user) return json({ ok: false, error: "errors.UNAUTHENTICATED" }, 401);
  if (!isSameOriginRequest(request)) return json({ ok: false, error: "errors.FORBIDDEN" }, 403);
  if (Number(request.headers.get("content-length") ?? "0") > MAX_BODY_BYTES)
    return json({ ok: false, error: "push.errors.invalid" }, 400);
  const text = await request.text().catch(() => null);
  if (text === null || text.length > MAX_BODY_BYTES) return json({ ok: false, error: "push.errors.invalid" }, 400);
  try {
    return { user, body: JSON.parse(text) as unknown };
  } catch {
    return json({ ok: false, error: "push.errors.invalid" }, 400);
  }
}

function fromError(error: unknown, fallback: string): Response {
  if (isAppError(error)) {
    if (error.code === "NOT_FOUND") return json({ ok: false, error: "errors.NOT_FOUND" }, 404);
    if (error.code === "CONFLICT") return json({ ok: false, error: error.messageKey }, 409);
    return json({ ok: false, error: error.messageKey.includes(".") ? error.messageKey : `errors.${error.code}` }, 400);
  }
  logger.error({ err: error }, "push subscription request failed");
  return json({ ok: false, error: fallback }, 500);
}

/** POST /api/push, body = PushSubscription.toJSON(). */
export async function handlePushSubscribe(user: SessionUser | null, request: Request): Promise<Response> {
  const checked = await guard(user, request);
  if (checked instanceof Response) return checked;
  if (!vapidConfig()) return json({ ok: false, error: "push.errors.notConfigured" }, 400);
  const parsed = pushSubscriptionSchema({ allowLoopbackHttp: allowLoopbackPushEndpoints() }).safeParse(checked.body);
  if (!parsed.success) return json({ ok: false, error: parsed.error.issues[0]?.message ?? "push.errors.invalid" }, 400);
  try {
    const { moved } = await savePushSubscription(checked.user, parsed.data);
    return json({ ok: true, moved }, 201);
  } catch (error) {
    return fromError(error, "push.errors.save");
  }
}

/** DELETE /api/push, body = { endpoint }. */
export async function handlePushUnsubscribe(user: SessionUser | null, request: Request): Promise<Response> {
  const checked = await guard(user, request);
  if (checked instanceof Response) return checked;
  const parsed = PushUnsubscribeSchema.safeParse(checked.body);
  if (!parsed.success) return json({ ok: false, error: parsed.error.issues[0]?.message ?? "push.errors.invalid" }, 400);
  try {
    await deletePushSubscription(checked.user, parsed.data.endpoint);
    return json({ ok: true }, 200);
  } catch (error) {
    return fromError(error, "push.errors.unsubscribe");
  }
}
