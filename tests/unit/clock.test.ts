// One injectable clock: every "now" in lib/, app/ and components/ comes from lib/clock.ts, so a test or a faked-time
// run (scripts/test-at.ts) moves all of them at once. Fails on a `new Date()` or `Date.now()` anywhere else.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { now, resetClock, setClock } from "../../lib/clock";
import { todayDate, toIsoDate } from "../../lib/time";

const root = path.resolve(import.meta.dirname, "../..");
const SCANNED = ["lib", "app", "components"];
const ALLOWED = new Set(["lib/clock.ts"]);
const NOW_PATTERN = /new Date\(\s*\)|Date\.now\(\s*\)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

/** Files (relative to the repository) that read the system clock themselves. */
function filesReadingTheClock(files: { name: string; text: string }[]): string[] {
  return files
    .filter((f) => !ALLOWED.has(f.name))
    .filter((f) => f.text.split("\n").some((line) => !line.trim().startsWith("//") && NOW_PATTERN.test(line)))
    .map((f) => f.name);
}

describe("one clock", () => {
  afterEach(() => resetClock());

  it("no module outside lib/clock.ts reads the system clock", () => {
    const files = SCANNED.flatMap((dir) => sourceFiles(path.join(root, dir))).map((full) => ({
      name: path.relative(root, full),
      text: readFileSync(full, "utf8"),
    }));
    expect(files.length).toBeGreaterThan(100);
    expect(filesReadingTheClock(files)).toEqual([]);
  });

  it("the scan catches a planted `new Date()` and `Date.now()`", () => {
    expect(
      filesReadingTheClock([
        { name: "lib/x.ts", text: "const a = new Date();" },
        { name: "app/y.tsx", text: "const b = Date.now() + 1;" },
        { name: "lib/z.ts", text: "const c = new Date(iso);\n// new Date() in a comment" },
        { name: "lib/clock.ts", text: "new Date()" },
      ]),
    ).toEqual(["lib/x.ts", "app/y.tsx"]);
  });

  it("setClock moves every default 'today' and puts the previous clock back", () => {
    const restore = setClock(new Date("2027-12-31T23:30:00Z")); // 00:30 on 1 January 2028 in Amsterdam
    expect(toIsoDate(todayDate())).toBe("2028-01-01");
    expect(now().toISOString()).toBe("2027-12-31T23:30:00.000Z");
    restore();
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(5_000);
  });
});
