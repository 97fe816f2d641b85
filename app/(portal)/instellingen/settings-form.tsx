"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import type { NotificationSettings } from "@/lib/notifications/settings";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { saveNotificationSettings } from "./actions";

const MODES = [
  ["IMMEDIATE", "modeImmediate"],
  ["DIGEST", "modeDigest"],
  ["OFF", "modeOff"],
] as const;

const KINDS = [
  ["notifyMessages", "kindMessages"],
  ["notifyDiary", "kindDiary"],
  ["notifyRequests", "kindRequests"],
  ["notifyNews", "kindNews"],
] as const;

/** Self-contained notification settings (a later profile page can embed it as is). Controlled: errors keep input. */
export function NotificationSettingsForm({ initial }: { initial: NotificationSettings }) {
  const t = useTranslations("notifications");
  const tAll = useTranslations();
  const [state, formAction, pending] = useActionState(saveNotificationSettings, { ok: false });
  const [settings, setSettings] = useState(initial);
  const update = <K extends keyof NotificationSettings>(key: K, value: NotificationSettings[K]) =>
    setSettings((current) => ({ ...current, [key]: value }));
  const errors = (field: "emailMode" | "quietStart" | "quietEnd") =>
    state.fieldErrors?.[field]?.map((key) => tAll(key));
  return (
    <ActionForm action={formAction} className="space-y-6" noValidate>
      {state.message && <Notice tone={state.ok ? "success" : "error"}>{tAll(state.message)}</Notice>}
      <fieldset className="space-y-2">
        <legend className="mb-1 font-semibold text-slate-900">{t("mode")}</legend>
        {MODES.map(([value, label]) => (
          <label key={value} className="flex min-h-11 items-center gap-3">
            <input
              type="radio"
              name="emailMode"
              value={value}
              checked={settings.emailMode === value}
              onChange={() => update("emailMode", value)}
              className="size-5 accent-brand-700"
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="mb-1 font-semibold text-slate-900">{t("kinds")}</legend>
        {KINDS.map(([name, label]) => (
          <label key={name} className="flex min-h-11 items-center gap-3">
            <input
              type="checkbox"
              name={name}
              checked={settings[name]}
              onChange={(event) => update(name, event.target.checked)}
              className="size-5 accent-brand-700"
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="mb-1 font-semibold text-slate-900">{t("quiet")}</legend>
        <label className="flex min-h-11 items-center gap-3">
          <input
            type="checkbox"
            name="quietEnabled"
            checked={settings.quietEnabled}
            onChange={(event) => update("quietEnabled", event.target.checked)}
            className="size-5 accent-brand-700"
          />
          {t("quietEnabled")}
        </label>
        <p className="text-sm text-slate-600">{t("quietHint")}</p>
        {settings.quietEnabled && (
          <div className="grid grid-cols-2 gap-3">
            <TextField
              label={t("quietStart")}
              name="quietStart"
              type="time"
              value={settings.quietStart}
              onChange={(event) => update("quietStart", event.target.value)}
              errors={errors("quietStart")}
            />
            <TextField
              label={t("quietEnd")}
              name="quietEnd"
              type="time"
              value={settings.quietEnd}
              onChange={(event) => update("quietEnd", event.target.value)}
              errors={errors("quietEnd")}
            />
          </div>
        )}
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? "…" : t("save")}
      </Button>
    </ActionForm>
  );
}
