import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { NavItem } from "@/lib/navigation";
import { LogoutButton } from "./logout-button";
import { LocaleSwitch, type LocaleAction } from "./locale-switch";
import { BottomNavLinks, type NavLinkItem, RouteFocus, TopNavLinks } from "./nav-links";

/**
 * The signed-in frame: a top bar, and the sections as a bottom tab bar on phones (thumb reach) and a top nav on
 * tablets and up. UI only: it makes no authorization decisions.
 */
export async function PortalShell({
  userName,
  nav,
  badges = {},
  localeAction,
  children,
}: {
  userName: string;
  nav: NavItem[];
  /** Counts per tab href (unread messages, unread news behind "Meer"). */
  badges?: Record<string, { count: number; labelKey: string }>;
  localeAction: LocaleAction;
  children: ReactNode;
}) {
  const t = await getTranslations();
  const items: NavLinkItem[] = nav.map((item) => {
    const badge = badges[item.href];
    return {
      href: item.href,
      label: t(item.labelKey),
      icon: item.icon,
      also: item.also,
      ...(badge && badge.count > 0
        ? { badge: badge.count, badgeLabel: t(badge.labelKey, { count: badge.count }) }
        : {}),
    };
  });
  return (
    <div className="min-h-dvh pb-20 sm:pb-0">
      <header className="sticky top-0 z-20 border-b border-slate-200 bg-white/95 backdrop-blur print:hidden">
        <div className="mx-auto max-w-5xl px-4 py-2">
          <div className="flex items-center justify-between gap-2">
            <Link
              href="/"
              className="-ml-2 flex min-h-11 items-center rounded-lg px-2 text-lg font-bold text-brand-800"
            >
              {t("common.appName")}
            </Link>
            <div className="flex items-center gap-1">
              <span className="hidden text-sm text-slate-500 md:inline">{userName}</span>
              <LogoutButton label={t("common.logout")} />
            </div>
          </div>
          {/* Tablets and up: the sections on their own row, so a long staff menu never pushes "Uitloggen" away. */}
          <nav aria-label={t("nav.mainNav")} className="-mx-3 mt-1 hidden gap-1 overflow-x-auto sm:flex">
            <TopNavLinks items={items} />
          </nav>
        </div>
      </header>
      {/* tabIndex -1: the skip link and RouteFocus move focus here (not a Tab stop itself). */}
      <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-5 focus-visible:outline-none">
        {children}
        <div className="mt-10 flex justify-center print:hidden">
          <LocaleSwitch action={localeAction} />
        </div>
      </main>
      <RouteFocus />
      {nav.length > 1 && (
        <nav
          aria-label={t("nav.mainNav")}
          className="fixed inset-x-0 bottom-0 z-20 border-t border-slate-200 bg-white px-1 py-1 pb-[max(0.25rem,env(safe-area-inset-bottom))] sm:hidden print:hidden"
        >
          <BottomNavLinks items={items} />
        </nav>
      )}
    </div>
  );
}
