// The project's import graph for the tests that guard it (tests/unit/import-rules.test.ts,
// tests/unit/client-messages.test.ts, tests/unit/client-bundle.test.ts): listing source files, reading their import
// specifiers, and resolving "@/x" and relative specifiers to a .ts/.tsx file (packages to null).
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

export const projectRoot = path.resolve(import.meta.dirname, "..");

/** Directories that hold no source of ours. */
const SKIPPED_DIRS = new Set(["node_modules", "generated", ".next", ".data", ".git", "results"]);

/** Every .ts/.tsx file under `dir` (absolute), skipping generated code and build output. */
export function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return SKIPPED_DIRS.has(name) ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [full] : [];
  });
}

/** Project-relative path with forward slashes ("lib/authz/index.ts"), the form the rules and messages use. */
export const relative = (file: string) => path.relative(projectRoot, file).split(path.sep).join("/");

/** Specifiers of every import, re-export and dynamic import, type-only ones included. */
export function importSpecifiers(code: string): string[] {
  const specifiers: string[] = [];
  for (const match of code.matchAll(/^\s*(?:import|export)\s+[^;]*?\s*from\s*["']([^"']+)["']/gm))
    specifiers.push(match[1]);
  for (const match of code.matchAll(/^\s*import\s*["']([^"']+)["']/gm)) specifiers.push(match[1]);
  for (const match of code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) specifiers.push(match[1]);
  return specifiers;
}

/** Specifiers of the imports and re-exports that survive compilation (not `import type`, not all-`type` lists). */
export function valueImports(code: string): string[] {
  const specifiers: string[] = [];
  for (const match of code.matchAll(/^\s*(import|export)\s+([^;]*?)\s*from\s*["']([^"']+)["']/gm)) {
    const clause = match[2];
    if (/^type\s/.test(clause)) continue;
    const names = /^\{([\s\S]*)\}$/.exec(clause.trim())?.[1];
    if (
      names
        ?.split(",")
        .filter((n) => n.trim())
        .every((n) => /^\s*type\s/.test(n))
    )
      continue;
    specifiers.push(match[3]);
  }
  for (const match of code.matchAll(/^\s*import\s*["']([^"']+)["']/gm)) specifiers.push(match[1]);
  for (const match of code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) specifiers.push(match[1]);
  return specifiers;
}

export function resolveLocalImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(projectRoot, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ]) {
    if (existsSync(candidate) && statSync(candidate).isFile() && /\.tsx?$/.test(candidate)) return candidate;
  }
  return null;
}
