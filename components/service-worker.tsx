"use client";

import type { ReactNode } from "react";
import { SerwistProvider } from "@serwist/turbopack/react";

/** Registers the service worker in production builds (installable app, offline page). */
export function ServiceWorker({ children }: { children: ReactNode }) {
  return (
    <SerwistProvider swUrl="/serwist/sw.js" disable={process.env.NODE_ENV !== "production"} cacheOnNavigation={false} reloadOnOnline={false}>
      {children}
    </SerwistProvider>
  );
}
