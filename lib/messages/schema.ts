// Message input, shared by the forms and the actions. Messages are i18n keys.
import { z } from "zod";
import { submissionKeyField as submissionKey } from "../forms/submission-key";
import { MESSAGE_BODY_MAX, SUBJECT_MAX } from "./limits";
export * from "./limits";

const body = z.string().trim().min(1, "messages.bodyRequired").max(MESSAGE_BODY_MAX, "messages.bodyTooLong");

/**
 * Who a new thread goes to, encoded in one form value:
 *   group:<groupId>              parent -> the group of their child
 *   manager:<locationId>         parent -> the location manager
 *   family:<groupId>:<familyId>  staff/manager -> one family of the group
 *   broadcast:<groupId>          staff/manager -> all families of the group
 */
export type Recipient =
  | { type: "group"; groupId: string }
  | { type: "manager"; locationId: string }
  | { type: "family"; groupId: string; familyId: string }
  | { type: "broadcast"; groupId: string };

export function parseRecipient(value: string): Recipient | null {
  const [type, a, b] = value.split(":");
  if (type === "group" && a && !b) return { type, groupId: a };
  if (type === "manager" && a && !b) return { type, locationId: a };
  if (type === "family" && a && b) return { type, groupId: a, familyId: b };
  if (type === "broadcast" && a && !b) return { type, groupId: a };
  return null;
}

export const NewThreadSchema = z.object({
  recipient: z.string().transform((value, ctx) => {
    const parsed = parseRecipient(value);
    if (!parsed) {
      ctx.addIssue({ code: "custom", message: "messages.recipientRequired" });
      return z.NEVER;
    }
    return parsed;
  }),
  subject: z.string().trim().min(1, "messages.subjectRequired").max(SUBJECT_MAX, "messages.subjectTooLong"),
  body,
  submissionKey,
});
export type NewThreadInput = z.output<typeof NewThreadSchema>;
export type NewThreadField = "recipient" | "subject" | "body" | "attachment";

export const ReplySchema = z.object({ threadId: z.string(), body, submissionKey });
export type ReplyInput = z.output<typeof ReplySchema>;
export type ReplyField = "body" | "attachment";
