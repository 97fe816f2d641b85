"use client";

import { useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import nl from "@/lib/i18n/messages/nl/core.json";
import en from "@/lib/i18n/messages/en/core.json";

// The root error boundary is part of every page's first-load JavaScript, so it reads its three strings straight from
// the catalogue instead of needing next-intl on the client. The page language is <html lang> (set by the root layout
// from the user's preference); the server render and hydration use Dutch, the default.
const subscribe = () => () => {};
const pageLanguage = () => document.documentElement.lang;

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const common = useSyncExternalStore(subscribe, pageLanguage, () => "nl") === "en" ? en.common : nl.common;
  return (
    <main id="main" className="mx-auto max-w-md p-6 text-center">
      <h1 className="mb-2 text-2xl font-semibold">{common.errorTitle}</h1>
      <p className="mb-6 text-slate-600">{common.errorBody}</p>
      <Button onClick={reset}>{common.retry}</Button>
    </main>
  );
}
