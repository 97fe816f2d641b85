// Which message catalogues reach the browser. Every namespace passed to NextIntlClientProvider is serialized into
// the page (RSC payload + HTML) on every request; all catalogues together were half of a page's bytes, and the
// provider itself brings next-intl's client runtime (~12 KB gzip). So the root layout has no provider: pages whose
// client components show only text rendered on the server (the photo feed, the overview) load neither. A route whose
// client components translate (forms: field errors and action messages are i18n keys) wraps its output in
// <ClientMessages namespaces={[...]}> or has a layout `clientMessagesLayout([...])`. A nested provider would replace
// the outer messages, so a route path has at most one. tests/unit/client-messages.test.ts derives what each route
// needs from its imports and fails when a namespace (or the provider) is missing.
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

/** Always included with a route's namespaces: app-wide words and the generic errors (errors.*) forms can show. */
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
export async function ClientMessages({
  namespaces = [],
  children,
}: {
  namespaces?: readonly string[];
  children: ReactNode;
}) {
  const messages = (await getMessages()) as Catalogue;
  return <NextIntlClientProvider messages={pickNamespaces(messages, namespaces)}>{children}</NextIntlClientProvider>;
}

/** A route's layout.tsx that only provides client namespaces: `export default clientMessagesLayout(["diary"])`. */
export function clientMessagesLayout(namespaces: readonly string[]) {
  // biome-ignore lint/correctness/noComponentHookFactories: a layout factory; the namespaces are fixed per route file
  return function ClientMessagesLayout({ children }: { children: ReactNode }) {
    return <ClientMessages namespaces={namespaces}>{children}</ClientMessages>;
  };
}
