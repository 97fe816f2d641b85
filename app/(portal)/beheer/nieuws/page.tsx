import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { listNews, listNewsLocations } from "@/lib/news/queries";
import { Card, PageTitle } from "@/components/ui/card";
import { RowActionForm } from "@/components/action-feedback";
import { formatDateTime } from "@/components/format";
import { newSubmissionKey } from "@/lib/forms/submission-key";
import { PublishNewsForm } from "./publish-form";
import { deleteNewsAction } from "./actions";

export const metadata = { title: "Nieuws plaatsen" };

export default async function BeheerNewsPage() {
  const user = await requireRole("BEHEERDER");
  const [items, locations, t, locale] = await Promise.all([
    listNews(user),
    listNewsLocations(user),
    getTranslations("news"),
    getLocale(),
  ]);
  return (
    <>
      <PageTitle>{t("manageTitle")}</PageTitle>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t("publishTitle")}>
          <PublishNewsForm locations={locations} submissionKey={newSubmissionKey()} />
        </Card>
        <Card title={t("recent")}>
          {items.length === 0 && <p className="text-slate-600">{t("empty")}</p>}
          <ul className="divide-y divide-slate-100">
            {items.map((item) => (
              <li key={item.id} className="flex items-center justify-between gap-3 py-3">
                <div className="min-w-0">
                  <Link href={`/nieuws/${item.id}`} className="font-medium text-brand-800 underline">
                    {item.title}
                  </Link>
                  <p className="text-sm text-slate-600">
                    {item.locationName ? t("forLocation", { name: item.locationName }) : t("wholeOrganisation")} ·{" "}
                    {formatDateTime(item.publishedAt, locale)}
                  </p>
                </div>
                <RowActionForm
                  action={deleteNewsAction}
                  fields={{ id: item.id }}
                  label={t("delete")}
                  ariaLabel={t("deleteLabel", { title: item.title })}
                />
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
