"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/authz";
import { fieldErrorsFrom, formValues, stateFromError, type ActionState } from "@/lib/action-state";
import { NewThreadSchema, ReplySchema, type NewThreadField, type ReplyField } from "@/lib/messages/schema";
import { prepareAttachment, type PreparedAttachment } from "@/lib/messages/attachments";
import { postReply, replyPrivatelyToBroadcast, startThread } from "@/lib/messages/mutations";

type Field = NewThreadField;

/** Reads the optional attachment; a problem becomes a field error while everything typed is echoed back. */
async function attachmentFrom(
  formData: FormData,
  values: Partial<Record<Field, string>>,
): Promise<{ state: ActionState<Field> } | { attachment: PreparedAttachment | null }> {
  const result = await prepareAttachment(formData.get("attachment"));
  if ("problem" in result) return { state: { ok: false, fieldErrors: { attachment: [result.problem] }, values } };
  return { attachment: result.attachment };
}

/** New thread: a parent to a group or manager; staff/manager to a family or the whole group. */
export async function startThreadAction(_state: ActionState<Field>, formData: FormData): Promise<ActionState<Field>> {
  const values = formValues(formData) as Partial<Record<Field, string>>;
  let threadId: string;
  try {
    const actor = await requireActor("PARENT", "STAFF", "MANAGER");
    const parsed = NewThreadSchema.safeParse(values);
    if (!parsed.success)
      return { ok: false, message: "errors.INVALID_INPUT", fieldErrors: fieldErrorsFrom(parsed.error), values };
    const file = await attachmentFrom(formData, values);
    if ("state" in file) return file.state;
    ({ threadId } = await startThread(actor, parsed.data, file.attachment));
  } catch (error) {
    return stateFromError(error, values);
  }
  revalidatePath("/berichten");
  redirect(`/berichten/${threadId}`);
}

/** A message in an existing thread (not for parents on a broadcast: see privateReplyAction). */
export async function replyAction(_state: ActionState<Field>, formData: FormData): Promise<ActionState<Field>> {
  const values = formValues(formData) as Partial<Record<Field | "threadId", string>>;
  try {
    const actor = await requireActor("PARENT", "STAFF", "MANAGER");
    const parsed = ReplySchema.safeParse(values);
    if (!parsed.success)
      return {
        ok: false,
        message: "errors.INVALID_INPUT",
        fieldErrors: fieldErrorsFrom<ReplyField>(parsed.error),
        values,
      };
    const file = await attachmentFrom(formData, values);
    if ("state" in file) return file.state;
    await postReply(actor, parsed.data, file.attachment);
    revalidatePath(`/berichten/${parsed.data.threadId}`);
    revalidatePath("/berichten");
    return { ok: true, message: "messages.sent" };
  } catch (error) {
    return stateFromError(error, values);
  }
}

/** A parent answers a broadcast privately; the answer opens in the family's own thread with the group. */
export async function privateReplyAction(_state: ActionState<Field>, formData: FormData): Promise<ActionState<Field>> {
  const values = formValues(formData) as Partial<Record<Field | "threadId", string>>;
  let threadId: string;
  try {
    const actor = await requireActor("PARENT");
    const parsed = ReplySchema.safeParse(values);
    if (!parsed.success)
      return {
        ok: false,
        message: "errors.INVALID_INPUT",
        fieldErrors: fieldErrorsFrom<ReplyField>(parsed.error),
        values,
      };
    const file = await attachmentFrom(formData, values);
    if ("state" in file) return file.state;
    ({ threadId } = await replyPrivatelyToBroadcast(
      actor,
      { broadcastId: parsed.data.threadId, body: parsed.data.body, submissionKey: parsed.data.submissionKey },
      file.attachment,
    ));
  } catch (error) {
    return stateFromError(error, values);
  }
  revalidatePath("/berichten");
  redirect(`/berichten/${threadId}`);
}
