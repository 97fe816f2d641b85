"use client";

import { useActionState, useEffect, useState, type ChangeEvent } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/action-state";
import { useSubmissionKey } from "@/components/use-submission-key";
import { shrinkImageForUpload } from "./shrink-image";
import { ATTACHMENT_ACCEPT, MAX_ATTACHMENT_BYTES, MESSAGE_BODY_MAX, SUBJECT_MAX } from "@/lib/messages/limits";
import { Button } from "@/components/ui/button";
import { SelectField, TextArea, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

type Field = "recipient" | "subject" | "body" | "attachment";
type Action = (state: ActionState<Field>, formData: FormData) => Promise<ActionState<Field>>;

type Props = {
  action: Action;
  /** Hidden fields, e.g. the thread id. */
  hidden?: Record<string, string>;
  /** New threads: who to write to, and a subject. */
  recipients?: { value: string; label: string }[];
  defaultRecipient?: string;
  withSubject?: boolean;
  bodyLabel?: string;
  submitLabel?: string;
  hint?: string;
  /** The page's key (lib/forms/submission-key.ts newSubmissionKey), so the form sends one without JavaScript too. */
  submissionKey: string;
};

const ALLOWED_TYPES = ["image/jpeg", "image/png", "image/webp", "application/pdf"];

/**
 * Message composer. Text fields are controlled, so nothing typed is lost when the server says no; the attachment
 * is checked here first (type, size) for a quick answer, and again by content on the server.
 */
export function MessageForm({
  action,
  hidden = {},
  recipients,
  defaultRecipient = "",
  withSubject = false,
  bodyLabel,
  submitLabel,
  hint,
  submissionKey: serverKey,
}: Props) {
  const t = useTranslations("messages");
  const tAll = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const [recipient, setRecipient] = useState(defaultRecipient);
  const [subject, setSubject] = useState("");
  const [body, setBody] = useState("");
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  // A double tap or a resend after a lost answer carries the same key: the server writes the message once.
  const submissionKey = useSubmissionKey(state, serverKey);

  useEffect(() => {
    if (state.ok) {
      setSubject("");
      setBody("");
    }
  }, [state]);

  async function onFileChange(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const chosen = input.files?.[0];
    setFileProblem(null);
    if (!chosen) return;
    // A phone photo over the limit is scaled down here first (components/messages/shrink-image.ts).
    const file = await shrinkImageForUpload(chosen, MAX_ATTACHMENT_BYTES);
    if (file !== chosen) {
      const replaced = new DataTransfer();
      replaced.items.add(file);
      input.files = replaced.files;
    }
    const problem =
      file.size > MAX_ATTACHMENT_BYTES
        ? "messages.attachmentTooLarge"
        : file.type && !ALLOWED_TYPES.includes(file.type)
          ? "messages.attachmentType"
          : null;
    if (problem) {
      setFileProblem(problem);
      input.value = "";
    }
  }

  const errors = (field: Field) => {
    const keys = [
      ...(state.fieldErrors?.[field] ?? []),
      ...(field === "attachment" && fileProblem ? [fileProblem] : []),
    ];
    return keys.length ? keys.map((key) => tAll(key)) : undefined;
  };
  const attachmentErrors = errors("attachment");
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {submissionKey && <input type="hidden" name="submissionKey" value={submissionKey} />}
      {state.message && (
        <Notice tone={state.ok ? "success" : "error"}>{tAll(state.message, state.messageValues)}</Notice>
      )}
      {hint && <p className="text-sm text-slate-600">{hint}</p>}
      {recipients && (
        <SelectField
          label={t("recipient")}
          name="recipient"
          value={recipient}
          onChange={(event) => setRecipient(event.target.value)}
          errors={errors("recipient")}
          required
        >
          <option value="">{t("chooseRecipient")}</option>
          {recipients.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
      )}
      {withSubject && (
        <TextField
          label={t("subject")}
          name="subject"
          value={subject}
          maxLength={SUBJECT_MAX}
          onChange={(event) => setSubject(event.target.value)}
          errors={errors("subject")}
          required
        />
      )}
      <TextArea
        label={bodyLabel ?? t("body")}
        name="body"
        rows={4}
        value={body}
        maxLength={MESSAGE_BODY_MAX}
        onChange={(event) => setBody(event.target.value)}
        errors={errors("body")}
        required
      />
      <TextField
        label={t("attachment")}
        name="attachment"
        type="file"
        accept={ATTACHMENT_ACCEPT}
        onChange={onFileChange}
        hint={
          attachmentErrors && state.fieldErrors?.attachment
            ? `${t("attachmentHint")} ${t("attachmentAgain")}`
            : t("attachmentHint")
        }
        errors={attachmentErrors}
      />
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? "…" : (submitLabel ?? t("send"))}
      </Button>
    </form>
  );
}
