import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { dateOnly, toIsoDate } from "../../lib/time";
import { CreateRequestSchema, DecideRequestSchema, ReportAbsenceSchema } from "../../lib/planning/schema";
import { SchoolVacationSchema } from "../../lib/calendar/schema";
import {
  absenceDeadline,
  contractedVacationDagdelen,
  requestCancelUntil,
  afmeldOutcome,
  deadlineAt,
  deadlineHints,
  deadlineRuleFor,
  balanceOn,
  cancelDeadline,
  capacityAllows,
  contractedDagdelen,
  earnedMinutesFor,
  formatRoefjes,
  guaranteeCutoff,
  isGuaranteed,
  lotsFrom,
  occupancy,
  planBatchSpend,
  planSpend,
  roefjesLotValidity,
  selfServiceOpen,
  tegoedLotValidity,
  type LedgerRow,
  type Lot,
} from "../../lib/planning/rules";

const d = dateOnly;
const OCHTEND = { dagdeel: "OCHTEND" as const, startMinutes: 450, endMinutes: 780 };
const lot = (id: string, remaining: number, validFrom: string, expiresOn: string, created = 0): Lot => ({
  id,
  type: "EARNED",
  minutes: remaining,
  remaining,
  validFrom: d(validFrom),
  expiresOn: d(expiresOn),
  createdAt: new Date(created),
});

describe("absence deadline and tegoed", () => {
  it("earns the dagdeel's minutes strictly before 09:00 Amsterdam time, in winter and summer", () => {
    const base = { deadlineMinutes: 540, closed: false, dagdeel: OCHTEND };
    expect(earnedMinutesFor({ ...base, date: d("2026-12-02"), reportedAt: new Date("2026-12-02T07:59:59Z") })).toBe(
      330,
    );
    expect(earnedMinutesFor({ ...base, date: d("2026-12-02"), reportedAt: new Date("2026-12-02T08:00:00Z") })).toBe(0);
    expect(earnedMinutesFor({ ...base, date: d("2027-06-02"), reportedAt: new Date("2027-06-02T06:59:00Z") })).toBe(
      330,
    );
    expect(earnedMinutesFor({ ...base, date: d("2027-06-02"), reportedAt: new Date("2027-06-02T07:00:00Z") })).toBe(0);
    expect(
      earnedMinutesFor({ ...base, closed: true, date: d("2026-12-25"), reportedAt: new Date("2026-12-01T00:00:00Z") }),
    ).toBe(0);
  });

  it("computes deadlines on the DST change days", () => {
    expect(absenceDeadline(d("2027-03-28"), 540).toISOString()).toBe("2027-03-28T07:00:00.000Z");
    expect(absenceDeadline(d("2026-10-25"), 540).toISOString()).toBe("2026-10-25T08:00:00.000Z");
  });

  it("gives tegoed validity from the report day until validityDays after the missed day, over year end", () => {
    const v = tegoedLotValidity({ absenceDate: d("2026-12-20"), reportedOn: d("2026-12-01"), validityDays: 30 });
    expect([toIsoDate(v.validFrom), toIsoDate(v.expiresOn)]).toEqual(["2026-12-01", "2027-01-19"]);
    const r = roefjesLotValidity(2026);
    expect([toIsoDate(r.validFrom), toIsoDate(r.expiresOn)]).toEqual(["2026-01-01", "2026-12-31"]);
  });
});

describe("contracted dagdelen", () => {
  const kdv = {
    careType: "KDV" as const,
    startDate: d("2025-01-06"),
    endDate: null,
    days: [
      { weekday: 3, dagdeel: "OCHTEND" as const },
      { weekday: 3, dagdeel: "MIDDAG" as const },
    ],
  };
  const bso = {
    careType: "BSO" as const,
    startDate: d("2025-01-06"),
    endDate: d("2026-12-31"),
    days: [{ weekday: 2, dagdeel: "NASCHOOLS" as const }],
  };
  it("follows the weekday pattern, skips closed days, BSO in vacations, and contracts that ended", () => {
    expect(contractedDagdelen({ date: d("2026-12-02"), contracts: [kdv], closed: false, inVacation: false })).toEqual([
      "OCHTEND",
      "MIDDAG",
    ]);
    expect(contractedDagdelen({ date: d("2026-12-02"), contracts: [kdv], closed: true, inVacation: false })).toEqual(
      [],
    );
    expect(contractedDagdelen({ date: d("2026-12-01"), contracts: [bso], closed: false, inVacation: false })).toEqual([
      "NASCHOOLS",
    ]);
    expect(contractedDagdelen({ date: d("2026-12-22"), contracts: [bso], closed: false, inVacation: true })).toEqual(
      [],
    );
    expect(contractedDagdelen({ date: d("2027-01-05"), contracts: [bso], closed: false, inVacation: false })).toEqual(
      [],
    );
  });
});

