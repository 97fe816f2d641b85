// Ledgers others can see (issue 14): the authorization matrix for reading a child's tegoed and Roefjes history and for
// a beheerder's correction (each role x each action, real database), and what a correction writes: a reasoned,
// audited entry the parent sees with its reason. "Not yours" is NOT_FOUND and nothing is written.
import { describe, expect, it } from "vitest";
import { testDb } from "../db";
import { liveClaimsFor, sessionFor } from "../session";
import { loadSessionUser } from "../../lib/auth/session";
import { getChildLedgers } from "../../lib/planning/ledger";
import { correctLedger, reportAbsence } from "../../lib/planning/mutations";
import { CorrectLedgerSchema } from "../../lib/planning/schema";
import { getRoefjesOverview } from "../../lib/planning/queries";
import type { PlanningError } from "../../lib/planning/errors";
import { ACTORS, setupMatrix, type Actor } from "../matrix";

const now = new Date("2027-03-01T07:30:00Z"); // Monday 08:30 CET

async function outcome(promise: Promise<unknown>): Promise<"ok" | string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

const correction = (childId: string, values: Record<string, string> = {}) =>
  CorrectLedgerSchema.parse({
    childId,
    kind: "TEGOED",
    direction: "ADD",
    hours: "2",
    minutes: "30",
    reason: "Ziekte doorgegeven per telefoon",
    ...values,
  });

describe("ledger authorization matrix", () => {
  it("reading childA's ledgers: own family, own group's staff, own location's manager, beheerder", async () => {
    const { w, users } = await setupMatrix();
    const actual: Record<string, string> = {};
    for (const actor of ACTORS) actual[actor] = await outcome(getChildLedgers(users[actor], w.childA.id, { now }));
    expect(actual).toEqual({
      parentOwn: "ok",
      parentOther: "NOT_FOUND",
      staffOwn: "ok",
      staffOther: "NOT_FOUND",
      managerOwn: "ok",
      managerOther: "NOT_FOUND",
      beheerder: "ok",
      otherOrg: "NOT_FOUND",
    } satisfies Record<Actor, string>);
    // Only the beheerder may correct; everyone else reads.
    expect(
      Object.fromEntries(
        await Promise.all(
          (["parentOwn", "staffOwn", "managerOwn", "beheerder"] as const).map(async (a) => [
            a,
            (await getChildLedgers(users[a], w.childA.id, { now })).canCorrect,
          ]),
        ),
      ),
    ).toEqual({ parentOwn: false, staffOwn: false, managerOwn: false, beheerder: true });
  });

  it("correcting: beheerders of the organisation only; everyone else NOT_FOUND and nothing is written", async () => {
    const { w, users } = await setupMatrix();
    const actual: Record<string, string> = {};
    for (const actor of ACTORS)
      actual[actor] = await outcome(correctLedger(users[actor], correction(w.childA.id), now));
    expect(actual).toEqual({
      parentOwn: "NOT_FOUND",
      parentOther: "NOT_FOUND",
      staffOwn: "NOT_FOUND",
      staffOther: "NOT_FOUND",
      managerOwn: "NOT_FOUND",
      managerOther: "NOT_FOUND",
      beheerder: "ok",
      otherOrg: "NOT_FOUND",
    } satisfies Record<Actor, string>);
    expect(await testDb.creditEntry.count({ where: { childId: w.childA.id } })).toBe(1);
    // A deactivated guardian has no session at all.
    expect(await loadSessionUser(await liveClaimsFor(w.deactivated.id))).toBeNull();
    // A malformed id is NOT_FOUND too.
    expect(await outcome(correctLedger(users.beheerder, { ...correction(w.childA.id), childId: "x" }, now))).toBe(
      "NOT_FOUND",
    );
  });
});

