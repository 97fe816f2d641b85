// The notification settings form, shared by the form and the action. Messages are i18n keys.
import { z } from "zod";
import { minutesFromClock } from "../time";

const checkbox = z.preprocess((value) => value === "on" || value === "true", z.boolean());

export const NotificationSettingsSchema = z
  .object({
    emailMode: z.enum(["IMMEDIATE", "DIGEST", "OFF"], { message: "notifications.modeInvalid" }),
    notifyMessages: checkbox,
    notifyDiary: checkbox,
    notifyRequests: checkbox,
    notifyNews: checkbox,
    quietEnabled: checkbox,
    quietStart: z.string().default(""),
    quietEnd: z.string().default(""),
  })
  .superRefine((value, ctx) => {
    if (!value.quietEnabled) return;
    const start = minutesFromClock(value.quietStart);
    const end = minutesFromClock(value.quietEnd);
    if (start === null) ctx.addIssue({ code: "custom", path: ["quietStart"], message: "notifications.timeInvalid" });
    if (end === null) ctx.addIssue({ code: "custom", path: ["quietEnd"], message: "notifications.timeInvalid" });
    if (start !== null && start === end)
      ctx.addIssue({ code: "custom", path: ["quietEnd"], message: "notifications.quietSame" });
  })
  .transform((value) => ({
    emailMode: value.emailMode,
    notifyMessages: value.notifyMessages,
    notifyDiary: value.notifyDiary,
    notifyRequests: value.notifyRequests,
    notifyNews: value.notifyNews,
    quietStartMinutes: value.quietEnabled ? minutesFromClock(value.quietStart) : null,
    quietEndMinutes: value.quietEnabled ? minutesFromClock(value.quietEnd) : null,
  }));

export type NotificationSettingsInput = z.output<typeof NotificationSettingsSchema>;
export type NotificationSettingsField = "emailMode" | "quietStart" | "quietEnd";