describe("ledger: lots, balances, oldest-first spending", () => {
  it("folds negative rows into their lots and derives expiry at the boundary", () => {
    const rows: LedgerRow[] = [
      {
        id: "a",
        type: "GRANTED",
        minutes: 600,
        lotId: null,
        validFrom: d("2026-01-01"),
        expiresOn: d("2026-12-31"),
        createdAt: new Date(1),
      },
      {
        id: "b",
        type: "SPENT",
        minutes: -330,
        lotId: "a",
        validFrom: d("2026-01-01"),
        expiresOn: d("2026-12-31"),
        createdAt: new Date(2),
      },
      {
        id: "c",
        type: "REFUNDED",
        minutes: 330,
        lotId: null,
        validFrom: d("2026-01-01"),
        expiresOn: d("2026-12-31"),
        createdAt: new Date(3),
      },
    ];
    const lots = lotsFrom(rows);
    expect(lots.map((l) => [l.id, l.remaining])).toEqual([
      ["a", 270],
      ["c", 330],
    ]);
    expect(balanceOn(lots, d("2026-12-31"))).toEqual({ available: 600, expired: 0 });
    expect(balanceOn(lots, d("2027-01-01"))).toEqual({ available: 0, expired: 600 });
  });

  it("spends the lot that expires first, and only lots valid on the care day", () => {
    const lots = [
      lot("late", 330, "2026-11-01", "2027-06-01"),
      lot("early", 200, "2026-11-01", "2027-01-10"),
      lot("next-year", 999, "2027-01-01", "2027-12-31"),
    ];
    expect(planSpend(lots, 330, d("2026-12-01"))).toEqual([
      { lotId: "early", minutes: 200 },
      { lotId: "late", minutes: 130 },
    ]);
    expect(planSpend(lots, 330, d("2027-02-01"))).toEqual([{ lotId: "late", minutes: 330 }]);
    expect(planSpend(lots, 600, d("2026-12-01"))).toBeNull();
  });

  it("plans a batch all or nothing", () => {
    const lots = [lot("a", 330, "2026-11-01", "2027-06-01")];
    expect(
      planBatchSpend(lots, [
        { key: "1", cost: 330, date: d("2026-12-01") },
        { key: "2", cost: 330, date: d("2026-12-02") },
      ]),
    ).toBeNull();
    expect(planBatchSpend(lots, [{ key: "1", cost: 330, date: d("2026-12-01") }])?.get("1")).toEqual([
      { lotId: "a", minutes: 330 },
    ]);
  });

  it("never spends more than a lot holds and always spends exactly the cost (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 0, maxLength: 8 }),
        fc.integer({ min: 0, max: 5000 }),
        (amounts, cost) => {
          const lots = amounts.map((m, i) =>
            lot(`l${i}`, m, "2026-01-01", `2026-12-${String(10 + i).padStart(2, "0")}`, i),
          );
          const plan = planSpend(lots, cost, d("2026-06-01"));
          const total = amounts.reduce((s, m) => s + m, 0);
          if (cost > total) return plan === null;
          return (
            plan !== null &&
            plan.reduce((s, p) => s + p.minutes, 0) === cost &&
            plan.every((p) => p.minutes > 0 && p.minutes <= lots.find((l) => l.id === p.lotId)!.remaining)
          );
        },
      ),
    );
  });

  it("formats Roefjes from integer minutes", () => {
    expect(formatRoefjes(12000)).toBe("200");
    expect(formatRoefjes(330)).toBe("5,5");
    expect(formatRoefjes(-330)).toBe("-5,5");
    expect(formatRoefjes(20)).toBe("0,33");
    expect(formatRoefjes(330, "en")).toBe("5.5");
  });
});

