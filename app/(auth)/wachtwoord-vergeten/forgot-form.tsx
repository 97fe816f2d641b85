"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { forgotPasswordAction } from "../actions";

export function ForgotForm() {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(forgotPasswordAction, { ok: false });
  return (
    <form action={formAction} className="space-y-4">
      {state.message && <Notice tone={state.ok ? "success" : "error"}>{t(state.message)}</Notice>}
      <TextField
        label={t("login.login")}
        name="login"
        autoComplete="username"
        autoCapitalize="none"
        defaultValue={state.values?.login}
        required
      />
      <Button type="submit" disabled={pending} className="w-full">
        {t("forgot.submit")}
      </Button>
      <p className="text-center text-sm">
        <Link href="/login" className="text-brand-800 underline">
          {t("login.title")}
        </Link>
      </p>
    </form>
  );
}
