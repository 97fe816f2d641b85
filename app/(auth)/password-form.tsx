"use client";

import { useActionState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/action-state";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

type Props = {
  action: (state: ActionState<"password">, formData: FormData) => Promise<ActionState<"password">>;
  token: string;
  submitLabel: string;
};

/** Shared by activation and reset: choose a password (twice), show policy problems in Dutch. */
export function PasswordForm({ action, token, submitLabel }: Props) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  if (state.ok) {
    return (
      <div className="space-y-4">
        <Notice tone="success">{t(state.message ?? "activate.done")}</Notice>
        <Link href="/login" className="block text-center text-brand-800 underline">
          {t("login.submit")}
        </Link>
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-4">
      {state.message && <Notice tone="error">{t(state.message)}</Notice>}
      <input type="hidden" name="token" value={token} />
      <TextField
        label={t("password.new")}
        name="password"
        type="password"
        autoComplete="new-password"
        hint={t("password.hint")}
        errors={state.fieldErrors?.password?.map((key) => t(key))}
        required
      />
      <TextField
        label={t("password.confirm")}
        name="passwordConfirm"
        type="password"
        autoComplete="new-password"
        required
      />
      <Button type="submit" disabled={pending} className="w-full">
        {submitLabel}
      </Button>
    </form>
  );
}
