import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/authz";
import { isAppError } from "@/lib/errors";
import { getNewsItem, markNewsRead, type NewsDetail } from "@/lib/news/queries";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { formatDateTime } from "@/components/format";
import { BackLink } from "@/components/back-link";

export const metadata = { title: "Nieuws" };

export default async function NewsItemPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  let item: NewsDetail;
  try {
    item = await getNewsItem(user, id);
  } catch (error) {
    if (isAppError(error)) notFound();
    throw error;
  }
  // Opening the item is reading it (the unread mark in the list goes away).
  await markNewsRead(user, item.id);
  const [t, locale] = await Promise.all([getTranslations("news"), getLocale()]);
  const attachmentUrl = `/api/nieuws/${item.id}/bijlage`;
  return (
    <>
      <BackLink href="/nieuws" to="news" />
      <Card>
        <h1 className="text-2xl font-semibold text-slate-900">{item.title}</h1>
        <p className="mb-4 text-sm text-slate-600">
          {item.locationName ? t("forLocation", { name: item.locationName }) : t("wholeOrganisation")} ·{" "}
          {t("publishedOn", { date: formatDateTime(item.publishedAt, locale) })}
          {item.authorName && ` · ${t("by", { name: item.authorName })}`}
        </p>
        <div className="whitespace-pre-line text-slate-800">{item.body}</div>
        {item.attachmentMime?.startsWith("image/") && (
          // A plain img: private bytes from an auth-checked route, never through the image optimizer.
          <img src={attachmentUrl} alt={t("attachmentImage")} className="mt-4 max-h-[70vh] w-auto rounded-lg" />
        )}
        {item.attachmentMime === "application/pdf" && (
          <a href={attachmentUrl} className={buttonClass("secondary", "mt-4")} download>
            {t("attachmentPdf")}
          </a>
        )}
      </Card>
    </>
  );
}
