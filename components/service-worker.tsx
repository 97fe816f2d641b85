"use client";

import { useEffect, type ReactNode } from "react";

/**
 * Registers the service worker (app/sw.ts, served from /serwist/sw.js with scope /) in production builds: installable
 * app, offline page. A plain `navigator.serviceWorker.register` after the load event instead of @serwist/window's
 * provider: we use none of its messaging (no cache-on-navigation, no reload-on-online), and it was ~2 KB gzip of every
 * page's first-load JavaScript. Registering after `load` keeps the worker's precaching out of the page's first load.
 */
export function ServiceWorker({ children }: { children: ReactNode }) {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    const register = () =>
      void navigator.serviceWorker.register("/serwist/sw.js", { scope: "/", type: "module" }).catch(() => undefined);
    if (document.readyState === "complete") register();
    else {
      window.addEventListener("load", register, { once: true });
      return () => window.removeEventListener("load", register);
    }
  }, []);
  return children;
}
