import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/session";
import { LoginForm } from "./login-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login"))("title") };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  if (await getSessionUser()) redirect("/");
  const params = await searchParams;
  const t = await getTranslations("login");
  // next-auth redirects here with ?error=<code> when JavaScript is off; the form shows the same messages.
  const initialError = ["invalid", "malformed", "throttled"].includes(params.error ?? "") ? params.error : undefined;
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-5 text-sm text-slate-600">{t("intro")}</p>
      <LoginForm initialError={initialError} initialLogin={params.login ?? ""} />
    </>
  );
}
