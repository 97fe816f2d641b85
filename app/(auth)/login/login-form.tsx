"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { signInWithCredentials } from "@/lib/auth/client";

type LoginError = "invalid" | "malformed" | "throttled" | "missing" | "unexpected";

export function LoginForm({ initialError, initialLogin }: { initialError?: string; initialLogin: string }) {
  const t = useTranslations("login");
  const tErrors = useTranslations("errors");
  const [error, setError] = useState<LoginError | undefined>(initialError as LoginError | undefined);
  const [pending, setPending] = useState(false);
  const [login, setLogin] = useState(initialLogin);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    if (!login.trim() || !password) return setError("missing");
    setPending(true);
    setError(undefined);
    try {
      const result = await signInWithCredentials({
        login: login.trim(),
        password,
        remember: form.get("remember") === "on",
      });
      if (result.ok) {
        window.location.assign("/");
        return;
      }
      const code = result.error;
      setError(code === "malformed" || code === "throttled" ? code : "invalid");
    } catch {
      setError("unexpected");
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} method="post" noValidate className="space-y-4">
      {error && <Notice tone="error">{error === "unexpected" ? tErrors("unexpected") : t(error)}</Notice>}
      <TextField
        label={t("login")}
        name="login"
        autoComplete="username"
        autoCapitalize="none"
        inputMode="text"
        value={login}
        onChange={(event) => setLogin(event.target.value)}
        required
      />
      <TextField label={t("password")} name="password" type="password" autoComplete="current-password" required />
      <label className="flex min-h-11 items-center gap-3 text-sm text-slate-700">
        <input type="checkbox" name="remember" defaultChecked className="size-5 accent-brand-700" />
        {t("remember")}
      </label>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "…" : t("submit")}
      </Button>
      <p className="text-center text-sm">
        <Link href="/wachtwoord-vergeten" className="text-brand-800 underline">
          {t("forgot")}
        </Link>
      </p>
    </form>
  );
}
