"use client";

// Staff tools on a photo's page (issue 18): who is in the photo (tag, untag, "no children"), with the same consent
// markers as the uploader, and when it was taken. Controlled fields: after saving they show what was saved, and an
// error leaves every choice as the user made it. ActionForm (components/ui/action-form.tsx) skips React 19's reset after
// an action, which would untick the DOM checkboxes behind the controlled state (the next save then sent no tags).

import { useActionState, useId, useState } from "react";
import { useTranslations } from "next-intl";
import { ConsentMarker } from "@/components/photos/consent-marker";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import type { ActionState } from "@/lib/action-state";
import { redatePhotoAction, tagPhotoAction } from "./actions";

export type TaggingCandidate = {
  id: string;
  name: string;
  consentPhotograph: boolean;
  consentShareGroup: boolean;
  tagged: boolean;
};

export function PhotoTagEditor({
  photoId,
  candidates,
  noChildren: storedNoChildren,
}: {
  photoId: string;
  candidates: TaggingCandidate[];
  noChildren: boolean;
}) {
  const t = useTranslations();
  const id = useId();
  const [state, formAction, pending] = useActionState(tagPhotoAction, { ok: false } as ActionState);
  const [tags, setTags] = useState(() => candidates.filter((c) => c.tagged).map((c) => c.id));
  const [noChildren, setNoChildren] = useState(storedNoChildren);
  const toggle = (childId: string) =>
    setTags((list) => (list.includes(childId) ? list.filter((x) => x !== childId) : [...list, childId]));
  const refused = candidates.filter((c) => tags.includes(c.id) && !c.consentPhotograph && !c.tagged);
  return (
    <ActionForm action={formAction} className="space-y-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <input type="hidden" name="photoId" value={photoId} />
      <fieldset aria-describedby={`${id}-hint`}>
        <legend className="text-lg font-semibold text-slate-900">{t("photos.tagEditor.title")}</legend>
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {t("photos.tagEditor.hint")}
        </p>
        {candidates.length === 0 ? (
          <p className="mt-2 text-sm text-slate-700">{t("photos.tagEditor.nobodyPlaced")}</p>
        ) : (
          <ul className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {candidates.map((child) => (
              <li key={child.id}>
                <label
                  className={`flex min-h-12 cursor-pointer items-center gap-3 rounded-lg px-3 py-2 ring-1 ring-inset ${tags.includes(child.id) ? "bg-brand-50 ring-brand-700" : "ring-slate-300"}`}
                >
                  <input
                    type="checkbox"
                    name="childIds"
                    value={child.id}
                    className="size-5"
                    checked={tags.includes(child.id)}
                    onChange={() => toggle(child.id)}
                  />
                  <span>
                    <span className="block font-medium">{child.name}</span>
                    <ConsentMarker child={child} />
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
        {tags.length === 0 && (
          <label className="mt-3 flex min-h-11 cursor-pointer items-center gap-3">
            <input
              type="checkbox"
              name="noChildren"
              className="size-5"
              checked={noChildren}
              onChange={(e) => setNoChildren(e.target.checked)}
            />
            <span className="font-medium">{t("photos.tagEditor.noChildren")}</span>
          </label>
        )}
      </fieldset>
      {refused.length > 0 && (
        <p className="text-sm font-medium text-red-800">
          {t("photos.tagEditor.willRefuse", { names: refused.map((c) => c.name).join(", ") })}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {t("photos.tagEditor.save")}
        </Button>
        {state.message && (
          <p
            role={state.ok ? "status" : "alert"}
            className={`text-sm font-medium ${state.ok ? "text-green-800" : "text-red-700"}`}
          >
            {state.ok && state.messageValues?.distribution
              ? t("photos.tagEditor.saved", {
                  distribution: t(`photos.distribution.${state.messageValues.distribution}`),
                })
              : t(state.message, state.messageValues)}
          </p>
        )}
      </div>
    </ActionForm>
  );
}

export function PhotoDateEditor({ photoId, value }: { photoId: string; value: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(redatePhotoAction, { ok: false } as ActionState<"takenAt">);
  const [takenAt, setTakenAt] = useState(value);
  return (
    <ActionForm action={formAction} className="space-y-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <input type="hidden" name="photoId" value={photoId} />
      <TextField
        label={t("photos.dateEditor.label")}
        name="takenAt"
        type="datetime-local"
        value={takenAt}
        onChange={(e) => setTakenAt(e.target.value)}
        required
        hint={t("photos.dateEditor.hint")}
        errors={state.fieldErrors?.takenAt?.map((key) => t(key, state.messageValues))}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {t("photos.dateEditor.save")}
        </Button>
        {state.message && (
          <p
            role={state.ok ? "status" : "alert"}
            className={`text-sm font-medium ${state.ok ? "text-green-800" : "text-red-700"}`}
          >
            {t(state.message, state.messageValues)}
          </p>
        )}
      </div>
    </ActionForm>
  );
}
