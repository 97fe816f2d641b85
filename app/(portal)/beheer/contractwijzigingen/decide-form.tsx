"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/action-state";
import { HANDLER_NOTE_MAX } from "@/lib/contracts/limits";
import { ActionMessage, useFieldErrors } from "@/components/action-feedback";
import { Button } from "@/components/ui/button";
import { decideChangeAction } from "./actions";

export function DecideChangeForm({ id, childName }: { id: string; childName: string }) {
  const t = useTranslations("contract");
  const [state, formAction, pending] = useActionState(decideChangeAction, { ok: false } as ActionState<
    "note" | "decision"
  >);
  const errorsFor = useFieldErrors(state);
  const noteId = `note-${id}`;
  const noteErrors = errorsFor("note");
  return (
    <form action={formAction} className="mt-3 space-y-3" noValidate>
      <ActionMessage state={state} />
      <input type="hidden" name="id" value={id} />
      {/* Several of these forms share the page, so the field ids carry the request id (the ui Field uses the name). */}
      <div className="space-y-1">
        <label htmlFor={noteId} className="block text-sm font-medium text-slate-700">
          {t("note")}
        </label>
        <textarea
          id={noteId}
          name="note"
          rows={2}
          maxLength={HANDLER_NOTE_MAX}
          defaultValue={state.values?.note}
          aria-invalid={noteErrors ? true : undefined}
          aria-describedby={noteErrors ? `${noteId}-error ${noteId}-hint` : `${noteId}-hint`}
          className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-base text-slate-900 shadow-sm aria-[invalid=true]:border-red-600"
        />
        <p id={`${noteId}-hint`} className="text-sm text-slate-500">
          {t("noteHint")}
        </p>
        {noteErrors?.map((error) => (
          <p key={error} id={`${noteId}-error`} role="alert" className="text-sm font-medium text-red-700">
            {error}
          </p>
        ))}
      </div>
      <div className="flex flex-wrap gap-2">
        <Button
          type="submit"
          name="decision"
          value="HANDLED"
          disabled={pending}
          aria-label={t("handleLabel", { name: childName })}
        >
          {t("handle")}
        </Button>
        <Button
          type="submit"
          name="decision"
          value="DECLINED"
          variant="danger"
          disabled={pending}
          aria-label={t("declineLabel", { name: childName })}
        >
          {t("decline")}
        </Button>
      </div>
    </form>
  );
}
