// Import rules: the layering the house is built on, checked on every run instead of remembered in review.
//  - Only the data access layer (lib/) and the tools around it (scripts/, prisma/, tests/, bench/) import lib/db.
//  - components/ never imports app/ (forms receive their server action as a prop); lib/ never imports app/.
//  - Query modules never import mutation modules, and lib/planning never imports lib/swap (swap builds on planning).
//  - Roles are compared only in lib/authz: everything else asks its predicates (isParent, assertRole, ...).
// Every rule was mutation-checked: a violation planted in a real file made it fail (see the task report).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importSpecifiers, projectRoot, relative, resolveLocalImport, sourceFiles } from "../import-graph";

const SOURCE_DIRS = ["app", "components", "lib", "scripts", "prisma", "tests", "bench"];
const rootFiles = readdirSync(projectRoot)
  .filter((name) => /\.tsx?$/.test(name) && !name.endsWith(".d.ts"))
  .map((name) => path.join(projectRoot, name));
const files = [...SOURCE_DIRS.flatMap((dir) => sourceFiles(path.join(projectRoot, dir))), ...rootFiles];
const sources = new Map(files.map((file) => [relative(file), readFileSync(file, "utf8")]));

/** Code without comments, so prose about a rule ("never `role ===`") does not trip it. */
function stripComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/[^\n]*/g, "$1");
}

type Edge = { from: string; to: string };
/** Every import between our own files (type-only imports too: they are dependencies of the design all the same). */
const edges: Edge[] = files.flatMap((file) =>
  importSpecifiers(stripComments(sources.get(relative(file))!)).flatMap((specifier) => {
    const target = resolveLocalImport(file, specifier);
    return target ? [{ from: relative(file), to: relative(target) }] : [];
  }),
);
const show = (list: Edge[]) => list.map((e) => `${e.from} -> ${e.to}`);
const under = (dir: string) => (file: string) => file.startsWith(`${dir}/`);

const isDbModule = (file: string) => file === "lib/db.ts" || under("lib/db")(file);
const DB_IMPORTERS = ["lib", "scripts", "prisma", "tests", "bench"];
const isQueryModule = (file: string) => /queries\.tsx?$/.test(path.posix.basename(file));
const isMutationModule = (file: string) => /mutations\.tsx?$/.test(path.posix.basename(file));

/**
 * Inline role comparisons in a piece of code: `x.role === "PARENT"`, `"PARENT" !== x.role`, `switch (x.role)`,
 * `roles.includes(x.role)`. Other enums that happen to end in "Role" (`authorRole`) are not user roles.
 */
function roleComparisons(code: string): string[] {
  const patterns = [
    /\brole\s*[!=]==?/,
    /[!=]==?\s*[\w$.?!]*\brole\b(?!\s*\()/,
    /\bswitch\s*\(\s*[\w$.?!]*\brole\s*\)/,
    /\.includes\(\s*[\w$.?!]*\brole\s*\)/,
  ];
  return stripComments(code)
    .split("\n")
    .filter((line) => patterns.some((pattern) => pattern.test(line)))
    .map((line) => line.trim());
}

describe("import rules", () => {
  it("reads the import graph", () => {
    expect(files.length).toBeGreaterThan(200);
    expect(edges).toContainEqual({ from: "lib/planning/queries.ts", to: "lib/authz/index.ts" });
    expect(edges).toContainEqual({ from: "app/api/photos/route.ts", to: "lib/photos/http.ts" });
  });

  it("only lib/, scripts/, prisma/, tests/ and bench/ import lib/db", () => {
    const offenders = edges.filter((e) => isDbModule(e.to) && !DB_IMPORTERS.some((dir) => under(dir)(e.from)));
    expect(show(offenders)).toEqual([]);
  });

  it("lib/ never imports app/", () => {
    expect(show(edges.filter((e) => under("lib")(e.from) && under("app")(e.to)))).toEqual([]);
  });

  it("components/ never imports app/ (forms receive their server action as a prop)", () => {
    expect(show(edges.filter((e) => under("components")(e.from) && under("app")(e.to)))).toEqual([]);
  });

  it("query modules never import mutation modules", () => {
    expect(show(edges.filter((e) => isQueryModule(e.from) && isMutationModule(e.to)))).toEqual([]);
  });

  it("lib/planning never imports lib/swap (swap depends on planning one way)", () => {
    expect(show(edges.filter((e) => under("lib/planning")(e.from) && under("lib/swap")(e.to)))).toEqual([]);
  });

  it("roles are compared only in lib/authz", () => {
    const checked = [...sources.keys()].filter(
      (file) => ["app", "components", "lib"].some((dir) => under(dir)(file)) && !under("lib/authz")(file),
    );
    expect(checked.length).toBeGreaterThan(150);
    const offenders = checked.flatMap((file) => roleComparisons(sources.get(file)!).map((line) => `${file}: ${line}`));
    expect(offenders).toEqual([]);
  });

  it("tells role comparisons from other code", () => {
    expect(
      roleComparisons(
        [
          'if (user.role === "PARENT") return;',
          'const a = "BEHEERDER" !== actor.role;',
          "switch (user?.role) {",
          "if (!roles.includes(user.role)) notFound();",
          'if (person.role=="STAFF") x();',
        ].join("\n"),
      ),
    ).toHaveLength(5);
    expect(
      roleComparisons(
        [
          'const staff = entries.filter((e) => e.authorRole === "STAFF");',
          'where: { role: "PARENT", familyId },',
          "// never compare user.role === here",
          "/* switch (user.role) */",
          'const label = t("role" + person.role);',
          "if (isParent(user)) return;",
        ].join("\n"),
      ),
    ).toEqual([]);
  });
});
