// The scheduled jobs (lib/jobs): when each runs in Amsterdam time, and what the Roefjes year and the automatic
// invites do at fixed dates (handlers take `now`, so any year end can be walked through).
import { beforeAll, describe, expect, it } from "vitest";
import { createChild, createFamily, createGuardian, createWorld } from "../../prisma/factories";
import { JOB_TIME_ZONE, JOBS } from "../../lib/jobs/definitions";
import { syncSchedules } from "../../lib/jobs/runner";
import { expireRoefjes, grantRoefjesYear, remindUnusedRoefjes } from "../../lib/jobs/roefjes";
import { sendDueInvites } from "../../lib/accounts/mutations";
import { getRoefjesOverview } from "../../lib/planning/queries";
import { addCalendarDays, dateOnly, toIsoDate, todayDate } from "../../lib/time";
import { testDb } from "../db";
import { jobsBoss } from "../jobs";
import { sessionFor } from "../session";

const at = (iso: string) => new Date(iso);

describe("schedules", () => {
  const next = async (name: keyof typeof JOBS, from: string) => {
    const boss = await jobsBoss();
    const cron = JOBS[name].schedule?.cron ?? "";
    return boss.previewSchedule(cron, { tz: JOB_TIME_ZONE, from: at(from), count: 1 })[0].toISOString();
  };

  it("run at the Amsterdam wall-clock times, in winter and summer time", async () => {
    expect(await next("roefjes.grant", "2026-06-01T00:00:00Z")).toBe("2026-12-31T23:00:00.000Z"); // 1 Jan 00:00 CET
    expect(await next("roefjes.expire", "2026-06-01T00:00:00Z")).toBe("2026-12-31T22:59:00.000Z"); // 31 Dec 23:59 CET
    expect(await next("roefjes.reminder", "2026-06-01T00:00:00Z")).toBe("2026-12-01T09:00:00.000Z"); // 1 Dec 10:00
    expect(await next("retention.run", "2027-07-01T12:00:00Z")).toBe("2027-07-02T01:00:00.000Z"); // 03:00 CEST
    expect(await next("retention.run", "2027-01-10T12:00:00Z")).toBe("2027-01-11T02:00:00.000Z"); // 03:00 CET
    expect(await next("invites.send", "2027-03-28T00:00:00Z")).toBe("2027-03-28T07:00:00.000Z"); // DST day, 09:00
  });

  it("are registered in pg-boss with the Amsterdam time zone, once each", async () => {
    const boss = await jobsBoss();
    await syncSchedules(boss);
    await syncSchedules(boss);
    const schedules = await boss.getSchedules();
    const expected = Object.entries(JOBS).filter(([, job]) => job.schedule);
    expect(schedules.map((s) => s.name).sort()).toEqual(expected.map(([name]) => name).sort());
    for (const schedule of schedules) {
      expect(schedule.timezone).toBe(JOB_TIME_ZONE);
      expect(schedule.cron).toBe(JOBS[schedule.name as keyof typeof JOBS].schedule?.cron);
    }
  });
});

describe("the Roefjes year", () => {
  let w: Awaited<ReturnType<typeof createWorld>>;
  const ledger = (type: "GRANTED" | "EXPIRED") =>
    testDb.creditEntry.findMany({
      where: { childId: w.childB.id, kind: "ROEFJES", type },
      orderBy: { validFrom: "asc" },
    });

  beforeAll(async () => {
    w = await createWorld(testDb);
  });

  it("grants the year's Roefjes at midnight on 1 January, once", async () => {
    // 31 December 23:30 CET is still the old year: the job of 1 January has not run.
    expect(await testDb.creditEntry.count({ where: { childId: w.childB.id } })).toBe(0);
    await grantRoefjesYear({ now: at("2026-12-31T23:00:05Z") }); // 1 January 2027, 00:00:05 in Amsterdam
    await grantRoefjesYear({ now: at("2026-12-31T23:10:00Z") }); // a retry or a second instance: nothing new
    const grants = await ledger("GRANTED");
    expect(grants.map((g) => [toIsoDate(g.validFrom), toIsoDate(g.expiresOn), g.minutes])).toEqual([
      ["2027-01-01", "2027-12-31", 200 * 60],
    ]);
    // The KDV child gets none.
    expect(await testDb.creditEntry.count({ where: { childId: w.childA.id } })).toBe(0);
  });

  it("reminds the parents on 1 December when Roefjes are left, and nobody else", async () => {
    const since = new Date();
    await remindUnusedRoefjes({ now: at("2027-12-01T09:00:00Z") });
    const parentB = await testDb.user.findUniqueOrThrow({ where: { id: w.parentB.id } });
    const parentA = await testDb.user.findUniqueOrThrow({ where: { id: w.parentA.id } });
    const mails = await testDb.outboxMail.findMany({ where: { to: parentB.email, createdAt: { gte: since } } });
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe(`Nog 200 Roefjes voor ${w.childB.firstName} in 2027`);
    expect(mails[0].text).toContain("31 december");
    expect(mails[0].text).toContain("/ouder/roefjes");
    expect(await testDb.outboxMail.count({ where: { to: parentA.email, createdAt: { gte: since } } })).toBe(0);
  });

  it("writes off what is left at 23:59 on 31 December, once; the page shows it as expired", async () => {
    const lastMinute = at("2027-12-31T22:59:00Z"); // 23:59 CET
    await expireRoefjes({ now: at("2027-12-30T22:59:00Z") }); // a day early (by hand): the lot is still valid
    expect(await ledger("EXPIRED")).toHaveLength(0);
    await expireRoefjes({ now: lastMinute });
    await expireRoefjes({ now: lastMinute });
    const expired = await ledger("EXPIRED");
    expect(expired.map((e) => [e.minutes, toIsoDate(e.expiresOn)])).toEqual([[-200 * 60, "2027-12-31"]]);
    const parent = await sessionFor(w.parentB.id);
    const overview = await getRoefjesOverview(parent, w.childB.id, { now: at("2027-12-31T23:00:00Z") });
    expect(overview.years.find((y) => y.year === 2027)).toMatchObject({ available: 0, expired: 200 * 60 });
    expect(overview.ledger.filter((l) => l.type === "EXPIRED").map((l) => l.derived)).toEqual([false]);
  });
});

