// Dev helper: prints CREATE statements for models of schema.prisma (optionally only the named ones), in the shape
// `prisma migrate diff` would write. Use it to draft a migration; review, then save it as
// prisma/migrations/<timestamp>_<name>/migration.sql. Prisma's schema engine cannot be downloaded here.
//   npx tsx scripts/schema-sql.ts [Model ...]
import {
  columnFields,
  columnName,
  loadDatamodel,
  postgresUdt,
  tableName,
  type DmmfField,
  type DmmfModel,
} from "./schema-model.ts";

const q = (name: string) => `"${name}"`;

function columnType(field: DmmfField): string {
  const udt = postgresUdt(field);
  if (field.type === "BigInt" && (field.default as { name?: string })?.name === "autoincrement") return "BIGSERIAL";
  if (field.type === "Int" && (field.default as { name?: string })?.name === "autoincrement") return "SERIAL";
  const map: Record<string, string> = {
    text: "TEXT",
    int4: "INTEGER",
    int8: "BIGINT",
    bool: "BOOLEAN",
    timestamp: "TIMESTAMP(3)",
    date: "DATE",
    jsonb: "JSONB",
    uuid: "UUID",
    varchar: `VARCHAR(${field.nativeType?.[1]?.[0] ?? 255})`,
  };
  return map[udt] ?? q(udt);
}

function columnDefault(field: DmmfField): string {
  const value = field.default as { name?: string } | string | number | boolean | undefined;
  if (value === undefined || value === null) return "";
  if (typeof value === "object") return value.name === "now" ? " DEFAULT CURRENT_TIMESTAMP" : "";
  if (typeof value === "string") return ` DEFAULT '${value.replaceAll("'", "''")}'`;
  return ` DEFAULT ${value}`;
}

function createTable(model: DmmfModel, all: DmmfModel[]): string[] {
  const dm = loadDatamodel();
  const table = tableName(model);
  const lines = columnFields(model).map(
    (field) =>
      `    ${q(columnName(field))} ${columnType(field)}${field.isRequired ? " NOT NULL" : ""}${columnDefault(field)}`,
  );
  const pk = dm.indexes.find((index) => index.model === model.name && index.type === "id");
  if (pk)
    lines.push(`    CONSTRAINT ${q(`${table}_pkey`)} PRIMARY KEY (${pk.fields.map((f) => q(f.name)).join(", ")})`);
  const out = [`CREATE TABLE ${q(table)} (\n${lines.join(",\n")}\n);`];
  for (const index of dm.indexes.filter(
    (i) => i.model === model.name && (i.type === "unique" || i.type === "normal"),
  )) {
    const cols = index.fields.map((f) => `${q(f.name)}${f.sortOrder === "desc" ? " DESC" : ""}`).join(", ");
    const suffix = index.type === "unique" ? "key" : "idx";
    const name = index.dbName ?? `${table}_${index.fields.map((f) => f.name).join("_")}_${suffix}`;
    out.push(`CREATE ${index.type === "unique" ? "UNIQUE " : ""}INDEX ${q(name)} ON ${q(table)}(${cols});`);
  }
  for (const field of model.fields.filter((f) => f.kind === "object" && f.relationFromFields?.length)) {
    const target = all.find((m) => m.name === field.type)!;
    const onDelete = field.relationOnDelete === "Cascade" ? "CASCADE" : field.isRequired ? "RESTRICT" : "SET NULL";
    const from = field.relationFromFields!;
    out.push(
      `ALTER TABLE ${q(table)} ADD CONSTRAINT ${q(`${table}_${from.join("_")}_fkey`)} FOREIGN KEY (${from.map(q).join(", ")}) ` +
        `REFERENCES ${q(tableName(target))}(${field.relationToFields!.map(q).join(", ")}) ON DELETE ${onDelete} ON UPDATE CASCADE;`,
    );
  }
  return out;
}

const datamodel = loadDatamodel();
const only = process.argv.slice(2);
const models = datamodel.models.filter((m) => only.length === 0 || only.includes(m.name));
const usedEnums = new Set(models.flatMap((m) => m.fields.filter((f) => f.kind === "enum").map((f) => f.type)));
const statements: string[] = [];
for (const e of datamodel.enums.filter((e) => usedEnums.has(e.name))) {
  statements.push(`CREATE TYPE ${q(e.name)} AS ENUM (${e.values.map((v) => `'${v.name}'`).join(", ")});`);
}
const tables: string[] = [];
const rest: string[] = [];
for (const model of models) {
  const [create, ...more] = createTable(model, datamodel.models);
  tables.push(create);
  rest.push(...more);
}
console.log(
  [
    ...statements,
    ...tables,
    ...rest.filter((s) => !s.startsWith("ALTER")),
    ...rest.filter((s) => s.startsWith("ALTER")),
  ].join("\n\n"),
);
