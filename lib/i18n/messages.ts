// Message catalogues: lib/i18n/messages/<locale>/<area>.json, one file per feature area so features do not edit
// one shared file. Each file holds top-level namespaces; all files of a locale are merged. They are read at runtime
// from the checkout that `next start` serves (hence the turbopackIgnore hints: no whole-project tracing).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type Messages = Record<string, Record<string, unknown>>;

const cache = new Map<string, Messages>();

export function loadMessages(
  locale: string,
  dir = path.join(/*turbopackIgnore: true*/ process.cwd(), "lib/i18n/messages"),
): Messages {
  const cached = cache.get(locale);
  if (cached && process.env.NODE_ENV === "production") return cached;
  const merged: Messages = {};
  const localeDir = path.join(/*turbopackIgnore: true*/ dir, locale);
  for (const file of readdirSync(/*turbopackIgnore: true*/ localeDir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const part = JSON.parse(
      readFileSync(/*turbopackIgnore: true*/ path.join(/*turbopackIgnore: true*/ localeDir, file), "utf8"),
    ) as Messages;
    for (const [namespace, messages] of Object.entries(part)) {
      if (merged[namespace]) throw new Error(`i18n namespace "${namespace}" is defined twice (${locale}/${file})`);
      merged[namespace] = messages;
    }
  }
  cache.set(locale, merged);
  return merged;
}
