// Reads prisma/schema.prisma through Prisma's own schema parser (the WASM build the CLI uses), so the drift test and
// the SQL helper see exactly the model Prisma Client was generated from.
import { readFileSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const schemaWasm = require("@prisma/prisma-schema-wasm") as { get_dmmf: (params: string) => string };

export type DmmfField = {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "object" | "enum" | "unsupported";
  type: string;
  isList: boolean;
  isRequired: boolean;
  isId: boolean;
  isUnique: boolean;
  isUpdatedAt: boolean;
  hasDefaultValue: boolean;
  default?: unknown;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
};
export type DmmfModel = { name: string; dbName: string | null; fields: DmmfField[] };
export type DmmfIndex = {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  isDefinedOnField: boolean;
  dbName?: string | null;
  fields: { name: string; sortOrder?: "asc" | "desc" }[];
};
export type Datamodel = {
  models: DmmfModel[];
  enums: { name: string; values: { name: string }[] }[];
  indexes: DmmfIndex[];
};

export const schemaPath = path.resolve(import.meta.dirname, "../prisma/schema.prisma");

export function loadDatamodel(file = schemaPath): Datamodel {
  const dmmf = JSON.parse(schemaWasm.get_dmmf(JSON.stringify({ prismaSchema: readFileSync(file, "utf8") })));
  return dmmf.datamodel as Datamodel;
}

export const tableName = (model: DmmfModel) => model.dbName ?? model.name;
export const columnName = (field: DmmfField) => field.dbName ?? field.name;
export const columnFields = (model: DmmfModel) =>
  model.fields.filter((field) => field.kind === "scalar" || field.kind === "enum");

/** The Postgres type Prisma maps a field to (as `udt_name` in information_schema). */
export function postgresUdt(field: DmmfField): string {
  if (field.kind === "enum") return field.type;
  const native = field.nativeType?.[0];
  if (native === "Uuid") return "uuid";
  if (native === "Date") return "date";
  if (native === "VarChar") return "varchar";
  switch (field.type) {
    case "String":
      return "text";
    case "Int":
      return "int4";
    case "BigInt":
      return "int8";
    case "Boolean":
      return "bool";
    case "DateTime":
      return "timestamp";
    case "Json":
      return "jsonb";
    default:
      throw new Error(`unmapped Prisma type ${field.type} on ${field.name}`);
  }
}