describe("ledger corrections", () => {
  it("adds with a reason the parent sees, audited; removes oldest first; never more than available", async () => {
    const { w, users } = await setupMatrix();
    await reportAbsence(
      users.parentOwn,
      { childId: w.childA.id, from: "2027-03-03", dagdeel: "OCHTEND", reason: "ZIEK", comment: "" },
      now,
    );
    await correctLedger(users.beheerder, correction(w.childA.id), now);
    const ledgers = await getChildLedgers(users.parentOwn, w.childA.id, { now });
    expect(ledgers.tegoed.available).toBe(330 + 150);
    expect(ledgers.tegoed.lines[0]).toMatchObject({
      type: "ADJUSTED",
      minutes: 150,
      correction: true,
      note: "Ziekte doorgegeven per telefoon",
      expiresOn: "2028-02-29",
    });
    // The afmelding's own lot is no correction.
    expect(ledgers.tegoed.lines.filter((l) => l.correction)).toHaveLength(1);
    const audit = await testDb.auditEvent.findFirstOrThrow({
      where: { organisationId: w.organisation.id, action: "admin.ledger.corrected" },
    });
    expect([audit.actorId, audit.childId, audit.familyId]).toEqual([w.beheerder.id, w.childA.id, w.familyA.id]);
    expect(audit.meta).toMatchObject({ kind: "TEGOED", minutes: 150, reason: "Ziekte doorgegeven per telefoon" });

    // Removing takes the lot that expires first: the correction's (2028-02-29) before the afmelding's (2028-03-02).
    await correctLedger(
      users.beheerder,
      correction(w.childA.id, { direction: "REMOVE", hours: "3", minutes: "0", reason: "Dubbel geboekt" }),
      now,
    );
    const after = await getChildLedgers(users.staffOwn, w.childA.id, { now });
    expect(after.tegoed.available).toBe(480 - 180);
    const removed = await testDb.creditEntry.findMany({
      where: { childId: w.childA.id, type: "ADJUSTED", minutes: { lt: 0 } },
      orderBy: { minutes: "asc" },
    });
    expect(removed.map((r) => r.minutes)).toEqual([-150, -30]);
    const error = await correctLedger(
      users.beheerder,
      correction(w.childA.id, { direction: "REMOVE", hours: "6", minutes: "0" }),
      now,
    ).catch((e: unknown) => e);
    expect((error as PlanningError).messageKey).toBe("planningErrors.correctionTooLarge");
    expect((await getChildLedgers(users.beheerder, w.childA.id, { now })).tegoed.available).toBe(300);
  });

  it("Roefjes corrections are valid this calendar year and show on the parent's Roefjes page with the reason", async () => {
    const { w, users } = await setupMatrix();
    const parentB = await sessionFor(w.parentB.id);
    await correctLedger(
      users.beheerder,
      correction(w.childB.id, { kind: "ROEFJES", hours: "5", minutes: "0", reason: "Compensatie gesloten dag" }),
      now,
    );
    const overview = await getRoefjesOverview(parentB, w.childB.id, { now });
    expect(overview.ledger.find((l) => l.type === "ADJUSTED")).toMatchObject({
      minutes: 300,
      note: "Compensatie gesloten dag",
      expiresOn: "2027-12-31",
    });
    expect((await getChildLedgers(parentB, w.childB.id, { now })).roefjes?.lines[0].correction).toBe(true);
  });

  it("bad input: a reason is required, amounts are whole and above zero", () => {
    const parse = (values: Record<string, string>) =>
      CorrectLedgerSchema.safeParse({
        childId: "00000000-0000-4000-8000-000000000000",
        kind: "TEGOED",
        direction: "ADD",
        hours: "1",
        minutes: "0",
        reason: "x",
        ...values,
      }).error?.issues.map((i) => i.message);
    expect(parse({ reason: " " })).toEqual(["planningErrors.correctionReasonRequired"]);
    expect(parse({ hours: "0", minutes: "0" })).toEqual(["planningErrors.invalidAmount"]);
    expect(parse({ minutes: "75" })).toContain("planningErrors.invalidAmount");
    expect(parse({ hours: "-1" })).toContain("planningErrors.invalidAmount");
    expect(parse({ kind: "EUROS" })).toEqual(["planningErrors.invalidKind"]);
  });
});