describe("invites sent by themselves", () => {
  it("go out inviteLeadDays before the first placement starts, once, and never to an account invited by hand", async () => {
    const w = await createWorld(testDb);
    await testDb.organisation.update({ where: { id: w.organisation.id }, data: { inviteLeadDays: 42 } });
    const today = dateOnly("2027-02-01");
    const now = at("2027-02-01T08:00:00Z"); // 09:00 CET, when the job runs
    const family = await createFamily(testDb, { organisationId: w.organisation.id });
    const guardian = await createGuardian(testDb, { family, status: "INVITED", password: null });
    const second = await createGuardian(testDb, { family, index: 2, status: "INVITED", password: null });
    await createChild(testDb, {
      familyId: family.id,
      groupId: w.groupA.id,
      startDate: toIsoDate(addCalendarDays(today, 43)),
    });
    const handInvited = await createFamily(testDb, { organisationId: w.organisation.id });
    const early = await createGuardian(testDb, { family: handInvited, status: "INVITED", password: null });
    await createChild(testDb, { familyId: handInvited.id, groupId: w.groupA.id, startDate: toIsoDate(today) });
    await testDb.authToken.create({
      data: { userId: early.id, kind: "INVITE", tokenHash: `hash-${early.id}`, expiresAt: addCalendarDays(today, 60) },
    });
    const invites = (userId: string) => testDb.authToken.count({ where: { userId, kind: "INVITE" } });

    await sendDueInvites({ now }); // 43 days ahead: not yet
    expect(await invites(guardian.id)).toBe(0);
    await sendDueInvites({ now: addCalendarDays(now, 1) }); // 42 days ahead
    await sendDueInvites({ now: addCalendarDays(now, 2) }); // the next day: not again
    expect(await invites(guardian.id)).toBe(1);
    expect(await invites(second.id)).toBe(1); // each guardian their own mail
    expect(await invites(early.id)).toBe(1); // invited by hand before: left alone
    const mails = await testDb.outboxMail.findMany({ where: { to: guardian.email } });
    expect(mails.map((m) => m.subject)).toEqual([expect.stringContaining("Activeer je account")]);
    expect(mails[0].text).toContain(`/activeren/`);
    const audit = await testDb.auditEvent.findFirstOrThrow({
      where: { action: "account.invited", entityId: guardian.id },
    });
    expect(audit).toMatchObject({ actorId: null, meta: { automatic: true } });
    expect(todayDate(now)).toEqual(today);
  });

  it("follow the organisation's setting", async () => {
    const w = await createWorld(testDb);
    await testDb.organisation.update({ where: { id: w.organisation.id }, data: { inviteLeadDays: 10 } });
    const family = await createFamily(testDb, { organisationId: w.organisation.id });
    const guardian = await createGuardian(testDb, { family, status: "INVITED", password: null });
    await createChild(testDb, { familyId: family.id, groupId: w.groupA.id, startDate: "2027-03-20" });
    await sendDueInvites({ now: at("2027-03-09T08:00:00Z") }); // 11 days ahead
    expect(await testDb.authToken.count({ where: { userId: guardian.id } })).toBe(0);
    await sendDueInvites({ now: at("2027-03-10T08:00:00Z") }); // 10 days ahead
    expect(await testDb.authToken.count({ where: { userId: guardian.id } })).toBe(1);
  });
});
