"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/authz";
import { formValues, stateFromError, type ActionState } from "@/lib/action-state";
import { isAppError } from "@/lib/errors";
import { checkIn, checkOut, undoPresence } from "@/lib/presence/mutations";
import { CheckInSchema, CheckOutSchema } from "@/lib/presence/schema";

type Field = "time" | "pickedUpBy";

/** DAL errors with their own key (presence.errors.*) keep it; what was typed comes back. */
function presenceState(error: unknown, values: Partial<Record<Field, string>>): ActionState<Field> {
  if (isAppError(error) && error.messageKey.startsWith("presence.errors."))
    return { ok: false, message: error.messageKey, values };
  return stateFromError(error, values);
}

const revalidate = () => {
  revalidatePath("/groep/aanwezigheid");
  revalidatePath("/groep/aanwezig");
  revalidatePath("/ouder");
};

/** Check a child in (now, or at a typed time). Staff of the group and managers of its location (lib/presence). */
export async function checkInAction(_state: ActionState<Field>, formData: FormData): Promise<ActionState<Field>> {
  const values = formValues(formData);
  const parsed = CheckInSchema.safeParse(values);
  if (!parsed.success) return { ok: false, message: "presence.errors.time", values };
  try {
    const actor = await requireActor("STAFF", "MANAGER");
    await checkIn(actor, parsed.data);
  } catch (error) {
    return presenceState(error, values);
  }
  revalidate();
  return { ok: true, message: "presence.checkedIn", messageValues: { name: values.childName ?? "" } };
}

/** Check a child out, with who collected the child. */
export async function checkOutAction(_state: ActionState<Field>, formData: FormData): Promise<ActionState<Field>> {
  const values = formValues(formData);
  const parsed = CheckOutSchema.safeParse(values);
  if (!parsed.success)
    return { ok: false, message: parsed.error.issues[0]?.message ?? "presence.errors.pickedUpBy", values };
  try {
    const actor = await requireActor("STAFF", "MANAGER");
    await checkOut(actor, parsed.data);
  } catch (error) {
    return presenceState(error, values);
  }
  revalidate();
  return { ok: true, message: "presence.checkedOut", messageValues: { name: values.childName ?? "" } };
}

/** Undo a mistaken tap: the check-out, or the check-in when the child is not out yet. */
export async function undoPresenceAction(_state: ActionState<Field>, formData: FormData): Promise<ActionState<Field>> {
  const values = formValues(formData);
  const parsed = CheckInSchema.safeParse(values);
  if (!parsed.success) return { ok: false, message: "errors.NOT_FOUND" };
  try {
    const actor = await requireActor("STAFF", "MANAGER");
    const undone = await undoPresence(actor, parsed.data);
    revalidate();
    return { ok: true, message: `presence.${undone}`, messageValues: { name: values.childName ?? "" } };
  } catch (error) {
    return presenceState(error, values);
  }
}
