// Guards lib/i18n/client-messages.tsx: the browser gets only some message namespaces, so every route must provide
// the namespaces its client components can ask for. What a route needs is derived from its import graph:
// - a "use client" file with useTranslations("ns") needs ns;
// - a "use client" file with useTranslations() (root) translates keys it receives (ActionState messages, zod
//   messages, AppError keys), so the route needs the namespace of every message-key literal in its whole import
//   closure (server actions and schemas included).
// What a route provides: nothing, or BASE_CLIENT_NAMESPACES plus the one <ClientMessages namespaces={[...]}> (or
// clientMessagesLayout([...])) on its path (the page
// itself or an ancestor layout; a layout's own components sit outside its wrapper, so only wrappers above it count).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveLocalImport } from "../import-graph";
import { BASE_CLIENT_NAMESPACES } from "../../lib/i18n/client-messages";
import { loadMessages } from "../../lib/i18n/messages";

const root = path.resolve(import.meta.dirname, "../..");
const catalogue = loadMessages("nl", path.join(root, "lib/i18n/messages"));
const namespaceNames = Object.keys(catalogue);
const ROUTE_FILES = new Set([
  "page.tsx",
  "layout.tsx",
  "error.tsx",
  "not-found.tsx",
  "loading.tsx",
  "template.tsx",
  "global-error.tsx",
]);

function hasKey(key: string): boolean {
  let node: unknown = catalogue;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return true;
}

const sources = new Map<string, string>();
function source(file: string): string {
  if (!sources.has(file)) sources.set(file, readFileSync(file, "utf8"));
  return sources.get(file)!;
}

function closure(entry: string): string[] {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of source(file).matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)) {
      const resolved = resolveLocalImport(file, match[1]);
      if (resolved && !resolved.includes(`${path.sep}generated${path.sep}`)) stack.push(resolved);
    }
  }
  return [...seen];
}

const isClient = (file: string) => /^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*["']use client["']/.test(source(file));

/** Namespaces of message keys written in a file (comments aside): "ns.key" literals that exist, `ns.${...}` templates. */
function keyNamespaces(file: string): Set<string> {
  const found = new Set<string>();
  const code = source(file)
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'`])\/\/[^\n]*/g, "$1");
  for (const match of code.matchAll(/["'`]([A-Za-z]+)\.([A-Za-z0-9_.]+)["'`]/g)) {
    if (hasKey(`${match[1]}.${match[2]}`)) found.add(match[1]);
  }
  for (const match of code.matchAll(/`([A-Za-z]+)\.(?:[A-Za-z0-9_]+\.)*\$\{/g)) {
    if (namespaceNames.includes(match[1])) found.add(match[1]);
  }
  return found;
}

function requiredNamespaces(entry: string): Set<string> {
  const files = closure(entry);
  const needed = new Set<string>();
  let translatesKeys = false;
  for (const file of files.filter(isClient)) {
    for (const match of source(file).matchAll(/useTranslations\(\s*(?:["']([A-Za-z]+)[A-Za-z0-9_.]*["'])?\s*\)/g)) {
      if (match[1]) needed.add(match[1]);
      else translatesKeys = true;
    }
  }
  if (translatesKeys) for (const file of files) for (const namespace of keyNamespaces(file)) needed.add(namespace);
  return needed;
}

function wrappersIn(file: string): string[][] {
  return [...source(file).matchAll(/(?:<ClientMessages\s+namespaces=\{|clientMessagesLayout\()\[([^\]]*)\]/g)].map(
    (match) => [...match[1].matchAll(/["']([A-Za-z]+)["']/g)].map((m) => m[1]),
  );
}

function routeFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const full = path.join(folder, entry);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return ROUTE_FILES.has(entry) ? [full] : [];
  });
}

const appDir = path.join(root, "app");
function ancestorLayouts(file: string): string[] {
  const layouts: string[] = [];
  for (
    let dir = path.dirname(path.basename(file) === "layout.tsx" ? path.dirname(file) : file);
    dir.startsWith(appDir);
    dir = path.dirname(dir)
  ) {
    const layout = path.join(dir, "layout.tsx");
    if (existsSync(layout) && layout !== file) layouts.push(layout);
  }
  return layouts;
}

describe("client message namespaces", () => {
  const routes = routeFiles(appDir);

  it("finds the routes and their client components", () => {
    expect(routes.length).toBeGreaterThan(40);
    // Sanity of the analysis itself: the consent form (root useTranslations + consent actions) needs "consent".
    expect(requiredNamespaces(path.join(appDir, "(portal)/ouder/toestemming/page.tsx")).has("consent")).toBe(true);
  });

  it.each(routes.map((file) => [path.relative(appDir, file), file]))(
    "%s gets every namespace its client components use",
    (_name, file) => {
      const wrappers = [file, ...ancestorLayouts(file)].flatMap((f) =>
        path.basename(f) === "layout.tsx" && f === file ? [] : wrappersIn(f),
      );
      expect(
        wrappers.length,
        "at most one ClientMessages on a route path (a nested provider replaces the outer one)",
      ).toBeLessThanOrEqual(1);
      // No wrapper on the path: no client provider at all (the root layout has none), so no client component may use
      // next-intl (any hook needs the provider, not only useTranslations).
      if (!wrappers.length)
        expect(
          closure(file)
            .filter((f) => isClient(f) && /from\s+["']next-intl["']/.test(source(f)))
            .map((f) => path.relative(root, f)),
        ).toEqual([]);
      const provided = new Set<string>(wrappers.length ? [...BASE_CLIENT_NAMESPACES, ...wrappers[0]] : []);
      const missing = [...requiredNamespaces(file)].filter((namespace) => !provided.has(namespace)).sort();
      expect(missing, `${path.relative(root, file)}: add to its ClientMessages: ${missing.join(", ")}`).toEqual([]);
    },
  );

  it("every ClientMessages namespace exists", () => {
    for (const file of routes)
      for (const wrapper of wrappersIn(file))
        for (const namespace of wrapper) expect(namespaceNames).toContain(namespace);
  });
});
