import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { isAppError } from "@/lib/errors";
import { getChildForPaperConsent } from "@/lib/consent/queries";
import { Card, PageTitle } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { formatDate, formatDateTime } from "@/components/format";
import { amsterdamDateString } from "@/lib/time";
import { AdminForm } from "../../admin-form";
import { recordPaperConsentAction } from "./actions";

export const metadata = { title: "Toestemming van papier" };

/** Beheerders copy a child's photo consent from a signed paper intake form (issue 18): audited, with the form's date. */
export default async function PaperConsentPage({ params }: { params: Promise<{ childId: string }> }) {
  const user = await requireRole("BEHEERDER");
  const { childId } = await params;
  const child = await getChildForPaperConsent(user, childId).catch((error: unknown) => {
    if (isAppError(error)) notFound();
    throw error;
  });
  const [t, tc, locale] = await Promise.all([getTranslations("consent"), getTranslations("adminConsent"), getLocale()]);
  const yesNo = [
    { value: "yes", label: t("yes") },
    { value: "no", label: t("no") },
  ];
  const latest = child.latest
    ? child.latest.paper && child.latest.formDate
      ? t("paper.latestPaper", { date: formatDate(child.latest.formDate, locale) })
      : t("paper.latestPortal", { date: formatDateTime(new Date(child.latest.recordedAt), locale) })
    : t("paper.none");
  return (
    <>
      <PageTitle sub={t("paper.intro", { family: child.familyName })}>
        {t("paper.title", { name: child.name })}
      </PageTitle>
      <Card>
        <p className="text-slate-700">{latest}</p>
        {child.recorded && (
          <p className="mt-1 text-slate-700">
            {t("current", {
              photo: child.mayPhotograph ? tc("yes") : tc("no"),
              share: child.mayPhotograph && child.shareWithGroup ? tc("yes") : tc("no"),
            })}
          </p>
        )}
        <div className="mt-4">
          <AdminForm
            id="paper-consent"
            action={recordPaperConsentAction}
            submitLabel={t("paper.save")}
            fields={[
              { kind: "hidden", name: "childId", value: child.id },
              {
                kind: "select",
                name: "mayPhotograph",
                label: t("paper.mayPhotograph", { name: child.name }),
                options: yesNo,
                required: true,
              },
              {
                kind: "select",
                name: "shareWithGroup",
                label: t("paper.shareWithGroup", { name: child.name }),
                hint: t("shareNeedsPhoto"),
                options: yesNo,
                required: true,
              },
              {
                kind: "date",
                name: "formDate",
                label: t("paper.formDate"),
                required: true,
                defaultValue: amsterdamDateString(),
              },
            ]}
          />
        </div>
      </Card>
      <Link href="/beheer/toestemmingen" className={`${buttonClass("secondary")} mt-4`}>
        {t("paper.back")}
      </Link>
    </>
  );
}
