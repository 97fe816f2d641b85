"use client";

import { useActionState, useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/action-state";
import { useSubmissionKey } from "@/components/use-submission-key";
import {
  DIARY_BODY_MAX,
  DIARY_ITEM_KEYS,
  DIARY_ITEM_MAX,
  DIARY_PHOTOS_MAX,
  type DiaryItemKey,
} from "@/lib/diary/limits";
import type { DiaryEntryField } from "@/lib/diary/schema";
import { Button } from "@/components/ui/button";
import { TextArea, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

type Props = {
  action: (state: ActionState<DiaryEntryField>, formData: FormData) => Promise<ActionState<DiaryEntryField>>;
  childId: string;
  today: string;
  /** The date the form starts with (today unless the staff overview chose another day). */
  defaultDate?: string;
  minDate: string;
  /** Staff get the structured items and quick chips; parents a plain note. */
  variant: "staff" | "parent";
  /** Staff: recent photos of the child that can go with the entry. */
  photoCandidates?: { id: string; thumbUrl: string; caption: string }[];
  /** Staff: after a save, "volgende kind" goes to the next child present (issue 18). */
  next?: { href: string; name: string } | null;
  /** The page's key (lib/forms/submission-key.ts newSubmissionKey), so the form sends one without JavaScript too. */
  submissionKey: string;
};

/** Activity chips add up ("Buitenspelen, Verven"); a chip already there is not added twice. */
export function addActivity(current: string, text: string): string {
  const parts = current
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.includes(text) ? parts.join(", ") : [...parts, text].join(", ");
}

type Fields = Record<"body" | DiaryItemKey, string>;
const emptyFields = (): Fields => ({ body: "", eten: "", drinken: "", slapen: "", verschonen: "", activiteiten: "" });

/** Schriftje entry form. Controlled fields, so a failed save keeps everything typed; a successful one clears it. */
export function DiaryEntryForm({
  action,
  childId,
  today,
  defaultDate,
  minDate,
  variant,
  photoCandidates = [],
  next = null,
  submissionKey: serverKey,
}: Props) {
  const t = useTranslations("diary");
  const tAll = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const [fields, setFields] = useState<Fields>(emptyFields);
  const set = (key: keyof Fields, value: string) => setFields((current) => ({ ...current, [key]: value }));
  const [photoIds, setPhotoIds] = useState<string[]>([]);
  // A double tap or a resend after a lost answer carries the same key: the server writes the entry once.
  const submissionKey = useSubmissionKey(state, serverKey);
  const togglePhoto = (id: string) =>
    setPhotoIds((current) => (current.includes(id) ? current.filter((p) => p !== id) : [...current, id]));

  useEffect(() => {
    if (state.ok) {
      setFields(emptyFields());
      setPhotoIds([]);
    }
  }, [state]);

  const errors = (field: DiaryEntryField) => state.fieldErrors?.[field]?.map((key) => tAll(key));
  const bodyPresets = t.raw("bodyPresets") as string[];
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="childId" value={childId} />
      {submissionKey && <input type="hidden" name="submissionKey" value={submissionKey} />}
      {state.message && (
        <Notice tone={state.ok ? "success" : "error"}>{tAll(state.message, state.messageValues)}</Notice>
      )}
      {state.ok && next && (
        <a
          href={next.href}
          className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 font-medium text-white hover:bg-brand-800"
        >
          {t("nextChild", { name: next.name })}
        </a>
      )}
      <TextField
        label={t("date")}
        name="date"
        type="date"
        defaultValue={state.values?.date ?? defaultDate ?? today}
        min={minDate}
        max={today}
        errors={errors("date")}
        required
      />
      <div className="space-y-2">
        <TextArea
          label={variant === "staff" ? t("body") : t("bodyParent")}
          name="body"
          rows={variant === "staff" ? 4 : 3}
          maxLength={DIARY_BODY_MAX}
          value={fields.body}
          onChange={(event) => set("body", event.target.value)}
          errors={errors("body")}
          hint={variant === "parent" ? t("ownHint") : undefined}
        />
        {variant === "staff" && (
          <Chips
            label={t("templates")}
            options={bodyPresets}
            onPick={(text) => set("body", fields.body ? `${fields.body} ${text}` : text)}
            addLabel={(text) => t("chipAdd", { text })}
          />
        )}
      </div>
      {variant === "staff" && (
        <fieldset className="space-y-4 rounded-xl bg-slate-50 p-3 ring-1 ring-slate-200">
          <legend className="px-1 text-sm font-semibold text-slate-700">{t("itemsLegend")}</legend>
          {DIARY_ITEM_KEYS.map((key) => (
            <div key={key} className="space-y-2">
              <TextField
                label={t(`items.${key}`)}
                name={key}
                maxLength={DIARY_ITEM_MAX}
                value={fields[key]}
                onChange={(event) => set(key, event.target.value)}
                errors={errors(key)}
              />
              <Chips
                label={`${t("templates")}: ${t(`items.${key}`)}`}
                options={t.raw(`presets.${key}`) as string[]}
                onPick={(text) => set(key, key === "activiteiten" ? addActivity(fields[key], text) : text)}
                addLabel={(text) => `${t(`items.${key}`)}: ${text}`}
              />
            </div>
          ))}
        </fieldset>
      )}
      {variant === "staff" && photoCandidates.length > 0 && (
        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold text-slate-700">{t("photosLegend")}</legend>
          <p className="text-sm text-slate-500">{t("photosHint", { max: DIARY_PHOTOS_MAX })}</p>
          <ul className="grid grid-cols-3 gap-2 sm:grid-cols-4">
            {photoCandidates.map((photo) => (
              <li key={photo.id}>
                <label
                  className={`block cursor-pointer overflow-hidden rounded-lg ring-2 has-focus-visible:outline-3 has-focus-visible:outline-brand-600 ${photoIds.includes(photo.id) ? "ring-brand-700" : "ring-transparent"}`}
                >
                  <input
                    type="checkbox"
                    name="photoIds"
                    value={photo.id}
                    checked={photoIds.includes(photo.id)}
                    onChange={() => togglePhoto(photo.id)}
                    className="sr-only"
                  />
                  {/* eslint-disable-next-line @next/next/no-img-element -- private image via the auth-checked route */}
                  <img
                    src={photo.thumbUrl}
                    alt={photo.caption || t("photoAlt")}
                    className="aspect-square w-full object-cover"
                    loading="lazy"
                  />
                </label>
              </li>
            ))}
          </ul>
          {errors("photoIds")?.map((message) => (
            <p key={message} className="text-sm font-medium text-red-700" role="alert">
              {message}
            </p>
          ))}
        </fieldset>
      )}
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? "…" : t("save")}
      </Button>
    </form>
  );
}

/** Quick chips: one tap fills a field (tablet-friendly, 44px targets). */
function Chips({
  label,
  options,
  onPick,
  addLabel,
}: {
  label: string;
  options: string[];
  onPick: (text: string) => void;
  addLabel: (text: string) => string;
}) {
  return (
    <div role="group" aria-label={label} className="flex flex-wrap gap-2">
      {options.map((option) => (
        <button
          key={option}
          type="button"
          onClick={() => onPick(option)}
          aria-label={addLabel(option)}
          className="min-h-11 rounded-full bg-white px-3 text-sm text-brand-800 ring-1 ring-brand-700/30 hover:bg-brand-50"
        >
          {option}
        </button>
      ))}
    </div>
  );
}
