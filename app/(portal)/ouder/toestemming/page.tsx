import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { listChildConsents } from "@/lib/consent/queries";
import { Card, PageTitle } from "@/components/ui/card";
import { formatDate, formatDateTime } from "@/components/format";
import { ConsentForm } from "./consent-form";
import { BackLink } from "@/components/back-link";

export const metadata = { title: "Toestemming" };

export default async function ConsentPage() {
  const user = await requireRole("PARENT");
  const [children, t, locale] = await Promise.all([listChildConsents(user), getTranslations("consent"), getLocale()]);
  const yesNo = (value: boolean) => (value ? t("yes").toLowerCase() : t("no").toLowerCase());
  return (
    <>
      <BackLink href="/ouder/meer" to="more" />
      <PageTitle sub={t("intro")}>{t("title")}</PageTitle>
      <div className="space-y-4">
        {children.map((child) => (
          <Card key={child.id} title={child.name}>
            <p className="mb-3 text-sm text-slate-700" data-testid={`consent-current-${child.id}`}>
              {t("current", { photo: yesNo(child.mayPhotograph), share: yesNo(child.shareWithGroup) })}
            </p>
            <ConsentForm
              childId={child.id}
              childName={child.name}
              mayPhotograph={child.mayPhotograph}
              shareWithGroup={child.shareWithGroup}
            />
            <details className="mt-4 text-sm">
              <summary className="flex min-h-11 cursor-pointer items-center font-medium text-slate-700">
                {t("history")}
              </summary>
              {child.history.length === 0 ? (
                <p className="mt-2 text-slate-600">{t("noHistory")}</p>
              ) : (
                <ul className="mt-2 space-y-1 text-slate-700">
                  {child.history.map((h) => (
                    <li key={h.recordedAt}>
                      {h.formDate
                        ? t("historyPaper", {
                            date: formatDateTime(new Date(h.recordedAt), locale),
                            name: h.recordedBy,
                            formDate: formatDate(h.formDate, locale),
                            photo: yesNo(h.mayPhotograph),
                            share: yesNo(h.shareWithGroup),
                          })
                        : t("historyLine", {
                            date: formatDateTime(new Date(h.recordedAt), locale),
                            name: h.recordedBy,
                            photo: yesNo(h.mayPhotograph),
                            share: yesNo(h.shareWithGroup),
                          })}
                    </li>
                  ))}
                </ul>
              )}
            </details>
          </Card>
        ))}
      </div>
    </>
  );
}
