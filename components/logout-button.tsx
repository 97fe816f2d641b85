"use client";

import { signOutTo } from "@/lib/auth/client";

/**
 * A signed-out device must not keep showing someone's notifications (shared family tablet): remove this browser's
 * push subscription first, best effort and time-boxed so logging out never hangs.
 */
async function forgetPushDevice(): Promise<void> {
  if (!("serviceWorker" in navigator)) return;
  const work = (async () => {
    const subscription = await (await navigator.serviceWorker.getRegistration())?.pushManager.getSubscription();
    if (!subscription) return;
    await fetch("/api/push", {
      method: "DELETE",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ endpoint: subscription.endpoint }),
    }).catch(() => null);
    await subscription.unsubscribe().catch(() => false);
  })().catch(() => undefined);
  await Promise.race([work, new Promise((resolve) => setTimeout(resolve, 2000))]);
}

/** `label` comes from the server (PortalShell): pages without client-side translations load no next-intl code. */
export function LogoutButton({ label }: { label: string }) {
  const logout = async () => {
    await forgetPushDevice();
    await signOutTo("/login");
  };
  return (
    <button
      type="button"
      onClick={() => void logout()}
      className="min-h-11 rounded-lg px-3 text-sm text-slate-600 hover:bg-slate-100"
    >
      {label}
    </button>
  );
}
