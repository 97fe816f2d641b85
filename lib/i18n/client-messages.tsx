// Which message catalogues reach the browser. Every namespace passed to NextIntlClientProvider is serialized into
// the page (RSC payload + HTML) on every request; all catalogues together were half of a page's bytes. So the root
// layout sends only BASE_CLIENT_NAMESPACES, and a page whose client components need more wraps its whole output in
// <ClientMessages namespaces={[...]}>. A nested provider replaces the outer messages, so a route path has at most
// one ClientMessages. tests/unit/client-messages.test.ts derives what each page needs from its imports and fails
// when a namespace is missing.
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

/** Used by client components on every page: the shell (nav, logout), error boundary, generic errors. */
export const BASE_CLIENT_NAMESPACES = ["common", "nav", "errors"] as const;

type Catalogue = Record<string, unknown>;

export function pickNamespaces(messages: Catalogue, namespaces: readonly string[]): Catalogue {
  const picked: Catalogue = {};
  for (const namespace of new Set([...BASE_CLIENT_NAMESPACES, ...namespaces])) {
    if (!(namespace in messages)) throw new Error(`i18n namespace "${namespace}" does not exist`);
    picked[namespace] = messages[namespace];
  }
  return picked;
}

/** Provides BASE_CLIENT_NAMESPACES plus `namespaces` to the client components below. */
export async function ClientMessages({ namespaces = [], children }: { namespaces?: readonly string[]; children: ReactNode }) {
  const messages = (await getMessages()) as Catalogue;
  return <NextIntlClientProvider messages={pickNamespaces(messages, namespaces)}>{children}</NextIntlClientProvider>;
}

/** A route's layout.tsx that only provides client namespaces: `export default clientMessagesLayout(["diary"])`. */
export function clientMessagesLayout(namespaces: readonly string[]) {
  return function ClientMessagesLayout({ children }: { children: ReactNode }) {
    return <ClientMessages namespaces={namespaces}>{children}</ClientMessages>;
  };
}
