"use server";

import type { ActionState } from "@/lib/action-state";
import { runAction } from "@/lib/forms/run-action";
import { NotificationSettingsSchema, type NotificationSettingsField } from "@/lib/notifications/schema";
import { updateNotificationSettings } from "@/lib/notifications/settings";

/** Saves the signed-in user's own notification settings (any role). */
export async function saveNotificationSettings(
  _state: ActionState<NotificationSettingsField>,
  formData: FormData,
): Promise<ActionState<NotificationSettingsField>> {
  return runAction(formData, NotificationSettingsSchema, {
    run: (actor, input) => updateNotificationSettings(actor, input),
    revalidate: ["/instellingen"],
    success: "notifications.saved",
  });
}