describe("requests: lead time, cancel window, guarantee, capacity", () => {
  it("closes self-service requestLeadDays before the day", () => {
    expect(selfServiceOpen({ date: d("2026-11-25"), today: d("2026-11-24"), leadDays: 1 })).toBe(true);
    expect(selfServiceOpen({ date: d("2026-11-24"), today: d("2026-11-24"), leadDays: 1 })).toBe(false);
  });

  it("counts the cancel window in real hours before the dagdeel starts, across DST", () => {
    // Monday 2027-03-29 07:30 CEST = 05:30 UTC; 48 real hours earlier is Saturday 05:30 UTC (06:30 CET).
    expect(cancelDeadline({ date: d("2027-03-29"), startMinutes: 450, cancelHours: 48 }).toISOString()).toBe(
      "2027-03-27T05:30:00.000Z",
    );
  });

  it("guarantees contracted weekdays as whole vacation days, requested at least a month ahead", () => {
    const vacation = { startDate: d("2027-02-13"), endDate: d("2027-02-21") };
    expect(toIsoDate(guaranteeCutoff(vacation.startDate, 1))).toBe("2027-01-13");
    const base = {
      dagdeel: "MIDDAG" as const,
      contracted: contractedVacationDagdelen([
        { weekday: 2, dagdeel: "NASCHOOLS" },
        { weekday: 4, dagdeel: "NASCHOOLS" },
      ]),
      vacation,
      months: 1,
    };
    expect(isGuaranteed({ ...base, date: d("2027-02-16"), today: d("2027-01-13") })).toBe(true);
    expect(isGuaranteed({ ...base, date: d("2027-02-16"), today: d("2027-01-14") })).toBe(false);
    expect(isGuaranteed({ ...base, date: d("2027-02-15"), today: d("2026-11-24") })).toBe(false); // Monday: not in the contract
    expect(isGuaranteed({ ...base, date: d("2027-02-23"), today: d("2026-11-24") })).toBe(false); // outside the vacation
    // Month arithmetic at the end of a month: one month before 31 March is 28 February.
    expect(toIsoDate(guaranteeCutoff(d("2027-03-31"), 1))).toBe("2027-02-28");
  });

  it("auto-approves while one more child fits", () => {
    expect(occupancy({ expected: 12, absent: 1, approvedExtras: 0 })).toBe(11);
    expect(capacityAllows({ occupied: 11, capacity: 12 })).toBe(true);
    expect(capacityAllows({ occupied: 12, capacity: 12 })).toBe(false);
    expect(capacityAllows({ occupied: 0, capacity: null })).toBe(false);
  });
});

describe("form schemas: bad input becomes translated field errors, never an exception", () => {
  const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
    result.success ? [] : result.error!.issues.map((i) => i.message);

  it("rejects impossible dates, reversed periods and malformed ids", () => {
    expect(messages(ReportAbsenceSchema.safeParse({ childId: "x", from: "2026-02-30", reason: "ZIEK" }))).toEqual([
      "planningErrors.invalidId",
      "planningErrors.invalidDate",
    ]);
    expect(
      messages(
        ReportAbsenceSchema.safeParse({
          childId: "00000000-0000-4000-8000-000000000000",
          from: "2026-12-10",
          to: "2026-12-01",
          reason: "ZIEK",
        }),
      ),
    ).toEqual(["planningErrors.toBeforeFrom"]);
    expect(
      messages(SchoolVacationSchema.safeParse({ name: "", startDate: "2027-01-10", endDate: "2027-01-01" })),
    ).toContain("calendar.v.nameRequired");
  });

  it("parses slots and requires a reason to decline", () => {
    const ok = CreateRequestSchema.parse({
      type: "TEGOED",
      childIds: ["00000000-0000-4000-8000-000000000000"],
      slots: ["2026-12-01|OCHTEND"],
    });
    expect(ok.slots).toEqual([{ date: "2026-12-01", dagdeel: "OCHTEND" }]);
    expect(
      messages(CreateRequestSchema.safeParse({ type: "TEGOED", childIds: [], slots: ["2026-12-01|NACHT"] })),
    ).toEqual(["planningErrors.chooseChild", "planningErrors.invalidSlot"]);
    expect(
      messages(
        DecideRequestSchema.safeParse({
          requestId: "00000000-0000-4000-8000-000000000000",
          decision: "DECLINE",
          reason: " ",
        }),
      ),
    ).toEqual(["planningErrors.reasonRequired"]);
  });
});

