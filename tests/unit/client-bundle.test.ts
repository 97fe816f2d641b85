// What client components pull into the phone's JavaScript. A form that imported a limit (say DIARY_BODY_MAX) from a
// zod schema module shipped all of zod (~30 KB gzip) to the schriftje, profile, thread and contract pages. Limits now
// live in zod-free lib/<feature>/limits.ts modules. This test walks the value imports of every "use client" file
// (type-only imports are erased by the compiler and do not count) and fails when one reaches a server-side package.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveLocalImport, sourceFiles, valueImports } from "../import-graph";

const root = path.resolve(import.meta.dirname, "../..");
/** Packages that must never reach the browser: form validation runs on the server, as do logging and data access. */
const SERVER_ONLY_PACKAGES = [
  "zod",
  "pino",
  "pg",
  "@prisma/client",
  "@prisma/adapter-pg",
  "server-only",
  "next-auth",
  "sharp",
  "nodemailer",
  "@node-rs/argon2",
];

const hasDirective = (code: string, directive: string) =>
  new RegExp(`^\\s*(?:\\/\\/[^\\n]*\\n|\\/\\*[\\s\\S]*?\\*\\/\\s*)*["']${directive}["']`).test(code);
const isClient = (code: string) => hasDirective(code, "use client");
const packageOf = (specifier: string) =>
  specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0];

/** The server-side packages reachable from `entry` through value imports, with the chain that reaches each. */
function serverPackagesReachedFrom(entry: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const stack: { file: string; chain: string[] }[] = [{ file: entry, chain: [] }];
  while (stack.length) {
    const { file, chain } = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const here = [...chain, path.relative(root, file)];
    const code = readFileSync(file, "utf8");
    // A client file imports server actions by reference only: the bundler never includes a "use server" module.
    if (chain.length > 0 && hasDirective(code, "use server")) continue;
    for (const specifier of valueImports(code)) {
      const local = resolveLocalImport(file, specifier);
      if (local) stack.push({ file: local, chain: here });
      else if (SERVER_ONLY_PACKAGES.includes(packageOf(specifier))) found.push(`${here.join(" -> ")} -> ${specifier}`);
    }
  }
  return found;
}

const clientFiles = [...sourceFiles(path.join(root, "app")), ...sourceFiles(path.join(root, "components"))].filter(
  (file) => isClient(readFileSync(file, "utf8")),
);

describe("client components ship no server-side packages", () => {
  it("finds the client components", () => {
    expect(clientFiles.length).toBeGreaterThan(20);
  });

  it.each(clientFiles.map((file) => path.relative(root, file)))("%s", (file) => {
    expect(serverPackagesReachedFrom(path.join(root, file))).toEqual([]);
  });

  it("tells value imports from type-only ones", () => {
    expect(valueImports('import type { A } from "zod";\nimport { type B, type C } from "./schema";')).toEqual([]);
    expect(
      valueImports('import { type B, LIMIT } from "./schema";\nexport * from "./limits";\nimport "./side-effect";'),
    ).toEqual(["./schema", "./limits", "./side-effect"]);
  });
});
