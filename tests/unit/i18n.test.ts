// Dutch first, English second: both catalogues must have exactly the same keys, and every key used as t("...")
// literal in the code must exist.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadMessages } from "../../lib/i18n/messages";

const root = path.resolve(import.meta.dirname, "../..");
const dir = path.join(root, "lib/i18n/messages");

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key));
}

describe("message catalogues", () => {
  it("nl and en have the same keys", () => {
    expect(keys(loadMessages("en", dir)).sort()).toEqual(keys(loadMessages("nl", dir)).sort());
  });

  it("every namespaced key used in the code exists in nl", () => {
    const catalogue = loadMessages("nl", dir);
    const nl = new Set(keys(catalogue));
    const namespaces = Object.keys(catalogue).join("|");
    // In app/ and components/ every "namespace.key" literal is a message key; in lib/ only `message: "..."` ones
    // (lib also has audit action names like "login.failed").
    const anyLiteral = new RegExp(`["'\`]((?:${namespaces})\\.[A-Za-z_]+)["'\`]`, "g");
    const messageLiteral = new RegExp(`message:\\s*["'\`]((?:${namespaces})\\.[A-Za-z_]+)["'\`]`, "g");
    const used = new Set<string>();
    const walk = (folder: string, pattern: RegExp) => {
      for (const entry of readdirSync(folder)) {
        const full = path.join(folder, entry);
        if (entry === "generated" || entry === "node_modules") continue;
        if (statSync(full).isDirectory()) walk(full, pattern);
        else if (/\.(tsx?)$/.test(entry)) {
          const source = readFileSync(full, "utf8");
          for (const match of source.matchAll(pattern)) used.add(match[1]);
        }
      }
    };
    walk(path.join(root, "app"), anyLiteral);
    walk(path.join(root, "components"), anyLiteral);
    walk(path.join(root, "lib"), messageLiteral);
    const missing = [...used].filter((key) => !nl.has(key));
    expect(missing).toEqual([]);
  });
});
