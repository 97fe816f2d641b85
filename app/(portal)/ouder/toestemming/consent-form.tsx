"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/action-state";
import { saveConsentAction } from "./actions";

type Props = { childId: string; childName: string; mayPhotograph: boolean; shareWithGroup: boolean };
type YesNo = "yes" | "no";

function Question({
  name,
  legend,
  value,
  onChange,
  disabled,
  errors,
  idPrefix,
}: {
  name: string;
  legend: string;
  value: YesNo;
  onChange: (v: YesNo) => void;
  disabled?: boolean;
  errors?: string[];
  idPrefix: string;
}) {
  const t = useTranslations("consent");
  const tAll = useTranslations();
  return (
    <fieldset className="space-y-2" aria-describedby={errors?.length ? `${idPrefix}-${name}-error` : undefined}>
      <legend className="font-medium text-slate-800">{legend}</legend>
      <div className="flex gap-2">
        {(["yes", "no"] as const).map((option) => (
          <label
            key={option}
            className={`flex min-h-11 flex-1 cursor-pointer items-center justify-center gap-2 rounded-lg px-3 ring-1 ring-inset ${value === option ? "bg-brand-50 ring-brand-700" : "bg-white ring-slate-300"} ${disabled ? "opacity-60" : ""}`}
          >
            <input
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              disabled={disabled}
              onChange={() => onChange(option)}
              className="size-5"
            />
            {t(option)}
          </label>
        ))}
      </div>
      {errors?.map((e) => (
        <p key={e} id={`${idPrefix}-${name}-error`} role="alert" className="text-sm text-red-700">
          {tAll(e)}
        </p>
      ))}
    </fieldset>
  );
}

/** Two yes/no questions per child. "Share" is disabled (and saved as no) while "photograph" is no. */
export function ConsentForm({ childId, childName, mayPhotograph, shareWithGroup }: Props) {
  const t = useTranslations("consent");
  const tAll = useTranslations();
  const [state, formAction, pending] = useActionState<
    ActionState<"childId" | "mayPhotograph" | "shareWithGroup">,
    FormData
  >(saveConsentAction, { ok: false });
  const [photo, setPhoto] = useState<YesNo>((state.values?.mayPhotograph as YesNo) ?? (mayPhotograph ? "yes" : "no"));
  const [share, setShare] = useState<YesNo>((state.values?.shareWithGroup as YesNo) ?? (shareWithGroup ? "yes" : "no"));
  return (
    <ActionForm action={formAction} className="space-y-4" aria-label={childName}>
      <input type="hidden" name="childId" value={childId} />
      <Question
        idPrefix={childId}
        name="mayPhotograph"
        legend={t("mayPhotograph", { name: childName })}
        value={photo}
        onChange={(v) => {
          setPhoto(v);
          if (v === "no") setShare("no");
        }}
        errors={state.fieldErrors?.mayPhotograph}
      />
      <Question
        idPrefix={childId}
        name="shareWithGroup"
        legend={t("shareWithGroup", { name: childName })}
        value={photo === "no" ? "no" : share}
        onChange={setShare}
        disabled={photo === "no"}
        errors={state.fieldErrors?.shareWithGroup}
      />
      {/* A disabled radio is not submitted: send the effective "no" explicitly. */}
      {photo === "no" && <input type="hidden" name="shareWithGroup" value="no" />}
      {photo === "no" && <p className="text-sm text-slate-600">{t("shareNeedsPhoto")}</p>}
      <Button type="submit" disabled={pending}>
        {t("save")}
      </Button>
      {state.message && (
        <p role={state.ok ? "status" : "alert"} className={`text-sm ${state.ok ? "text-green-800" : "text-red-700"}`}>
          {tAll(state.message, state.messageValues)}
        </p>
      )}
    </ActionForm>
  );
}
