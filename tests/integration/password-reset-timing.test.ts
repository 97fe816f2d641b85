// Issue 16.5: "forgot password" must not tell an active account apart from an unknown or invited one, not by its
// answer and not by the work it does. Instead of timing the request (flaky, and only a symptom), this records every
// SQL statement the request sends to Postgres and what it leaves behind: both must be identical for the three kinds
// of name. The token and the mail are made by the job afterwards, for the active account only.
import { AsyncLocalStorage } from "node:async_hooks";
import pg from "pg";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createFamily, createGuardian, createWorld } from "../../prisma/factories";
import { preparePasswordReset, requestPasswordReset } from "../../lib/accounts/mutations";
import { testDb } from "../db";
import { jobsOf, runQueuedJobs } from "../jobs";

type World = Awaited<ReturnType<typeof createWorld>>;
let world: World;
let invitedId: string;
const recording = new AsyncLocalStorage<string[]>();

/** Every statement (text only; values differ by design) sent while `fn` runs, in order. */
async function statementsOf(fn: () => Promise<unknown>): Promise<string[]> {
  const statements: string[] = [];
  await recording.run(statements, fn);
  return statements;
}

/** Records at the driver's connection (pool.query ends up there too: Prisma, the rate limiter, the job insert).
 * Only calls made inside statementsOf() are kept. Installed per test (vitest restores spies before each). */
function recordStatements() {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  vi.spyOn(proto, "query").mockImplementation(function (this: unknown, ...args: unknown[]) {
    const first = args[0] as string | { text?: string };
    recording.getStore()?.push(typeof first === "string" ? first : String(first?.text));
    return original.apply(this, args);
  });
}

beforeAll(async () => {
  world = await createWorld(testDb);
  const family = await createFamily(testDb, { organisationId: world.organisation.id });
  invitedId = (await createGuardian(testDb, { family, status: "INVITED", password: null })).id;
  // Warm up: the first job insert of a process starts the job sender (schema check, queue cache).
  await requestPasswordReset({ login: `warm-up-${Date.now()}@deroef.example` });
});

describe("forgot password does the same work for every name", () => {
  it("an unknown, an invited and an active account: the same statements, the same rows, no token or mail", async () => {
    const invited = await testDb.user.findUniqueOrThrow({ where: { id: invitedId } });
    expect(invited.status).toBe("INVITED");
    const active = await testDb.user.findUniqueOrThrow({ where: { id: world.parentA.id } });
    expect(active.status).toBe("ACTIVE");
    const names = {
      unknown: `9999${String(Date.now()).slice(-6)}`,
      invited: invited.loginName,
      active: active.loginName,
    };
    const before = {
      tokens: await testDb.authToken.count({ where: { userId: { in: [active.id, invited.id] } } }),
      mails: await testDb.outboxMail.count({ where: { to: { in: [active.email, invited.email] } } }),
      audit: await testDb.auditEvent.count({ where: { action: "account.reset_requested", entityId: active.id } }),
    };

    recordStatements();
    const seen: Record<string, string[]> = {};
    for (const [kind, login] of Object.entries(names))
      seen[kind] = await statementsOf(() =>
        expect(requestPasswordReset({ login })).resolves.toEqual({ throttled: false }),
      );

    expect(seen.unknown.length).toBeGreaterThan(0);
    expect(seen.invited).toEqual(seen.unknown);
    expect(seen.active).toEqual(seen.unknown);
    // The request's work: the rate limit and one job insert; no account lookup at all.
    expect(seen.active.join("\n")).not.toMatch(/"User"|"AuthToken"|"OutboxMail"/);
    expect(seen.active.filter((sql) => /INSERT INTO/i.test(sql) && sql.includes(".job"))).toHaveLength(1);
    // Nothing written but the jobs: no token, no mail, no audit event yet.
    expect(await testDb.authToken.count({ where: { userId: { in: [active.id, invited.id] } } })).toBe(before.tokens);
    expect(await testDb.outboxMail.count({ where: { to: { in: [active.email, invited.email] } } })).toBe(before.mails);
    const jobs = (await jobsOf<{ login: string }>("account.password-reset")).filter((j) =>
      Object.values(names).includes(j.data.login),
    );
    expect(jobs.map((j) => Object.keys(j.data))).toEqual([["login"], ["login"], ["login"]]);

    // The job does the rest, for the active account only.
    await runQueuedJobs(["account.password-reset", "mail.deliver"]);
    expect(await testDb.authToken.count({ where: { userId: active.id, kind: "RESET" } })).toBe(1);
    expect(await testDb.authToken.count({ where: { userId: invited.id, kind: "RESET" } })).toBe(0);
    expect(await testDb.outboxMail.count({ where: { to: active.email } })).toBe(1);
    expect(await testDb.outboxMail.count({ where: { to: invited.email } })).toBe(0);
    expect(await testDb.auditEvent.count({ where: { action: "account.reset_requested", entityId: active.id } })).toBe(
      before.audit + 1,
    );
  });

  it("the job makes a token and a mail only for an active account, also when given the e-mail address", async () => {
    const active = await testDb.user.findUniqueOrThrow({ where: { id: world.staffA.id } });
    expect(await preparePasswordReset({ login: active.email.toUpperCase() })).toBe(true);
    expect(await preparePasswordReset({ login: "nobody@deroef.example" })).toBe(false);
    await testDb.user.update({ where: { id: world.staffB.id }, data: { status: "DEACTIVATED" } });
    const deactivated = await testDb.user.findUniqueOrThrow({ where: { id: world.staffB.id } });
    expect(await preparePasswordReset({ login: deactivated.email })).toBe(false);
  });
});
