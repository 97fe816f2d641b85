// Web push configuration from the environment. Push is off unless both VAPID keys are set (`npm start` generates a
// pair into .data/vapid.json; other deployments set them: `npx web-push generate-vapid-keys`).
import "server-only";
import { env } from "../env";

export type VapidConfig = { publicKey: string; privateKey: string; subject: string };

function defaultSubject(): string {
  const address = /<([^>]+)>/.exec(env.MAIL_FROM)?.[1] ?? env.MAIL_FROM.trim();
  return `mailto:${address}`;
}

export function vapidConfig(): VapidConfig | null {
  if (!env.VAPID_PUBLIC_KEY || !env.VAPID_PRIVATE_KEY) return null;
  return {
    publicKey: env.VAPID_PUBLIC_KEY,
    privateKey: env.VAPID_PRIVATE_KEY,
    subject: env.VAPID_SUBJECT ?? defaultSubject(),
  };
}

/** The public key for the browser (applicationServerKey), or null when push is not configured. */
export function pushPublicKey(): string | null {
  return vapidConfig()?.publicKey ?? null;
}

/** http:// loopback endpoints: outside production, or explicitly for the e2e run. */
export function allowLoopbackPushEndpoints(): boolean {
  return env.NODE_ENV !== "production" || env.PUSH_ALLOW_LOOPBACK_ENDPOINTS === "true";
}
