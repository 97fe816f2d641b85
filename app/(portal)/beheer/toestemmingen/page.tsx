import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { isBeheerder, requireRole } from "@/lib/authz";
import { listConsentOverview } from "@/lib/beheer/admin-queries";
import { Card, PageTitle } from "@/components/ui/card";

export const metadata = { title: "Toestemmingen" };

/** Consent overview per group for staff (own groups), managers (their locations) and beheerders (all groups). */
export default async function ConsentOverviewPage() {
  const user = await requireRole("STAFF", "MANAGER", "BEHEERDER");
  const [groups, t, tConsent] = await Promise.all([
    listConsentOverview(user),
    getTranslations("adminConsent"),
    getTranslations("consent"),
  ]);
  const canRecordPaper = isBeheerder(user);
  const mark = (allowed: boolean) => (
    <span
      className={`rounded-full px-2 py-0.5 text-xs font-medium ${allowed ? "bg-green-100 text-green-800" : "bg-red-100 text-red-800"}`}
    >
      {allowed ? t("yes") : t("no")}
    </span>
  );
  return (
    <>
      <PageTitle sub={t("intro")}>{t("title")}</PageTitle>
      <div className="space-y-4">
        {groups.map((group) => (
          <Card key={group.id} title={`${group.name} · ${group.locationName}`}>
            {group.children.length === 0 ? (
              <p className="text-slate-600">{t("noChildren")}</p>
            ) : (
              <table className="w-full text-left text-sm">
                <caption className="sr-only">{t("caption", { group: group.name })}</caption>
                <thead>
                  <tr className="border-b border-slate-200">
                    <th scope="col" className="py-2 pr-3">
                      {t("child")}
                    </th>
                    <th scope="col" className="py-2 pr-3">
                      {t("photograph")}
                    </th>
                    <th scope="col" className="py-2 pr-3">
                      {t("share")}
                    </th>
                    {canRecordPaper && (
                      <th scope="col" className="py-2">
                        {t("paper")}
                      </th>
                    )}
                  </tr>
                </thead>
                <tbody>
                  {group.children.map((child) => (
                    <tr key={child.id} className="border-b border-slate-100">
                      <td className="py-2 pr-3">{`${child.firstName} ${child.lastName}`}</td>
                      {child._count.consents === 0 ? (
                        <td colSpan={2} className="py-2 pr-3">
                          <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">
                            {t("notRecorded")}
                          </span>
                        </td>
                      ) : (
                        <>
                          <td className="py-2 pr-3">{mark(child.consentPhotograph)}</td>
                          <td className="py-2 pr-3">{mark(child.consentPhotograph && child.consentShareGroup)}</td>
                        </>
                      )}
                      {canRecordPaper && (
                        <td className="py-2">
                          <Link
                            href={`/beheer/toestemmingen/${child.id}`}
                            className="inline-flex min-h-11 items-center font-medium text-brand-800 underline"
                          >
                            {tConsent("paper.link")}
                            <span className="sr-only">: {`${child.firstName} ${child.lastName}`}</span>
                          </Link>
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </Card>
        ))}
      </div>
    </>
  );
}
