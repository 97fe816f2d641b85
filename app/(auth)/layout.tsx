import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { LocaleSwitch } from "@/components/locale-switch";
import { setLocale } from "@/app/locale-action";
import { ClientMessages } from "@/lib/i18n/client-messages";

/** Calm, phone-first frame for the signed-out pages. */
export default async function AuthLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("common");
  return (
    <div className="flex min-h-dvh flex-col items-center bg-gradient-to-b from-brand-50 to-sand-50 px-4 py-8">
      <header className="mb-6 text-center">
        <p className="text-sm font-medium uppercase tracking-wide text-brand-700">{t("organisation")}</p>
        <p className="text-xl font-semibold text-slate-900">{t("appName")}</p>
      </header>
      <main
        id="main"
        tabIndex={-1}
        className="w-full max-w-sm rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200 focus-visible:outline-none"
      >
        <ClientMessages namespaces={["login", "password", "activate", "forgot", "reset"]}>{children}</ClientMessages>
      </main>
      <div className="mt-6">
        <LocaleSwitch action={setLocale} />
      </div>
    </div>
  );
}
