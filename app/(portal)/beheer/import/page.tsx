import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { CSV_COLUMNS } from "@/lib/beheer/csv-format";
import { Card, PageTitle } from "@/components/ui/card";
import { ImportForm } from "./import-form";

export const metadata = { title: "Importeren" };

export default async function ImportPage() {
  await requireRole("BEHEERDER");
  const t = await getTranslations("adminImport");
  return (
    <>
      <PageTitle sub={t("intro")}>{t("title")}</PageTitle>
      <Card title={t("layoutTitle")}>
        <p className="text-sm text-slate-700">{t("layout")}</p>
        <pre
          role="region"
          tabIndex={0}
          aria-label={t("layoutTitle")}
          className="mt-2 overflow-x-auto rounded-lg bg-slate-100 p-3 text-xs"
        >
          {CSV_COLUMNS.join(";")}
          {"\n"}100500;Bakker;Eva
          Bakker;eva@example.nl;;;Mila;Bakker;2023-04-12;Dolfijnen;2025-01-06;;KDV;ma-o,ma-m,wo-o;0
        </pre>
        <p className="mt-2 text-sm text-slate-700">{t("layoutRules")}</p>
      </Card>
      <div className="mt-4">
        <Card>
          <ImportForm />
        </Card>
      </div>
    </>
  );
}
