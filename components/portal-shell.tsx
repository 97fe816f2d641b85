import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { NavItem } from "@/lib/navigation";
import { LogoutButton } from "./logout-button";
import { LocaleSwitch } from "./locale-switch";

/**
 * The signed-in frame: a top bar, and the sections as a bottom tab bar on phones (thumb reach) and a top nav on
 * tablets and up. UI only: it makes no authorization decisions.
 */
export async function PortalShell({ userName, nav, children }: { userName: string; nav: NavItem[]; children: ReactNode }) {
  const t = await getTranslations();
  const links = nav.map((item) => (
    <Link key={item.href} href={item.href} className="flex min-h-11 items-center rounded-lg px-3 text-sm font-medium text-slate-700 hover:bg-brand-50 hover:text-brand-800">
      {t(item.labelKey)}
    </Link>
  ));
  return (
    <div className="min-h-dvh pb-20 sm:pb-0">
      <header className="sticky top-0 z-20 border-b border-slate-200 bg-white/95 backdrop-blur">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-2 px-4 py-2">
          <Link href="/" className="font-semibold text-brand-800">
            {t("common.appName")}
          </Link>
          <nav aria-label={t("nav.mainNav")} className="hidden gap-1 sm:flex">
            {links}
          </nav>
          <div className="flex items-center gap-1">
            <span className="hidden text-sm text-slate-500 md:inline">{userName}</span>
            <LogoutButton />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-5">
        {children}
        <div className="mt-10 flex justify-center">
          <LocaleSwitch />
        </div>
      </main>
      {nav.length > 1 && (
        <nav aria-label={t("nav.mainNav")} className="fixed inset-x-0 bottom-0 z-20 flex justify-around border-t border-slate-200 bg-white px-2 py-1 sm:hidden">
          {links}
        </nav>
      )}
    </div>
  );
}
