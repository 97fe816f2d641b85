// Every audit action the code writes has words for the beheer log in Dutch and English (issue 17: no codes on
// screen), found by reading the source: literal `action: "x.y"`, beheer's audit(tx, actor, "x") (admin.x), the
// calendar's audit(user, "x", ...) (admin.calendar.x) and the contract-change decisions.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { auditActionKey, auditActionWords } from "../../components/audit-words";
import { loadMessages } from "../../lib/i18n/messages";

const root = path.resolve(import.meta.dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    if (statSync(full).isDirectory()) return sources(full);
    return full.endsWith(".ts") ? [full] : [];
  });
}

function writtenActions(): string[] {
  const actions = new Set<string>(["contract_change.handled", "contract_change.declined"]);
  for (const file of sources(path.join(root, "lib"))) {
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(/action: "([a-z_]+\.[a-zA-Z_.]+)"/g)) actions.add(match[1]);
    for (const match of text.matchAll(/action: [a-zA-Z ="]+\? "([a-z_]+\.[a-z_.]+)" : "([a-z_]+\.[a-z_.]+)"/g)) {
      actions.add(match[1]);
      actions.add(match[2]);
    }
    if (file.endsWith(path.join("beheer", "mutations.ts")))
      for (const match of text.matchAll(/audit\(tx, actor, "([a-zA-Z.]+)"/g)) actions.add(`admin.${match[1]}`);
    if (file.endsWith(path.join("calendar", "mutations.ts")))
      for (const match of text.matchAll(/audit\(user, "([a-zA-Z.]+)"/g)) actions.add(`admin.calendar.${match[1]}`);
  }
  return [...actions].sort();
}

describe("audit log in words", () => {
  it("finds the actions the code writes", () => {
    const actions = writtenActions();
    expect(actions).toContain("admin.group.capacity");
    expect(actions).toContain("account.activated");
    expect(actions).toContain("admin.calendar.closedDay.created");
    expect(actions.length).toBeGreaterThan(40);
  });

  for (const locale of ["nl", "en"]) {
    it(`every written action has its own words in ${locale}`, () => {
      const words = loadMessages(locale).auditWords as { actions: Record<string, string> };
      const missing = writtenActions().filter(
        (action) => !(auditActionKey(action).slice("actions.".length) in words.actions),
      );
      expect(missing).toEqual([]);
    });
  }

  it("an unknown action reads as its category, never as a code", () => {
    const messages = loadMessages("nl").auditWords as Record<string, Record<string, string> | string>;
    const lookup = (key: string) =>
      key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
    const t = Object.assign(
      (key: string, values?: Record<string, string>) =>
        String(lookup(key)).replace(/\{(\w+)\}/g, (_, name: string) => values?.[name] ?? ""),
      { has: (key: string) => lookup(key) !== undefined },
    );
    expect(auditActionWords(t, "admin.group.capacity")).toBe("Groepsgrootte gewijzigd");
    expect(auditActionWords(t, "admin.something.new")).toBe("Beheer: wijziging");
    expect(auditActionWords(t, "weird")).toBe("Overig: wijziging");
  });
});
