import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { isAppError } from "@/lib/errors";
import { getEssentials } from "@/lib/essentials/queries";
import { Card, PageTitle } from "@/components/ui/card";
import { formatDateTime } from "@/components/format";
import { EssentialsForm } from "@/components/essentials/essentials-form";
import { saveEssentialsAdminAction } from "./actions";

export const metadata = { title: "Gezondheid" };

/** Beheerders can edit a child's essentials (issue 18); every change is audited. */
export default async function AdminEssentialsPage({ params }: { params: Promise<{ childId: string }> }) {
  const user = await requireRole("BEHEERDER");
  const { childId } = await params;
  const e = await getEssentials(user, childId).catch((error: unknown) => {
    if (isAppError(error)) notFound();
    throw error;
  });
  const [t, locale] = await Promise.all([getTranslations("essentials"), getLocale()]);
  return (
    <>
      <PageTitle sub={t("beheerIntro")}>{t("beheerTitle", { name: e.childName })}</PageTitle>
      <Card>
        {e.updatedAt && (
          <p className="mb-3 text-sm text-slate-600">
            {t("updatedAt", { date: formatDateTime(new Date(e.updatedAt), locale) })}
          </p>
        )}
        <EssentialsForm
          childId={e.childId}
          action={saveEssentialsAdminAction}
          initial={{
            allergies: e.allergies,
            diet: e.diet,
            medication: e.medication,
            medicationPermission: e.medicationPermission ? "yes" : "no",
            medicalNotes: e.medicalNotes,
            gpName: e.gpName,
            gpPhone: e.gpPhone,
          }}
        />
      </Card>
    </>
  );
}
