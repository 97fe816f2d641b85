import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { listDocumentsForBeheer } from "@/lib/documents/queries";
import { newSubmissionKey } from "@/lib/forms/submission-key";
import { Card, PageTitle } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { RowActionForm } from "@/components/action-feedback";
import { formatDateTime } from "@/components/format";
import { formatBytes } from "@/components/format-bytes";
import { UploadDocumentForm } from "./upload-form";
import { deleteDocumentAction } from "./actions";

export const metadata = { title: "Documenten" };

export default async function BeheerDocumentsPage({ searchParams }: { searchParams: Promise<{ gezin?: string }> }) {
  const user = await requireRole("BEHEERDER");
  const { gezin = "" } = await searchParams;
  const [documents, t, locale] = await Promise.all([
    listDocumentsForBeheer(user, { debiteurnummer: gezin }),
    getTranslations("documents"),
    getLocale(),
  ]);
  return (
    <>
      <PageTitle>{t("manageTitle")}</PageTitle>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t("uploadTitle")}>
          <UploadDocumentForm submissionKey={newSubmissionKey()} />
        </Card>
        <Card title={t("recent")}>
          <form className="mb-3 flex gap-2" role="search">
            <label htmlFor="gezin" className="sr-only">
              {t("filter")}
            </label>
            <input
              id="gezin"
              name="gezin"
              defaultValue={gezin}
              inputMode="numeric"
              placeholder={t("filter")}
              className="min-h-11 flex-1 rounded-lg border border-slate-300 bg-white px-3"
            />
            <Button type="submit" variant="secondary">
              {t("filterButton")}
            </Button>
          </form>
          {documents.length === 0 && <p className="text-slate-600">{t("noneUploaded")}</p>}
          <ul className="divide-y divide-slate-100">
            {documents.map((document) => (
              <li key={document.id} className="flex items-center justify-between gap-3 py-3">
                <div className="min-w-0">
                  <a href={`/api/documenten/${document.id}`} className="font-medium text-brand-800 underline">
                    {document.title}
                  </a>
                  <p className="text-sm text-slate-600">
                    {document.family.name} · {document.family.debiteurnummer} · {t(`category${document.category}`)}
                  </p>
                  <p className="text-xs text-slate-500">
                    {t("uploadedOn", {
                      date: formatDateTime(document.createdAt, locale),
                      size: formatBytes(document.size, locale),
                    })}
                  </p>
                </div>
                <RowActionForm
                  action={deleteDocumentAction}
                  fields={{ id: document.id }}
                  label={t("delete")}
                  ariaLabel={t("deleteLabel", { title: document.title, family: document.family.name })}
                />
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
