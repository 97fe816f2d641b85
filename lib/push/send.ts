// Sends web push messages. Payloads are deliberately generic ("Nieuw bericht" + one sentence + a link): a push shows
// on a lock screen that others can see, so no names and never message text. Encryption and the VAPID header come
// from `web-push` (generateRequestDetails); the request itself goes through fetch with a timeout and without
// following redirects, so a slow or hostile endpoint cannot hang or redirect the job that sends it.
// Runs in the "notification.deliver" job (lib/notifications), never in a request. Never throws: it reports which
// users a device accepted the push for and which had a failure worth retrying.
import "server-only";
import webpush from "web-push";
import { prisma } from "../db";
import { logger } from "../logger";
import { loadMessages } from "../i18n/messages";
import { allowLoopbackPushEndpoints, vapidConfig } from "./config";
import { isAllowedPushEndpoint } from "./schema";

export type PushKind = "message" | "diary" | "request" | "news";
export type PushPayload = { title: string; body: string; url: string };
export type PushTarget = {
  userId: string;
  locale: string;
  subscriptions: { id: string; endpoint: string; p256dh: string; auth: string }[];
};

/** Keep a slow push service from holding a job worker for long; a retry comes back later. */
const TIMEOUT_MS = 5_000;
/** Undelivered pushes are dropped by the push service after a day: stale news is noise. */
const TTL_SECONDS = 24 * 3600;

export function pushPayload(kind: PushKind, locale: string, url: string): PushPayload {
  const messages = loadMessages(locale === "en" ? "en" : "nl").push as {
    kinds: Record<PushKind, { title: string; body: string }>;
  };
  const text = messages.kinds[kind];
  return { title: text.title, body: text.body, url };
}

/** failed = worth retrying (network, timeout, 429, 5xx); refused = the push service will not take it (other 4xx). */
type Outcome = "delivered" | "gone" | "failed" | "refused";

async function sendOne(subscription: PushTarget["subscriptions"][number], payload: PushPayload): Promise<Outcome> {
  const vapid = vapidConfig();
  if (!vapid || !isAllowedPushEndpoint(subscription.endpoint, { allowLoopbackHttp: allowLoopbackPushEndpoints() }))
    return "refused";
  const details = webpush.generateRequestDetails(
    { endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } },
    JSON.stringify(payload),
    { vapidDetails: vapid, TTL: TTL_SECONDS, urgency: "normal" },
  );
  const headers = new Headers();
  for (const [name, value] of Object.entries(details.headers))
    if (name.toLowerCase() !== "content-length") headers.set(name, String(value));
  const response = await fetch(details.endpoint, {
    method: details.method,
    headers,
    body: details.body ? new Uint8Array(details.body) : undefined,
    redirect: "error",
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  await response.body?.cancel().catch(() => {});
  if (response.ok) return "delivered";
  if (response.status === 404 || response.status === 410) return "gone";
  logger.warn({ status: response.status, subscriptionId: subscription.id }, "push service refused a message");
  return response.status === 429 || response.status >= 500 ? "failed" : "refused";
}

export type PushOutcome = {
  /** Users with at least one device that accepted the push. */
  delivered: Set<string>;
  /** Users with a device that failed in a way worth retrying (network, timeout, 429, 5xx). */
  retry: Set<string>;
};

/**
 * Pushes one notification to each target's devices, in parallel. Subscriptions the push service reports as gone
 * (404/410) are deleted.
 */
export async function pushToTargets(targets: PushTarget[], kind: PushKind, url: string): Promise<PushOutcome> {
  const delivered = new Set<string>();
  const retry = new Set<string>();
  if (!vapidConfig()) return { delivered, retry };
  const gone: string[] = [];
  await Promise.all(
    targets.flatMap((target) => {
      const payload = pushPayload(kind, target.locale, url);
      return target.subscriptions.map(async (subscription) => {
        try {
          const outcome = await sendOne(subscription, payload);
          if (outcome === "delivered") delivered.add(target.userId);
          if (outcome === "gone") gone.push(subscription.id);
          if (outcome === "failed") retry.add(target.userId);
        } catch (err) {
          logger.warn({ err, subscriptionId: subscription.id }, "push failed");
          retry.add(target.userId);
        }
      });
    }),
  );
  if (gone.length > 0) {
    await prisma.pushSubscription
      .deleteMany({ where: { id: { in: gone } } })
      .catch((err: unknown) => logger.warn({ err }, "removing expired push subscriptions failed"));
  }
  return { delivered, retry };
}
