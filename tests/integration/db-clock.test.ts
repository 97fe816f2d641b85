// The database and the test runner read the same clock (under scripts/test-at.ts both are faked by libfaketime;
// column defaults like createdAt = now() must agree with the DAL's `now`).
import { expect, it } from "vitest";
import { testDb } from "../db";
import { nowMs } from "../../lib/clock";

it("Postgres now() agrees with the runner's clock", async () => {
  const [row] = await testDb.$queryRaw<{ now: Date }[]>`SELECT now() AS now`;
  expect(Math.abs(row.now.getTime() - nowMs())).toBeLessThan(60_000);
});