describe("afmelden every booked dagdeel (afmeldOutcome)", () => {
  // Tuesday 2027-03-02, dagdeel from 07:30: cancel window closes Sunday 07:30 (48 h), absence deadline 09:00.
  const deadline = new Date("2027-03-02T08:00:00Z");
  const cancelUntil = new Date("2027-02-28T06:30:00Z");
  const before = new Date("2027-02-27T10:00:00Z");
  const between = new Date("2027-03-02T06:00:00Z");
  const after = new Date("2027-03-02T08:30:00Z");
  const outcome = (booking: Parameters<typeof afmeldOutcome>[0]["booking"], now: Date, extra = {}) =>
    afmeldOutcome({
      booking,
      status: "APPROVED",
      now,
      cancelUntil: booking === "CONTRACT" ? null : cancelUntil,
      deadline,
      closed: false,
      ...extra,
    });

  it("cancels requests inside their cancel window and pending ones always, never contracted days or swaps", () => {
    for (const booking of ["EXTRA", "TEGOED", "VACATION"] as const)
      expect(outcome(booking, before)).toEqual({ action: "cancel" });
    expect(outcome("SWAP", before)).toEqual({ action: "absence", gives: "NOTHING" });
    expect(outcome("CONTRACT", before)).toEqual({ action: "absence", gives: "EARNED_TEGOED" });
    for (const booking of ["EXTRA", "TEGOED", "VACATION", "SWAP"] as const)
      expect(outcome(booking, after, { status: "REQUESTED" })).toEqual({ action: "cancel" });
  });

  it("after the cancel window gives back by what paid for the day, until the absence deadline", () => {
    expect(outcome("CONTRACT", between)).toEqual({ action: "absence", gives: "EARNED_TEGOED" });
    expect(outcome("EXTRA", between)).toEqual({ action: "absence", gives: "EARNED_TEGOED" });
    expect(outcome("TEGOED", between)).toEqual({ action: "absence", gives: "REFUND_TEGOED" });
    expect(outcome("VACATION", between)).toEqual({ action: "absence", gives: "REFUND_ROEFJES" });
    expect(outcome("SWAP", between)).toEqual({ action: "absence", gives: "NOTHING" });
    for (const booking of ["CONTRACT", "EXTRA", "TEGOED", "VACATION", "SWAP"] as const) {
      expect(outcome(booking, after)).toEqual({ action: "absence", gives: "NOTHING" });
      expect(outcome(booking, deadline)).toEqual({ action: "absence", gives: "NOTHING" });
      expect(outcome(booking, between, { closed: true })).toEqual({ action: "absence", gives: "NOTHING" });
    }
  });
});

