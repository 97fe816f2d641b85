// Input rules of the schriftje and messages forms: clear i18n keys, never a crash, script text kept as text.
import { describe, expect, it } from "vitest";
import { DiaryEntrySchema, isWritableDiaryDate, itemsFrom, parseItems } from "../../lib/diary/schema";
import { NewThreadSchema, ReplySchema, parseRecipient } from "../../lib/messages/schema";
import { NotificationSettingsSchema } from "../../lib/notifications/schema";
import { addCalendarDays, todayDate, toIsoDate } from "../../lib/time";

const id = "2b3c6a0e-5b1f-4f55-9d55-0f6f1c0f7a11";
const today = toIsoDate(todayDate());
const issues = (result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join(".")}:${issue.message}`) ?? [];

describe("schriftje entry", () => {
  it("needs a text or at least one item", () => {
    expect(issues(DiaryEntrySchema.safeParse({ childId: id, date: today, body: "   " }))).toEqual(["body:diary.empty"]);
    expect(DiaryEntrySchema.safeParse({ childId: id, date: today, slapen: "12:30-14:00" }).success).toBe(true);
  });

  it("rejects huge texts and items with their own keys", () => {
    expect(issues(DiaryEntrySchema.safeParse({ childId: id, date: today, body: "a".repeat(4001) }))).toEqual([
      "body:diary.bodyTooLong",
    ]);
    expect(issues(DiaryEntrySchema.safeParse({ childId: id, date: today, body: "ok", eten: "a".repeat(201) }))).toEqual(
      ["eten:diary.itemTooLong"],
    );
  });

  it("only allows today and the past week", () => {
    expect(isWritableDiaryDate(today)).toBe(true);
    expect(isWritableDiaryDate(toIsoDate(addCalendarDays(todayDate(), -7)))).toBe(true);
    expect(isWritableDiaryDate(toIsoDate(addCalendarDays(todayDate(), -8)))).toBe(false);
    expect(isWritableDiaryDate(toIsoDate(addCalendarDays(todayDate(), 1)))).toBe(false);
    expect(isWritableDiaryDate("2026-02-30")).toBe(false);
    expect(isWritableDiaryDate("gisteren")).toBe(false);
  });

  it("keeps script text as plain text (rendering escapes it) and stores only filled items", () => {
    const parsed = DiaryEntrySchema.parse({
      childId: id,
      date: today,
      body: "<script>alert(1)</script>",
      eten: " Goed ",
    });
    expect(parsed.body).toBe("<script>alert(1)</script>");
    expect(itemsFrom(parsed)).toEqual({ eten: "Goed" });
    expect(parseItems({ eten: "x", evil: "y", slapen: 3 })).toEqual({ eten: "x" });
    expect(parseItems(null)).toEqual({});
  });
});

describe("messages", () => {
  it("needs a recipient, a subject and a body", () => {
    expect(issues(NewThreadSchema.safeParse({ recipient: "", subject: "", body: " " })).sort()).toEqual(
      ["body:messages.bodyRequired", "recipient:messages.recipientRequired", "subject:messages.subjectRequired"].sort(),
    );
    expect(issues(ReplySchema.safeParse({ threadId: id, body: "x".repeat(4001) }))).toEqual([
      "body:messages.bodyTooLong",
    ]);
    expect(
      issues(NewThreadSchema.safeParse({ recipient: `group:${id}`, subject: "s".repeat(121), body: "hoi" })),
    ).toEqual(["subject:messages.subjectTooLong"]);
  });

  it("parses recipients strictly", () => {
    expect(parseRecipient(`group:${id}`)).toEqual({ type: "group", groupId: id });
    expect(parseRecipient(`family:${id}:${id}`)).toEqual({ type: "family", groupId: id, familyId: id });
    expect(parseRecipient(`broadcast:${id}:extra`)).toBeNull();
    expect(parseRecipient("admin:everything")).toBeNull();
    expect(parseRecipient("")).toBeNull();
  });
});

describe("notification settings", () => {
  it("parses checkboxes and quiet hours", () => {
    expect(
      NotificationSettingsSchema.parse({
        emailMode: "DIGEST",
        notifyMessages: "on",
        quietEnabled: "on",
        quietStart: "21:30",
        quietEnd: "07:00",
      }),
    ).toEqual({
      emailMode: "DIGEST",
      notifyMessages: true,
      notifyDiary: false,
      notifyRequests: false,
      notifyNews: false,
      quietStartMinutes: 21 * 60 + 30,
      quietEndMinutes: 7 * 60,
    });
    expect(
      NotificationSettingsSchema.parse({ emailMode: "IMMEDIATE", quietStart: "nonsense" }).quietStartMinutes,
    ).toBeNull();
  });

  it("explains bad times and modes", () => {
    expect(issues(NotificationSettingsSchema.safeParse({ emailMode: "LOUD" }))).toEqual([
      "emailMode:notifications.modeInvalid",
    ]);
    expect(
      issues(
        NotificationSettingsSchema.safeParse({
          emailMode: "OFF",
          quietEnabled: "on",
          quietStart: "25:00",
          quietEnd: "07:00",
        }),
      ),
    ).toEqual(["quietStart:notifications.timeInvalid"]);
    expect(
      issues(
        NotificationSettingsSchema.safeParse({
          emailMode: "OFF",
          quietEnabled: "on",
          quietStart: "07:00",
          quietEnd: "07:00",
        }),
      ),
    ).toEqual(["quietEnd:notifications.quietSame"]);
  });
});
