"use client";

// The group day sheet (issue 18): pick the children, pick the item, tap a chip or type; each child's schriftje gets
// it. Controlled, submitted without React's form reset (a refused save keeps the choices); after a save the children
// stay picked for the next item, the text clears.
import { useActionState, useEffect, useId, useState } from "react";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useSubmissionKey } from "@/components/use-submission-key";
import type { ActionState } from "@/lib/action-state";
import { DIARY_ITEM_KEYS, DIARY_ITEM_MAX, type DiaryItemKey } from "@/lib/diary/limits";
import { addActivity } from "@/components/diary/diary-entry-form";
import { saveGroupDiaryAction } from "../actions";

type Field = "childIds" | "date" | "item" | "value";
export type SheetChild = { id: string; name: string; here: boolean };

export function DaySheetForm({ pupils, date }: { pupils: SheetChild[]; date: string }) {
  const t = useTranslations("diary");
  const tAll = useTranslations();
  const id = useId();
  const [state, formAction, pending] = useActionState(saveGroupDiaryAction, { ok: false } as ActionState<Field>);
  const submissionKey = useSubmissionKey(state);
  const [picked, setPicked] = useState<string[]>([]);
  const [item, setItem] = useState<DiaryItemKey>("eten");
  const [value, setValue] = useState("");
  useEffect(() => {
    if (state.ok) setValue("");
  }, [state]);
  const toggle = (childId: string) =>
    setPicked((list) => (list.includes(childId) ? list.filter((x) => x !== childId) : [...list, childId]));
  const errors = (field: Field) => state.fieldErrors?.[field]?.map((key) => tAll(key));
  const here = pupils.filter((c) => c.here).map((c) => c.id);
  return (
    <ActionForm action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="date" value={date} />
      {submissionKey && <input type="hidden" name="submissionKey" value={submissionKey} />}
      {state.message && (
        <Notice tone={state.ok ? "success" : "error"}>{tAll(state.message, state.messageValues)}</Notice>
      )}
      <fieldset className="space-y-2">
        <legend className="text-lg font-semibold text-slate-900">{t("sheet.children")}</legend>
        <div className="flex flex-wrap gap-2">
          {here.length > 0 && (
            <Button type="button" variant="secondary" onClick={() => setPicked(here)}>
              {t("sheet.allHere", { count: here.length })}
            </Button>
          )}
          <Button type="button" variant="secondary" onClick={() => setPicked([])}>
            {t("sheet.none")}
          </Button>
        </div>
        <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {pupils.map((child) => (
            <li key={child.id}>
              <label
                className={`flex min-h-12 cursor-pointer items-center gap-3 rounded-lg px-3 py-2 ring-1 ring-inset ${picked.includes(child.id) ? "bg-brand-50 ring-brand-700" : "ring-slate-300"}`}
              >
                <input
                  type="checkbox"
                  name="childIds"
                  value={child.id}
                  checked={picked.includes(child.id)}
                  onChange={() => toggle(child.id)}
                  className="size-5"
                />
                <span className="font-medium">{child.name}</span>
                {child.here && <span className="text-xs text-green-800">{t("sheet.here")}</span>}
              </label>
            </li>
          ))}
        </ul>
        {errors("childIds")?.map((message) => (
          <p key={message} role="alert" className="text-sm font-medium text-red-700">
            {message}
          </p>
        ))}
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="text-lg font-semibold text-slate-900">{t("sheet.item")}</legend>
        <div className="flex flex-wrap gap-2">
          {DIARY_ITEM_KEYS.map((key) => (
            <label
              key={key}
              className={`flex min-h-11 cursor-pointer items-center gap-2 rounded-full px-4 ring-1 ring-inset ${item === key ? "bg-brand-700 text-white ring-brand-700" : "bg-white text-brand-800 ring-brand-700/30"}`}
            >
              <input
                type="radio"
                name="item"
                value={key}
                checked={item === key}
                onChange={() => {
                  setItem(key);
                  setValue("");
                }}
                className="sr-only"
              />
              {t(`items.${key}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="space-y-2">
        <label htmlFor={`${id}-value`} className="block text-sm font-medium text-slate-700">
          {t(`items.${item}`)}
        </label>
        <input
          id={`${id}-value`}
          name="value"
          value={value}
          maxLength={DIARY_ITEM_MAX}
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={errors("value")?.length ? true : undefined}
          aria-describedby={errors("value")?.length ? `${id}-value-error` : undefined}
          className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-base"
        />
        {errors("value")?.map((message) => (
          <p key={message} id={`${id}-value-error`} role="alert" className="text-sm font-medium text-red-700">
            {message}
          </p>
        ))}
        <div role="group" aria-label={`${t("templates")}: ${t(`items.${item}`)}`} className="flex flex-wrap gap-2">
          {(t.raw(`presets.${item}`) as string[]).map((option) => (
            <button
              key={option}
              type="button"
              onClick={() => setValue((current) => (item === "activiteiten" ? addActivity(current, option) : option))}
              aria-label={`${t(`items.${item}`)}: ${option}`}
              className="min-h-11 rounded-full bg-white px-3 text-sm text-brand-800 ring-1 ring-brand-700/30 hover:bg-brand-50"
            >
              {option}
            </button>
          ))}
        </div>
      </div>
      <Button type="submit" disabled={pending}>
        {t("sheet.save", { count: picked.length })}
      </Button>
    </ActionForm>
  );
}
