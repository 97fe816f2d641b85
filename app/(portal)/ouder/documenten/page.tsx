import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { listOwnDocuments } from "@/lib/documents/queries";
import { Card, PageTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { buttonClass } from "@/components/ui/button";
import { formatDateTime } from "@/components/format";
import { formatBytes } from "@/components/format-bytes";
import { BackLink } from "@/components/back-link";

export const metadata = { title: "Documenten" };

/** Phone-first list of the family's documents; each link goes through the auth-checked download route. */
export default async function ParentDocumentsPage() {
  const user = await requireRole("PARENT");
  const [documents, t, locale] = await Promise.all([listOwnDocuments(user), getTranslations("documents"), getLocale()]);
  return (
    <>
      <BackLink href="/ouder/meer" to="more" />
      <PageTitle sub={t("intro")}>{t("title")}</PageTitle>
      {documents.length === 0 ? (
        <Notice>{t("empty")}</Notice>
      ) : (
        <Card>
          <ul className="divide-y divide-slate-100">
            {documents.map((document) => (
              <li key={document.id} className="flex items-center justify-between gap-3 py-3">
                <div className="min-w-0">
                  <p className="font-medium text-slate-900">{document.title}</p>
                  <p className="text-sm text-slate-600">
                    {t(`category${document.category}`)} ·{" "}
                    {t("uploadedOn", {
                      date: formatDateTime(document.createdAt, locale, "d MMM yyyy"),
                      size: formatBytes(document.size, locale),
                    })}
                  </p>
                </div>
                <a
                  href={`/api/documenten/${document.id}`}
                  className={buttonClass("secondary", "shrink-0")}
                  aria-label={t("downloadLabel", { title: document.title })}
                  download
                >
                  {t("download")}
                </a>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
