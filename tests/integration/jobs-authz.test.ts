// Authorization matrix for the beheer page "Achtergrondtaken" (lib/jobs/status.ts): beheerders only; everyone else
// gets NOT_FOUND. Job status belongs to the installation, not to an organisation, so the beheerder of another
// organisation on the same installation sees the same overview: it carries counts, times and failure kinds only
// (checked below: no address, no job data), nothing of any organisation.
import { beforeAll, describe, expect, it } from "vitest";
import { getJobsOverview } from "../../lib/jobs/status";
import { requestPasswordReset } from "../../lib/accounts/mutations";
import { ACTORS, setupMatrix, type Actor } from "../matrix";
import { runQueuedJobs } from "../jobs";
import { testDb } from "../db";

let matrix: Awaited<ReturnType<typeof setupMatrix>>;
beforeAll(async () => {
  matrix = await setupMatrix();
});

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: { code?: string }) => error.code ?? "error",
  );

describe("jobs overview", () => {
  it("each role: beheerders see it, everyone else gets NOT_FOUND", async () => {
    const result: Record<string, string> = {};
    for (const actor of ACTORS) result[actor] = await outcome(getJobsOverview(matrix.users[actor]));
    const expected: Record<Actor, string> = {
      parentOwn: "NOT_FOUND",
      parentOther: "NOT_FOUND",
      staffOwn: "NOT_FOUND",
      staffOther: "NOT_FOUND",
      managerOwn: "NOT_FOUND",
      managerOther: "NOT_FOUND",
      beheerder: "ok",
      otherOrg: "ok",
    };
    expect(result).toEqual(expected);
  });

  it("shows last run, next run and waiting work in words the page can use, without data", async () => {
    const parent = await testDb.user.findUniqueOrThrow({ where: { id: matrix.w.parentA.id } });
    await requestPasswordReset({ login: parent.loginName });
    const now = new Date("2027-06-01T10:00:00Z");
    let overview = await getJobsOverview(matrix.users.beheerder, now);
    const reset = () => overview.jobs.find((j) => j.name === "account.password-reset");
    expect(reset()?.waiting).toBeGreaterThan(0);
    expect(reset()?.nextRun).toBeNull();
    const grant = overview.jobs.find((j) => j.name === "roefjes.grant");
    expect(grant?.nextRun?.toISOString()).toBe("2027-12-31T23:00:00.000Z");
    await runQueuedJobs(["account.password-reset", "mail.deliver"]);
    overview = await getJobsOverview(matrix.users.beheerder, now);
    expect(reset()).toMatchObject({ waiting: 0, lastRun: { ok: true }, failures: 0, lastFailure: null });
    const text = JSON.stringify(overview);
    expect(text).not.toContain(parent.loginName);
    expect(text).not.toContain(parent.email);
  });
});
