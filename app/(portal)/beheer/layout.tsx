import type { ReactNode } from "react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/session";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { isBeheerder } from "@/lib/authz";

// Secondary navigation for the beheer section (too many sections for the main bar). UI only: every page under
// /beheer authorizes itself; staff and managers reach the consent overview (and managers the locations) without it.
const SECTIONS = [
  ["/beheer", "adminNav.dashboard"],
  ["/beheer/gezinnen", "adminNav.families"],
  ["/beheer/locaties", "adminNav.locations"],
  ["/beheer/medewerkers", "adminNav.staff"],
  ["/beheer/organisatie", "adminNav.organisation"],
  ["/beheer/vakanties", "adminNav.calendar"],
  ["/beheer/import", "adminNav.import"],
  ["/beheer/toestemmingen", "adminNav.consent"],
  ["/beheer/audit", "adminNav.audit"],
  ["/beheer/taken", "adminNav.jobs"],
] as const;

export default async function BeheerLayout({ children }: { children: ReactNode }) {
  const [user, t] = await Promise.all([getSessionUser(), getTranslations()]);
  return (
    <>
      {user && isBeheerder(user) && (
        <nav aria-label={t("adminNav.label")} className="mb-4 flex flex-wrap gap-1 border-b border-slate-200 pb-2">
          {SECTIONS.map(([href, key]) => (
            <Link
              key={href}
              href={href}
              className="flex min-h-11 items-center rounded-lg px-3 text-sm font-medium text-slate-700 hover:bg-brand-50 hover:text-brand-800"
            >
              {t(key)}
            </Link>
          ))}
        </nav>
      )}
      {/* The beheer forms' client messages (one set for the whole section: few users, many forms). */}
      <ClientMessages
        namespaces={[
          "admin",
          "adminImport",
          "beheer",
          "contract",
          "documents",
          "news",
          "planningErrors",
          "calendar",
          "swap",
          "push",
          "login",
          "privacyExport",
          "accountActions",
          "uploads",
          "consent",
          "essentials",
        ]}
      >
        {children}
      </ClientMessages>
    </>
  );
}
