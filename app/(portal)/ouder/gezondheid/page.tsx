import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { getEssentials, listEditableChildren } from "@/lib/essentials/queries";
import { BackLink } from "@/components/back-link";
import { Card, PageTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { formatDateTime } from "@/components/format";
import { EssentialsForm } from "@/components/essentials/essentials-form";
import { saveEssentialsAction } from "./actions";

export const metadata = { title: "Gezondheid" };

/** Parents fill in and keep current their children's allergies, diet, medication, medical notes and GP (issue 18). */
export default async function ParentEssentialsPage() {
  const user = await requireRole("PARENT");
  const [children, t, locale] = await Promise.all([
    listEditableChildren(user),
    getTranslations("essentials"),
    getLocale(),
  ]);
  const all = await Promise.all(children.map((c) => getEssentials(user, c.id)));
  return (
    <>
      <BackLink href="/ouder/meer" to="more" />
      <PageTitle sub={t("intro")}>{t("title")}</PageTitle>
      {all.length === 0 && <Notice>{t("noChildren")}</Notice>}
      <div className="space-y-4">
        {all.map((e) => (
          <Card key={e.childId} title={e.childName}>
            {e.updatedAt && (
              <p className="mb-3 text-sm text-slate-600">
                {t("updatedAt", { date: formatDateTime(new Date(e.updatedAt), locale) })}
              </p>
            )}
            <EssentialsForm
              childId={e.childId}
              action={saveEssentialsAction}
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
        ))}
      </div>
    </>
  );
}
