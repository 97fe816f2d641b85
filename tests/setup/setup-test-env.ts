// Keeps logs honest: an unexpected console.error fails the test that caused it.
import { afterEach, beforeEach, vi } from "vitest";
import { assertTestDatabaseUrl } from "./test-database";

assertTestDatabaseUrl(process.env.DATABASE_URL);

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
