// Push subscriptions as the browser sends them (PushSubscription.toJSON()). Pure: shared by the route handler and
// the unit tests. Messages are i18n keys.
//
// Endpoint rule (the server POSTs to this URL, so it must not become a way to reach internal hosts):
// - https:// with a DNS host name on the default port, no credentials, no IP literals, no "localhost". Real push
//   services (FCM, Mozilla autopush, Apple, WNS) all look like that.
// - http:// only on loopback (127.0.0.1, localhost, [::1]) and only when `allowLoopbackHttp` is on: outside
//   production, or with PUSH_ALLOW_LOOPBACK_ENDPOINTS=true for the e2e run. Never in a real deployment.
import { z } from "zod";

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);
const IPV4_LITERAL = /^\d{1,3}(\.\d{1,3}){3}$/;

export function isAllowedPushEndpoint(value: string, { allowLoopbackHttp }: { allowLoopbackHttp: boolean }): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === "http:") return allowLoopbackHttp && LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== "https:" || url.port !== "") return false;
  const host = url.hostname.toLowerCase();
  if (
    host === "localhost" ||
    host.endsWith(".localhost") ||
    host.startsWith("[") ||
    IPV4_LITERAL.test(host) ||
    !host.includes(".")
  )
    return false;
  return true;
}

const base64url = (bytes: number, message: string) =>
  z
    .string({ message })
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, message)
    .refine((value) => Buffer.from(value, "base64url").length === bytes, message);

/** p256dh: an uncompressed P-256 point (65 bytes, starts with 0x04); auth: 16 bytes. */
export function pushSubscriptionSchema(options: { allowLoopbackHttp: boolean }) {
  return z.object(
    {
      endpoint: z
        .string({ message: "push.errors.endpoint" })
        .max(2048, "push.errors.endpoint")
        .refine((value) => isAllowedPushEndpoint(value, options), "push.errors.endpoint"),
      keys: z.object(
        {
          p256dh: base64url(65, "push.errors.keys").refine(
            (value) => Buffer.from(value, "base64url")[0] === 0x04,
            "push.errors.keys",
          ),
          auth: base64url(16, "push.errors.keys"),
        },
        { message: "push.errors.keys" },
      ),
    },
    { message: "push.errors.invalid" },
  );
}

export const PushUnsubscribeSchema = z.object(
  {
    endpoint: z
      .string({ message: "push.errors.endpoint" })
      .min(1, "push.errors.endpoint")
      .max(2048, "push.errors.endpoint"),
  },
  { message: "push.errors.invalid" },
);

export type PushSubscriptionInput = z.output<ReturnType<typeof pushSubscriptionSchema>>;
