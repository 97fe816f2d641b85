"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/authz";
import { fieldErrorsFrom, formValues, stateFromError, type ActionState } from "@/lib/action-state";
import { NotificationSettingsSchema, type NotificationSettingsField } from "@/lib/notifications/schema";
import { updateNotificationSettings } from "@/lib/notifications/settings";

/** Saves the signed-in user's own notification settings (any role). */
export async function saveNotificationSettings(
  _state: ActionState<NotificationSettingsField>,
  formData: FormData,
): Promise<ActionState<NotificationSettingsField>> {
  const values = formValues(formData) as Partial<Record<NotificationSettingsField, string>>;
  try {
    const actor = await requireActor();
    const parsed = NotificationSettingsSchema.safeParse(values);
    if (!parsed.success)
      return { ok: false, message: "errors.INVALID_INPUT", fieldErrors: fieldErrorsFrom(parsed.error), values };
    await updateNotificationSettings(actor, parsed.data);
    revalidatePath("/instellingen");
    return { ok: true, message: "notifications.saved" };
  } catch (error) {
    return stateFromError(error, values);
  }
}
