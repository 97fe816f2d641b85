"use server";

import type { ActionState } from "@/lib/action-state";
import { ContactSchema, OwnPhoneSchema, type ContactField } from "@/lib/contacts/schema";
import { addContact, deleteContact, updateOwnPhone } from "@/lib/contacts/mutations";
import { runAction } from "@/lib/forms/run-action";
import { z } from "zod";

// The own phone field is called "ownPhone" because the contact form on the same page has a "phone" field too.
const OwnPhoneFormSchema = z
  .object({ ownPhone: OwnPhoneSchema.shape.phone })
  .transform(({ ownPhone }) => ({ phone: ownPhone }));

export async function savePhoneAction(
  _state: ActionState<"ownPhone">,
  formData: FormData,
): Promise<ActionState<"ownPhone">> {
  return runAction(formData, OwnPhoneFormSchema, {
    input: (values) => ({ ownPhone: values.ownPhone ?? "" }),
    run: (actor, input) => updateOwnPhone(actor, input),
    revalidate: ["/ouder/profiel"],
    success: (_result, input) => ({ message: "profile.phoneSaved", values: { ownPhone: input.phone } }),
  });
}

export async function addContactAction(
  _state: ActionState<ContactField>,
  formData: FormData,
): Promise<ActionState<ContactField>> {
  return runAction(formData, ContactSchema, {
    roles: ["PARENT"],
    run: (actor, input) => addContact(actor, input),
    revalidate: ["/ouder/profiel"],
    success: (_result, input) => ({ message: "contacts.added", messageValues: { name: input.name } }),
    errorFields: { "contacts.childUnknown": "childId" },
  });
}

const DeleteContactSchema = z.object({ id: z.string().default("") });

export async function deleteContactAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, DeleteContactSchema, {
    roles: ["PARENT"],
    run: (actor, input) => deleteContact(actor, input.id),
    revalidate: ["/ouder/profiel"],
    success: "contacts.deleted",
  });
}
