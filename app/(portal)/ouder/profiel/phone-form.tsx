"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/action-state";
import { ActionMessage, useFieldErrors } from "@/components/action-feedback";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { savePhoneAction } from "./actions";

export function PhoneForm({ phone }: { phone: string }) {
  const t = useTranslations("profile");
  const [state, formAction, pending] = useActionState(savePhoneAction, { ok: false } as ActionState<"ownPhone">);
  const errorsFor = useFieldErrors(state);
  return (
    <ActionForm action={formAction} className="space-y-3" noValidate aria-label={t("phone")}>
      <ActionMessage state={state} />
      <TextField
        label={t("phone")}
        name="ownPhone"
        type="tel"
        autoComplete="tel"
        defaultValue={state.values?.ownPhone ?? phone}
        hint={t("phoneHint")}
        errors={errorsFor("ownPhone")}
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("savePhone")}
      </Button>
    </ActionForm>
  );
}
