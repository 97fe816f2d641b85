// The parent's home (issue 17, item 5): only a parent, only their own children, today's planning per child and
// what is new this week, newest first. Real database.
import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../db";
import { ACTORS, setupMatrix, type Actor } from "../matrix";
import { getParentHome } from "../../lib/home/queries";
import { isAppError } from "../../lib/errors";
import { reportAbsence } from "../../lib/planning/mutations";
import { dateOnly } from "../../lib/time";

const MONDAY = new Date("2027-03-01T07:30:00Z"); // 08:30 in Amsterdam; child A (KDV) comes on Mondays

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (isAppError(error) ? error.code : `unexpected: ${String(error)}`),
  );

describe("parent home", () => {
  let m: Awaited<ReturnType<typeof setupMatrix>>;
  beforeAll(async () => {
    m = await setupMatrix();
  });

  it("only parents have a home, each with only their own children", async () => {
    for (const actor of ACTORS) {
      const expected = actor.startsWith("parent") ? "ok" : "NOT_FOUND";
      expect(await outcome(getParentHome(m.users[actor as Actor], MONDAY)), actor).toBe(expected);
    }
    const own = await getParentHome(m.users.parentOwn, MONDAY);
    expect(own.children.map((c) => c.id)).toEqual([m.w.childA.id]);
    const other = await getParentHome(m.users.parentOther, MONDAY);
    expect(other.children.map((c) => c.id)).toEqual([m.w.childB.id]);
  });

  it("today's planning: care, an afmelding, a closed day", async () => {
    const parent = m.users.parentOwn;
    let home = await getParentHome(parent, MONDAY);
    expect(home.children[0].today).toMatchObject({ kind: "care", care: ["OCHTEND", "MIDDAG"], absent: [] });
    await reportAbsence(
      parent,
      { childId: m.w.childA.id, from: "2027-03-01", dagdeel: "MIDDAG", reason: "ZIEK", comment: "" },
      MONDAY,
    );
    home = await getParentHome(parent, MONDAY);
    expect(home.children[0].today).toMatchObject({ kind: "care", care: ["OCHTEND"], absent: ["MIDDAG"] });
    await testDb.closedDay.create({
      data: { organisationId: m.w.organisation.id, date: dateOnly("2027-03-01"), name: "Teamdag" },
    });
    home = await getParentHome(parent, MONDAY);
    expect(home.children[0].today).toEqual({ kind: "closed", name: "Teamdag" });
    const saturday = new Date("2027-03-06T09:00:00Z");
    expect((await getParentHome(parent, saturday)).children[0].today).toEqual({ kind: "weekend" });
  });
});
