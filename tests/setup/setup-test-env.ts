// Keeps logs honest: an unexpected console.error fails the test that caused it.
import { afterEach, beforeEach, vi } from "vitest";
import { assertTestDatabaseUrl } from "./test-database";

assertTestDatabaseUrl(process.env.DATABASE_URL);
// Each vitest worker gets its own pg-boss schema, so a test that works queued jobs (tests/jobs.ts) only ever picks up
// jobs its own worker queued.
process.env.JOBS_SCHEMA ??= `pgboss_test_${process.env.VITEST_POOL_ID ?? "0"}`;

let errors: unknown[][] = [];
beforeEach(() => {
  errors = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});
afterEach(() => {
  if (errors.length > 0)
    throw new Error(`console.error was called: ${errors.map((args) => args.map(String).join(" ")).join("\n")}`);
});
