"use client";

import { useActionState, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/action-state";
import { DOCUMENT_CATEGORIES, DOCUMENT_MAX_BYTES, DOCUMENT_TITLE_MAX } from "@/lib/documents/limits";
import type { UploadDocumentField } from "@/lib/documents/schema";
import { ActionMessage, useFieldErrors } from "@/components/action-feedback";
import { useSubmissionKey } from "@/components/use-submission-key";
import { Button } from "@/components/ui/button";
import { Field, SelectField, TextField } from "@/components/ui/field";
import { uploadDocumentAction } from "./actions";

const initial: ActionState<UploadDocumentField> = { ok: false };

export function UploadDocumentForm({ submissionKey: serverKey }: { submissionKey: string }) {
  const t = useTranslations("documents");
  const [state, formAction, pending] = useActionState(uploadDocumentAction, initial);
  const errorsFor = useFieldErrors(state);
  // A double tap or a resend after a lost answer carries the same key: the server stores the document once.
  const submissionKey = useSubmissionKey(state, serverKey);
  // Checked in the browser too: a file over the server-action body limit would never reach our own validation.
  const [tooLarge, setTooLarge] = useState(false);
  const fileErrors = tooLarge ? [t("fileTooLarge")] : errorsFor("file");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const file = new FormData(event.currentTarget).get("file");
    const over = file instanceof File && file.size > DOCUMENT_MAX_BYTES;
    setTooLarge(over);
    if (over) event.preventDefault();
  }

  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-4" noValidate>
      {submissionKey && <input type="hidden" name="submissionKey" value={submissionKey} />}
      <ActionMessage state={state} />
      <TextField
        label={t("fieldFamily")}
        name="debiteurnummer"
        inputMode="numeric"
        autoComplete="off"
        defaultValue={state.values?.debiteurnummer}
        errors={errorsFor("debiteurnummer")}
        required
      />
      <TextField
        label={t("fieldTitle")}
        name="title"
        placeholder={t("titlePlaceholder")}
        maxLength={DOCUMENT_TITLE_MAX}
        defaultValue={state.values?.title}
        errors={errorsFor("title")}
        required
      />
      <SelectField
        label={t("fieldCategory")}
        name="category"
        defaultValue={state.values?.category ?? "JAAROPGAVE"}
        errors={errorsFor("category")}
        key={state.values?.category}
      >
        {DOCUMENT_CATEGORIES.map((category) => (
          <option key={category} value={category}>
            {t(`category${category}`)}
          </option>
        ))}
      </SelectField>
      <Field label={t("fieldFile")} name="file" errors={fileErrors} hint={t("fileHint")}>
        <input
          id="file"
          name="file"
          type="file"
          accept="application/pdf,.pdf"
          required
          aria-invalid={fileErrors?.length ? true : undefined}
          aria-describedby={fileErrors?.length ? "file-error file-hint" : "file-hint"}
          className="block w-full text-base file:mr-3 file:min-h-11 file:rounded-lg file:border-0 file:bg-brand-50 file:px-4 file:text-brand-800"
        />
      </Field>
      <Button type="submit" disabled={pending}>
        {t("upload")}
      </Button>
    </form>
  );
}
