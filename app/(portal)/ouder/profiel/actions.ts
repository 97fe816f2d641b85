"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/authz";
import { fieldErrorsFrom, formValues, stateFromError, type ActionState } from "@/lib/action-state";
import { isAppError } from "@/lib/errors";
import { ContactSchema, OwnPhoneSchema, type ContactField } from "@/lib/contacts/schema";
import { addContact, deleteContact, updateOwnPhone } from "@/lib/contacts/mutations";

// The own phone field is called "ownPhone" because the contact form on the same page has a "phone" field too.
export async function savePhoneAction(
  _state: ActionState<"ownPhone">,
  formData: FormData,
): Promise<ActionState<"ownPhone">> {
  const values = { ownPhone: String(formData.get("ownPhone") ?? "") };
  try {
    const actor = await requireActor();
    const parsed = OwnPhoneSchema.safeParse({ phone: values.ownPhone });
    if (!parsed.success)
      return { ok: false, fieldErrors: { ownPhone: parsed.error.issues.map((issue) => issue.message) }, values };
    await updateOwnPhone(actor, parsed.data);
    revalidatePath("/ouder/profiel");
    return { ok: true, message: "profile.phoneSaved", values: { ownPhone: parsed.data.phone } };
  } catch (error) {
    return stateFromError(error, values);
  }
}

export async function addContactAction(
  _state: ActionState<ContactField>,
  formData: FormData,
): Promise<ActionState<ContactField>> {
  const values = formValues(formData) as Partial<Record<ContactField, string>>;
  try {
    const actor = await requireActor("PARENT");
    const parsed = ContactSchema.safeParse(values);
    if (!parsed.success)
      return {
        ok: false,
        message: "errors.INVALID_INPUT",
        fieldErrors: fieldErrorsFrom<ContactField>(parsed.error),
        values,
      };
    await addContact(actor, parsed.data);
    revalidatePath("/ouder/profiel");
    return { ok: true, message: "contacts.added", messageValues: { name: parsed.data.name } };
  } catch (error) {
    if (isAppError(error) && error.messageKey === "contacts.childUnknown")
      return { ok: false, fieldErrors: { childId: [error.messageKey] }, values };
    if (isAppError(error) && error.messageKey === "contacts.tooMany")
      return { ok: false, message: error.messageKey, values };
    return stateFromError(error, values);
  }
}

export async function deleteContactAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const actor = await requireActor("PARENT");
    await deleteContact(actor, String(formData.get("id") ?? ""));
    revalidatePath("/ouder/profiel");
    return { ok: true, message: "contacts.deleted" };
  } catch (error) {
    return stateFromError(error);
  }
}
