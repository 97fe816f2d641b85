import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { countOpenChangeRequests } from "@/lib/contracts/queries";
import { PageTitle } from "@/components/ui/card";

export const metadata = { title: "Ouderzaken" };

/** One nav entry for the beheerder's parent-facing tasks, so the tablet top bar does not overflow. */
export default async function ParentAffairsPage() {
  const user = await requireRole("BEHEERDER");
  const [open, t] = await Promise.all([countOpenChangeRequests(user), getTranslations("more")]);
  const links = [
    { href: "/beheer/nieuws", label: t("beheerNews"), hint: t("beheerNewsHint"), badge: null },
    { href: "/beheer/documenten", label: t("beheerDocuments"), hint: t("beheerDocumentsHint"), badge: null },
    { href: "/beheer/bewaard", label: t("beheerFiscal"), hint: t("beheerFiscalHint"), badge: null },
    {
      href: "/beheer/contractwijzigingen",
      label: t("beheerChanges"),
      hint: t("beheerChangesHint"),
      badge: open > 0 ? t("openCount", { count: open }) : null,
    },
  ];
  return (
    <>
      <PageTitle>{t("beheerHub")}</PageTitle>
      <ul className="grid gap-3 md:grid-cols-3">
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              className="flex h-full min-h-16 items-start justify-between gap-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200 hover:ring-brand-700/40"
            >
              <span>
                <span className="block text-lg font-semibold text-slate-900">{link.label}</span>
                <span className="block text-sm text-slate-600">{link.hint}</span>
              </span>
              {link.badge && (
                <span className="shrink-0 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
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