describe("absence deadlines per care type and dagdeel", () => {
  const settings = {
    absenceDeadlineMinutes: 540,
    absenceDeadlines: [
      { careType: "KDV" as const, dagdeel: "OCHTEND" as const, daysBefore: 0, minutes: 450 },
      { careType: "BSO" as const, dagdeel: "NASCHOOLS" as const, daysBefore: 1, minutes: 1080 },
    ],
  };

  it("uses the own rule of a care type and dagdeel, else the general deadline on the day", () => {
    expect(deadlineRuleFor(settings, "KDV", "OCHTEND")).toEqual({ daysBefore: 0, minutes: 450 });
    expect(deadlineRuleFor(settings, "KDV", "MIDDAG")).toEqual({ daysBefore: 0, minutes: 540 });
    expect(deadlineRuleFor(settings, "BSO", "OCHTEND")).toEqual({ daysBefore: 0, minutes: 540 });
    expect(deadlineRuleFor(settings, "BSO", "NASCHOOLS")).toEqual({ daysBefore: 1, minutes: 1080 });
  });

  it("puts a deadline the day before on that day's wall clock, across the DST change", () => {
    // Monday 2027-03-29 (CEST): 18:00 on Sunday 28 March, the night the clocks went forward = 16:00 UTC.
    expect(deadlineAt(dateOnly("2027-03-29"), { daysBefore: 1, minutes: 1080 }).toISOString()).toBe(
      "2027-03-28T16:00:00.000Z",
    );
    expect(deadlineAt(dateOnly("2027-03-26"), { daysBefore: 1, minutes: 1080 }).toISOString()).toBe(
      "2027-03-25T17:00:00.000Z",
    );
    expect(deadlineAt(dateOnly("2027-03-26"), { daysBefore: 0, minutes: 450 }).toISOString()).toBe(
      "2027-03-26T06:30:00.000Z",
    );
  });

  it("tells the form the deadline's day and time for a chosen day, and whether it passed", () => {
    const rules = [
      { dagdeel: "OCHTEND" as const, daysBefore: 0, minutes: 450 },
      { dagdeel: "NASCHOOLS" as const, daysBefore: 1, minutes: 1080 },
    ];
    expect(deadlineHints({ date: "2027-03-02", today: "2027-03-01", nowMinutes: 1079, rules })).toEqual([
      { dagdeel: "OCHTEND", day: "2027-03-02", minutes: 450, passed: false },
      { dagdeel: "NASCHOOLS", day: "2027-03-01", minutes: 1080, passed: false },
    ]);
    expect(
      deadlineHints({ date: "2027-03-02", today: "2027-03-01", nowMinutes: 1080, rules }).map((h) => h.passed),
    ).toEqual([false, true]);
    expect(
      deadlineHints({ date: "2027-03-02", today: "2027-03-02", nowMinutes: 449, rules }).map((h) => h.passed),
    ).toEqual([false, true]);
  });
});

describe("lead time and cancel window (requestCancelUntil)", () => {
  // Tuesday 2027-03-02, dagdeel from 07:30 CET (06:30 UTC); window 48 h -> Sunday 06:30 UTC; grace 15 minutes.
  const base = { date: dateOnly("2027-03-02"), startMinutes: 450, cancelHours: 48, graceMinutes: 15 };
  const iso = (d: Date) => d.toISOString();

  it("approved: the window, or the grace after it became binding when that is later, never after the start", () => {
    const early = requestCancelUntil({ ...base, status: "APPROVED", bindingSince: new Date("2027-02-20T10:00:00Z") });
    expect(iso(early)).toBe("2027-02-28T06:30:00.000Z");
    const late = requestCancelUntil({ ...base, status: "APPROVED", bindingSince: new Date("2027-02-28T09:00:00Z") });
    expect(iso(late)).toBe("2027-02-28T09:15:00.000Z");
    const atStart = requestCancelUntil({ ...base, status: "APPROVED", bindingSince: new Date("2027-03-02T06:20:00Z") });
    expect(iso(atStart)).toBe("2027-03-02T06:30:00.000Z");
  });

  it("pending: until the dagdeel starts; never before the moment it is made (property)", () => {
    expect(
      iso(requestCancelUntil({ ...base, status: "REQUESTED", bindingSince: new Date("2027-02-20T10:00:00Z") })),
    ).toBe("2027-03-02T06:30:00.000Z");
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 14 * 24 * 60 }),
        fc.integer({ min: 1, max: 240 }),
        fc.integer({ min: 0, max: 24 * 14 }),
        (minutesBefore, grace, hours) => {
          const start = new Date("2027-03-02T06:30:00Z").getTime();
          const made = new Date(start - (minutesBefore + 1) * 60_000);
          const until = requestCancelUntil({
            ...base,
            cancelHours: hours,
            graceMinutes: grace,
            status: "APPROVED",
            bindingSince: made,
          });
          return until > made && until.getTime() <= start;
        },
      ),
    );
  });
});
