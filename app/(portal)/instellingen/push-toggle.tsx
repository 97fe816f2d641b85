"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { Notice } from "@/components/ui/notice";

type Status = "checking" | "on" | "off" | "unavailable";

/** base64url (VAPID public key) -> bytes for pushManager.subscribe. */
function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = (base64url + "=".repeat((4 - (base64url.length % 4)) % 4)).replace(/-/g, "+").replace(/_/g, "/");
  const raw = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

const supported = () =>
  typeof window !== "undefined" && "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;

/** The service worker registration, or null when none becomes active within a few seconds (e.g. `next dev`). */
async function registration(): Promise<ServiceWorkerRegistration | null> {
  const existing = await navigator.serviceWorker.getRegistration();
  if (existing?.active) return existing;
  return Promise.race([
    navigator.serviceWorker.ready,
    new Promise<null>((resolve) => setTimeout(() => resolve(null), 5000)),
  ]);
}

async function send(method: "POST" | "DELETE", body: unknown): Promise<{ ok: boolean; error?: string }> {
  const response = await fetch("/api/push", {
    method,
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  const json = (await response.json().catch(() => ({}))) as { ok?: boolean; error?: string };
  return { ok: response.ok, error: json.error };
}

/**
 * "Meldingen op dit apparaat": subscribes this browser to web push and registers it with the server (POST /api/push),
 * or unsubscribes it (DELETE). The VAPID public key comes from the server page; null = push not configured.
 */
export function PushToggle({ publicKey }: { publicKey: string | null }) {
  const t = useTranslations("push");
  const tAll = useTranslations();
  const [status, setStatus] = useState<Status>("checking");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const unavailable = !publicKey ? "push.errors.notConfigured" : !supported() ? "push.errors.unsupported" : null;
      if (unavailable) {
        setStatus("unavailable");
        setError(unavailable);
        return;
      }
      const reg = await navigator.serviceWorker.getRegistration().catch(() => undefined);
      const subscription = await reg?.pushManager.getSubscription().catch(() => null);
      if (!cancelled) setStatus(subscription && Notification.permission === "granted" ? "on" : "off");
    })();
    return () => {
      cancelled = true;
    };
  }, [publicKey]);

  async function enable() {
    if (Notification.permission === "denied" || (await Notification.requestPermission()) !== "granted")
      return setError("push.errors.denied");
    const reg = await registration();
    if (!reg) return setError("push.errors.unsupported");
    let subscription: PushSubscription;
    try {
      subscription =
        (await reg.pushManager.getSubscription()) ??
        (await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(publicKey!) }));
    } catch {
      return setError("push.errors.subscribe");
    }
    const result = await send("POST", subscription.toJSON()).catch(() => ({ ok: false, error: "push.errors.save" }));
    if (!result.ok) {
      await subscription.unsubscribe().catch(() => false);
      return setError(result.error?.startsWith("push.") ? result.error : "push.errors.save");
    }
    setStatus("on");
  }

  async function disable() {
    const reg = await navigator.serviceWorker.getRegistration();
    const subscription = await reg?.pushManager.getSubscription();
    if (subscription) {
      const result = await send("DELETE", { endpoint: subscription.endpoint }).catch(() => ({ ok: false }));
      // 404: the server no longer knows this device (expired, or moved to another account): unsubscribing is still right.
      if (!result.ok && !("error" in result && result.error === "errors.NOT_FOUND"))
        return setError("push.errors.unsubscribe");
      await subscription.unsubscribe().catch(() => false);
    }
    setStatus("off");
  }

  async function toggle(on: boolean) {
    setBusy(true);
    setError(null);
    try {
      await (on ? enable() : disable());
    } catch {
      setError(on ? "push.errors.subscribe" : "push.errors.unsubscribe");
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <label className="flex min-h-11 items-center gap-3">
        <input
          type="checkbox"
          role="switch"
          aria-checked={status === "on"}
          aria-describedby="push-status"
          checked={status === "on"}
          disabled={busy || status === "checking" || status === "unavailable"}
          onChange={(event) => void toggle(event.target.checked)}
          className="size-5 accent-brand-700"
        />
        {t("toggle")}
      </label>
      <p id="push-status" className="text-sm text-slate-700" aria-live="polite">
        {busy ? t("working") : status === "on" ? t("statusOn") : status === "off" ? t("statusOff") : ""}
      </p>
      {error && <Notice tone={status === "unavailable" ? "info" : "error"}>{tAll(error)}</Notice>}
      <p className="text-sm text-slate-600">{t("lockScreen")}</p>
    </div>
  );
}
