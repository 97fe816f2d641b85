// The job list (lib/jobs/definitions.ts) is complete where it must be: every job has a Dutch and English name and
// description for the beheer page, every schedule is a valid cron in Amsterdam time, work handed off by requests
// wakes the runner and is retried, and a failure is shown by kind, never by its text.
import { describe, expect, it } from "vitest";
import { PgBoss } from "pg-boss";
import { JOB_NAMES, JOB_TIME_ZONE, JOBS, jobMessageKey } from "../../lib/jobs/definitions";
import { failureOutput } from "../../lib/jobs/runner";
import { failureKind } from "../../lib/jobs/status";
import { loadMessages } from "../../lib/i18n/messages";

describe("job definitions", () => {
  it.each(["nl", "en"])("every job has a name and a description in %s", (locale) => {
    const jobs = loadMessages(locale).jobs as { names: Record<string, string>; descriptions: Record<string, string> };
    for (const name of JOB_NAMES) {
      expect(jobMessageKey(name)).not.toContain(".");
      expect(jobs.names[jobMessageKey(name)], name).toMatch(/\w/);
      expect(jobs.descriptions[jobMessageKey(name)], name).toMatch(/\w/);
    }
  });

  it("schedules are valid cron expressions; handed-off work notifies the runner and is retried", () => {
    // Never started: previewSchedule is pg-boss's own cron arithmetic, no database involved.
    const boss = new PgBoss({ connectionString: "postgresql://unused.invalid/none" });
    for (const name of JOB_NAMES) {
      const { schedule, queue } = JOBS[name];
      if (schedule)
        expect(
          boss.previewSchedule(schedule.cron, { tz: JOB_TIME_ZONE, from: new Date("2027-01-01T00:00:00Z") }),
        ).toHaveLength(5);
      else {
        expect(queue.notify, name).toBe(true);
        expect(queue.retryLimit, name).toBeGreaterThan(0);
        expect(queue.retryBackoff, name).toBe(true);
      }
    }
  });

  it("a failure keeps the error's name and code, never its text", () => {
    const error = Object.assign(new Error("550 mailbox ouder@example.nl unknown"), {
      name: "MailDeliveryError",
      code: "EENVELOPE",
    });
    expect(failureOutput(error)).toEqual({ name: "MailDeliveryError", code: "EENVELOPE" });
    expect(JSON.stringify(failureOutput(error))).not.toContain("example.nl");
    expect(failureKind("mail.deliver", failureOutput(error))).toBe("mailServer");
    expect(failureKind("notification.deliver", { name: "Error" })).toBe("pushService");
    expect(failureKind("retention.run", { name: "Error" })).toBe("other");
  });
});
