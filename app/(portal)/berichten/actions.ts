"use server";

// Messages: each action is one runAction call; the optional attachment is read by a parse step (its problem is a
// field error while everything typed is echoed back); a new thread or private reply opens the thread it made.
import type { ActionState } from "@/lib/action-state";
import type { Parsed } from "@/lib/forms/run-action";
import { runAction } from "@/lib/forms/run-action";
import { NewThreadSchema, ReplySchema, type NewThreadField } from "@/lib/messages/schema";
import { prepareAttachment, type PreparedAttachment } from "@/lib/messages/attachments";
import { postReply, replyPrivatelyToBroadcast, startThread } from "@/lib/messages/mutations";

type Field = NewThreadField;

/** Reads the optional attachment. */
async function attachmentFrom(formData: FormData): Promise<Parsed<Field, PreparedAttachment | null>> {
  const result = await prepareAttachment(formData.get("attachment"));
  if ("problem" in result) return { ok: false, fieldErrors: { attachment: [result.problem] } };
  return { ok: true, value: result.attachment };
}

/** New thread: a parent to a group or manager; staff/manager to a family or the whole group. */
export async function startThreadAction(_state: ActionState<Field>, formData: FormData): Promise<ActionState<Field>> {
  return runAction<typeof NewThreadSchema, { threadId: string }, Field, PreparedAttachment | null>(
    formData,
    NewThreadSchema,
    {
      roles: ["PARENT", "STAFF", "MANAGER"],
      parse: attachmentFrom,
      run: (actor, input, attachment) => startThread(actor, input, attachment),
      revalidate: ["/berichten"],
      success: "messages.sent",
      redirect: ({ threadId }) => `/berichten/${threadId}`,
    },
  );
}

/** A message in an existing thread (not for parents on a broadcast: see privateReplyAction). */
export async function replyAction(_state: ActionState<Field>, formData: FormData): Promise<ActionState<Field>> {
  return runAction<typeof ReplySchema, unknown, Field, PreparedAttachment | null>(formData, ReplySchema, {
    roles: ["PARENT", "STAFF", "MANAGER"],
    parse: attachmentFrom,
    run: (actor, input, attachment) => postReply(actor, input, attachment),
    revalidate: (_result, input) => [`/berichten/${input.threadId}`, "/berichten"],
    success: "messages.sent",
  });
}

/** A parent answers a broadcast privately; the answer opens in the family's own thread with the group. */
export async function privateReplyAction(_state: ActionState<Field>, formData: FormData): Promise<ActionState<Field>> {
  return runAction<typeof ReplySchema, { threadId: string }, Field, PreparedAttachment | null>(formData, ReplySchema, {
    roles: ["PARENT"],
    parse: attachmentFrom,
    run: (actor, input, attachment) =>
      replyPrivatelyToBroadcast(
        actor,
        { broadcastId: input.threadId, body: input.body, submissionKey: input.submissionKey },
        attachment,
      ),
    revalidate: ["/berichten"],
    success: "messages.sent",
    redirect: ({ threadId }) => `/berichten/${threadId}`,
  });
}
