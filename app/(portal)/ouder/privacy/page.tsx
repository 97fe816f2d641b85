import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { getPrivacyOverview } from "@/lib/privacy/queries";
import { listExportRequests } from "@/lib/privacy/export-requests";
import { formatDateTime } from "@/components/format";
import { Notice } from "@/components/ui/notice";
import { Card, PageTitle } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { BackLink } from "@/components/back-link";

export const metadata = { title: "Privacy" };

/** The family's AVG page: download all data as a ZIP, and how long we keep it. */
export default async function ParentPrivacyPage() {
  const user = await requireRole("PARENT");
  const [t, tx, locale, organisation, prepared] = await Promise.all([
    getTranslations("privacy"),
    getTranslations("privacyExport"),
    getLocale(),
    getPrivacyOverview(user),
    listExportRequests(user),
  ]);
  return (
    <>
      <BackLink href="/ouder/meer" to="more" />
      <PageTitle sub={t("intro")}>{t("title")}</PageTitle>
      <div className="space-y-4">
        <Card title={t("downloadTitle")}>
          {/* Exports the beheerder prepared at the family's request: said here, with the reason they gave. */}
          {prepared.map((request) => (
            <div key={request.id} className="mb-3">
              <Notice>
                <strong>{tx("parentTitle")}: </strong>
                {tx("parentBody", { date: formatDateTime(request.createdAt, locale), reason: request.reason })}
                {request.firstDownloadedAt &&
                  ` ${tx("parentDownloaded", { date: formatDateTime(request.firstDownloadedAt, locale) })}`}
              </Notice>
            </div>
          ))}
          <p className="mb-3 text-slate-700">{t("downloadBody")}</p>
          <a href="/api/privacy/export" className={buttonClass("primary")} download>
            {t("download")}
          </a>
          <p className="mt-3 text-sm text-slate-600">{t("careful")}</p>
          {organisation.leaving.map((child) => (
            <div key={child.id} className="mt-3">
              <Notice>
                <strong>{t("farewellTitle")}: </strong>
                {t("farewellBody", { name: child.firstName })}
              </Notice>
            </div>
          ))}
        </Card>
        <Card title={t("retentionTitle")}>
          <p className="text-slate-700">
            {t("retentionBody", {
              photoDays: String(organisation.photoRetentionDays),
              dataDays: String(organisation.dataRetentionDays),
            })}
          </p>
        </Card>
      </div>
    </>
  );
}
