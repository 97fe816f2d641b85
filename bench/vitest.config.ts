import path from "node:path";
import { defineConfig } from "vitest/config";

// Runs bench/*.run.ts with the same module setup as the tests (server-only stub, CJS interop for next-auth), but
// against a bench database and without the test guards. Not part of `npm test`.
const root = path.resolve(import.meta.dirname, "..");

export default defineConfig({
  root,
  resolve: { alias: { "@": root, "server-only": path.join(root, "tests/setup/server-only-stub.ts") } },
  test: {
    include: ["bench/**/*.run.ts"],
    testTimeout: 900_000,
    env: {
      DATABASE_URL: process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/roef_bench_photos",
      NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret",
      LOG_LEVEL: "silent",
    },
  },
});
