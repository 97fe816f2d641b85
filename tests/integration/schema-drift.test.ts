// Fails when prisma/schema.prisma and the database built by the SQL migrations disagree: tables, columns, types,
// nullability, enums and indexes. This replaces `prisma migrate diff`, which cannot run on these machines.
import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { columnFields, columnName, loadDatamodel, postgresUdt, tableName } from "../../scripts/schema-model";

const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
const ready = client.connect();
afterAll(() => client.end());

const datamodel = loadDatamodel();

describe("schema.prisma vs migrated database", () => {
  it("has exactly the tables of the models (plus Prisma's migrations table)", async () => {
    await ready;
    const { rows } = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
    );
    const actual = rows
      .map((r) => r.table_name)
      .filter((name) => name !== "_prisma_migrations")
      .sort();
    expect(actual).toEqual(datamodel.models.map(tableName).sort());
  });

  it.each(datamodel.models.map((model) => [tableName(model), model] as const))(
    "table %s matches its model column by column",
    async (table, model) => {
      await ready;
      const { rows } = await client.query<{ column_name: string; udt_name: string; is_nullable: "YES" | "NO" }>(
        "SELECT column_name, udt_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1",
        [table],
      );
      const actual = Object.fromEntries(
        rows.map((r) => [r.column_name, `${r.udt_name}${r.is_nullable === "YES" ? "?" : ""}`]),
      );
      const expected = Object.fromEntries(
        columnFields(model).map((field) => [
          columnName(field),
          `${field.isList ? "_" : ""}${postgresUdt(field)}${field.isRequired ? "" : "?"}`,
        ]),
      );
      expect(actual).toEqual(expected);
    },
  );

  it("has the enums of the schema with the same values in the same order", async () => {
    await ready;
    const { rows } = await client.query<{ typname: string; labels: string[] }>(
      `SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS labels
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
         JOIN pg_namespace n ON n.oid = t.typnamespace AND n.nspname = 'public' GROUP BY t.typname`,
    );
    const actual = Object.fromEntries(rows.map((r) => [r.typname, r.labels]));
    const expected = Object.fromEntries(datamodel.enums.map((e) => [e.name, e.values.map((v) => v.name)]));
    expect(actual).toEqual(expected);
  });

  it("has every @@index, @@unique and @unique of the schema on the same columns", async () => {
    await ready;
    const { rows } = await client.query<{
      table_name: string;
      is_unique: boolean;
      columns: string[];
      partial: boolean;
    }>(
      `SELECT t.relname AS table_name, ix.indisunique AS is_unique, ix.indpred IS NOT NULL AS partial,
              array_agg(a.attname ORDER BY k.ord)::text[] AS columns
         FROM pg_index ix
         JOIN pg_class t ON t.oid = ix.indrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
         CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
        WHERE NOT ix.indisprimary
        GROUP BY t.relname, ix.indexrelid, ix.indisunique, ix.indpred`,
    );
    const actual = new Set(
      rows
        .filter((r) => !r.partial)
        .map((r) => `${r.table_name}:${r.is_unique ? "unique" : "index"}:${r.columns.join(",")}`),
    );
    const expected = datamodel.indexes
      .filter((index) => index.type === "unique" || index.type === "normal")
      .map((index) => {
        const model = datamodel.models.find((m) => m.name === index.model)!;
        return `${tableName(model)}:${index.type === "unique" ? "unique" : "index"}:${index.fields.map((f) => f.name).join(",")}`;
      });
    for (const key of expected) expect(actual, `missing index ${key}`).toContain(key);
    expect([...actual].sort()).toEqual([...new Set(expected)].sort());
  });
});
