import { defineConfig } from "prisma/config";

// Prisma 7 reads its CLI configuration here. Only `prisma generate` is used; migrations run through scripts/migrate.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/roef" },
});
