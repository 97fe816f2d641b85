import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { getOrganisationStats } from "@/lib/beheer/queries";
import { isDevOutbox } from "@/lib/mail/send";
import { Card, PageTitle } from "@/components/ui/card";

export const metadata = { title: "Beheer" };

export default async function BeheerHome() {
  const user = await requireRole("BEHEERDER");
  const [stats, t] = await Promise.all([getOrganisationStats(user), getTranslations()]);
  const tiles = [
    ["beheer.families", stats.families],
    ["beheer.children", stats.children],
    ["beheer.groups", stats.groups],
    ["beheer.activeAccounts", stats.active],
    ["beheer.invitedAccounts", stats.invited],
  ] as const;
  return (
    <>
      <PageTitle>{t("beheer.title")}</PageTitle>
      <Card title={t("beheer.stats")}>
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-5">
          {tiles.map(([key, value]) => (
            <div key={key} className="rounded-xl bg-brand-50 p-3">
              <dt className="text-sm text-slate-600">{t(key)}</dt>
              <dd className="text-2xl font-semibold text-brand-800">{value}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <div className="mt-4 flex flex-wrap gap-3">
        <Link href="/beheer/gezinnen" className="text-brand-800 underline">
          {t("beheer.familiesTitle")}
        </Link>
        {isDevOutbox() && (
          <Link href="/beheer/outbox" className="text-brand-800 underline">
            {t("nav.outbox")}
          </Link>
        )}
      </div>
    </>
  );
}
