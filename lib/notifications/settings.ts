// A user's own notification settings. Only ever the signed-in user's row: the where is the session user's id.
import "server-only";
import { prisma } from "../db";
import type { SessionUser } from "../authz";
import { clockFromMinutes } from "../time";
import type { NotificationSettingsInput } from "./schema";

export type NotificationSettings = {
  emailMode: "IMMEDIATE" | "DIGEST" | "OFF";
  notifyMessages: boolean;
  notifyDiary: boolean;
  notifyRequests: boolean;
  notifyNews: boolean;
  quietEnabled: boolean;
  quietStart: string;
  quietEnd: string;
};

export async function getNotificationSettings(user: SessionUser): Promise<NotificationSettings> {
  const row = await prisma.user.findUniqueOrThrow({
    where: { id: user.id },
    select: {
      emailMode: true,
      notifyMessages: true,
      notifyDiary: true,
      notifyRequests: true,
      notifyNews: true,
      quietStartMinutes: true,
      quietEndMinutes: true,
    },
  });
  const quietEnabled = row.quietStartMinutes !== null && row.quietEndMinutes !== null;
  return {
    emailMode: row.emailMode,
    notifyMessages: row.notifyMessages,
    notifyDiary: row.notifyDiary,
    notifyRequests: row.notifyRequests,
    notifyNews: row.notifyNews,
    quietEnabled,
    // Suggest 21:00-07:00 when quiet hours are off, so switching them on is one tap.
    quietStart: quietEnabled ? clockFromMinutes(row.quietStartMinutes) : "21:00",
    quietEnd: quietEnabled ? clockFromMinutes(row.quietEndMinutes) : "07:00",
  };
}

export async function updateNotificationSettings(user: SessionUser, input: NotificationSettingsInput): Promise<void> {
  await prisma.user.update({
    where: { id: user.id },
    data: {
      emailMode: input.emailMode,
      notifyMessages: input.notifyMessages,
      notifyDiary: input.notifyDiary,
      notifyRequests: input.notifyRequests,
      notifyNews: input.notifyNews,
      quietStartMinutes: input.quietStartMinutes,
      quietEndMinutes: input.quietEndMinutes,
    },
  });
}
