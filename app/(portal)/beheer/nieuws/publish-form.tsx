"use client";

import { useActionState, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/action-state";
import { NEWS_ATTACHMENT_MAX_BYTES, NEWS_BODY_MAX, NEWS_TITLE_MAX } from "@/lib/news/limits";
import type { PublishNewsField } from "@/lib/news/schema";
import { ActionMessage, useFieldErrors } from "@/components/action-feedback";
import { useSubmissionKey } from "@/components/use-submission-key";
import { Button } from "@/components/ui/button";
import { Field, SelectField, TextArea, TextField } from "@/components/ui/field";
import { publishNewsAction } from "./actions";

const initial: ActionState<PublishNewsField> = { ok: false };

export function PublishNewsForm({
  locations,
  submissionKey: serverKey,
}: {
  locations: { id: string; name: string }[];
  /** Rendered by the page, so the form sends a key without JavaScript too. */
  submissionKey: string;
}) {
  const t = useTranslations("news");
  const [state, formAction, pending] = useActionState(publishNewsAction, initial);
  const errorsFor = useFieldErrors(state);
  // A double tap or a resend after a lost answer carries the same key: the server publishes the item once.
  const submissionKey = useSubmissionKey(state, serverKey);
  const values = state.ok ? {} : (state.values ?? {});
  // Checked in the browser too: a file over the server-action body limit would never reach our own validation.
  const [tooLarge, setTooLarge] = useState(false);
  const attachmentErrors = tooLarge ? [t("attachmentTooLarge")] : errorsFor("attachment");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const file = new FormData(event.currentTarget).get("attachment");
    const over = file instanceof File && file.size > NEWS_ATTACHMENT_MAX_BYTES;
    setTooLarge(over);
    if (over) event.preventDefault();
  }

  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-4" noValidate>
      {submissionKey && <input type="hidden" name="submissionKey" value={submissionKey} />}
      <ActionMessage state={state} />
      <TextField
        label={t("fieldTitle")}
        name="title"
        maxLength={NEWS_TITLE_MAX}
        defaultValue={values.title}
        errors={errorsFor("title")}
        required
      />
      <TextArea
        label={t("fieldBody")}
        name="body"
        rows={6}
        maxLength={NEWS_BODY_MAX}
        defaultValue={values.body}
        errors={errorsFor("body")}
        required
      />
      <SelectField
        label={t("fieldLocation")}
        name="locationId"
        defaultValue={values.locationId ?? ""}
        errors={errorsFor("locationId")}
        key={values.locationId}
      >
        <option value="">{t("wholeOrganisation")}</option>
        {locations.map((location) => (
          <option key={location.id} value={location.id}>
            {location.name}
          </option>
        ))}
      </SelectField>
      <Field label={t("fieldAttachment")} name="attachment" errors={attachmentErrors} hint={t("attachmentHint")}>
        <input
          id="attachment"
          name="attachment"
          type="file"
          accept="image/jpeg,image/png,image/webp,application/pdf"
          aria-invalid={attachmentErrors?.length ? true : undefined}
          aria-describedby={attachmentErrors?.length ? "attachment-error attachment-hint" : "attachment-hint"}
          className="block w-full text-base file:mr-3 file:min-h-11 file:rounded-lg file:border-0 file:bg-brand-50 file:px-4 file:text-brand-800"
        />
      </Field>
      <Button type="submit" disabled={pending}>
        {t("publish")}
      </Button>
    </form>
  );
}
