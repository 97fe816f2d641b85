import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { countUnreadNews } from "@/lib/news/queries";
import { PageTitle } from "@/components/ui/card";

export const metadata = { title: "Meer" };

/** The parent's hub for the less frequent sections, so the bottom bar on phones stays short. */
export default async function MorePage() {
  const user = await requireRole("PARENT");
  const [unread, t, tFeed, te] = await Promise.all([
    countUnreadNews(user),
    getTranslations("more"),
    getTranslations("calendarFeed"),
    getTranslations("essentials"),
  ]);
  const links = [
    {
      href: "/nieuws",
      label: t("news"),
      hint: t("newsHint"),
      badge: unread > 0 ? t("unread", { count: unread }) : null,
    },
    { href: "/ouder/documenten", label: t("documents"), hint: t("documentsHint"), badge: null },
    { href: "/ouder/profiel", label: t("profile"), hint: t("profileHint"), badge: null },
    { href: "/ouder/contract", label: t("contract"), hint: t("contractHint"), badge: null },
    { href: "/ouder/roefjes", label: t("roefjes"), hint: t("roefjesHint"), badge: null },
    { href: "/ouder/agenda", label: tFeed("nav"), hint: tFeed("navHint"), badge: null },
    { href: "/ouder/toestemming", label: t("consent"), hint: t("consentHint"), badge: null },
    { href: "/ouder/gezondheid", label: te("nav"), hint: te("navHint"), badge: null },
    { href: "/instellingen", label: t("settings"), hint: t("settingsHint"), badge: null },
    { href: "/ouder/privacy", label: t("privacy"), hint: t("privacyHint"), badge: null },
    { href: "/ouder/contact", label: t("help"), hint: t("helpHint"), badge: null },
  ];
  return (
    <>
      <PageTitle>{t("title")}</PageTitle>
      <ul className="space-y-3">
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              className="flex min-h-16 items-center justify-between gap-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200 hover:ring-brand-700/40"
            >
              <span>
                <span className="block text-lg font-semibold text-slate-900">{link.label}</span>
                <span className="block text-sm text-slate-600">{link.hint}</span>
              </span>
              {link.badge && (
                <span className="shrink-0 rounded-full bg-brand-700 px-2 py-0.5 text-xs font-semibold text-white">
                  {link.badge}
                </span>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
