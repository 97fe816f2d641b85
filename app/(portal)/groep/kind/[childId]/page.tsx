import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { isAppError } from "@/lib/errors";
import { getEssentials } from "@/lib/essentials/queries";
import { Card, PageTitle } from "@/components/ui/card";
import { formatDateTime } from "@/components/format";

export const metadata = { title: "Belangrijk" };

/** The child's essentials for the staff of the child's own group (issue 18); read-only, nobody else gets past it. */
export default async function StaffEssentialsPage({ params }: { params: Promise<{ childId: string }> }) {
  const user = await requireRole("STAFF", "BEHEERDER");
  const { childId } = await params;
  const e = await getEssentials(user, childId).catch((error: unknown) => {
    if (isAppError(error)) notFound();
    throw error;
  });
  const [t, locale] = await Promise.all([getTranslations("essentials"), getLocale()]);
  const rows = [
    ["allergies", e.allergies],
    ["diet", e.diet],
    ["medication", e.medication],
    ["medicalNotes", e.medicalNotes],
    ["gpName", e.gpName],
    ["gpPhone", e.gpPhone],
  ] as const;
  return (
    <>
      <PageTitle sub={t("staffIntro")}>{t("staffTitle", { name: e.childName })}</PageTitle>
      <Card>
        <dl className="grid gap-x-6 gap-y-3 text-base sm:grid-cols-[auto_1fr]">
          {rows.map(([key, value]) => (
            <div key={key} className="contents">
              <dt className="font-medium text-slate-700">{t(key)}</dt>
              <dd className={`whitespace-pre-line ${value ? "font-semibold text-slate-900" : "text-slate-500"}`}>
                {value || t("none")}
              </dd>
            </div>
          ))}
        </dl>
        {e.medication && (
          <p className="mt-3 font-medium text-slate-900">
            {e.medicationPermission ? t("permissionGiven") : t("permissionNotGiven")}
          </p>
        )}
        {e.updatedAt && (
          <p className="mt-3 text-sm text-slate-600">
            {t("updatedAt", { date: formatDateTime(new Date(e.updatedAt), locale) })}
          </p>
        )}
      </Card>
    </>
  );
}
