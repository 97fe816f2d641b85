import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { isParent, requireUser } from "@/lib/authz";
import { listNews } from "@/lib/news/queries";
import { PageTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { formatDateTime } from "@/components/format";
import { BackLink } from "@/components/back-link";

export const metadata = { title: "Nieuws" };

/** News for every role; lib/news newsScope decides what each user sees. Phone-first cards, unread marked. */
export default async function NewsPage() {
  const user = await requireUser();
  const [items, t, locale] = await Promise.all([listNews(user), getTranslations("news"), getLocale()]);
  return (
    <>
      {isParent(user) && <BackLink href="/ouder/meer" to="more" />}
      <PageTitle>{t("title")}</PageTitle>
      {items.length === 0 && <Notice>{t("empty")}</Notice>}
      <ul className="space-y-3">
        {items.map((item) => (
          <li key={item.id}>
            <Link
              href={`/nieuws/${item.id}`}
              className={`block rounded-2xl bg-white p-4 shadow-sm ring-1 hover:ring-brand-700/40 ${item.unread ? "ring-brand-700/40" : "ring-slate-200"}`}
            >
              <span className="flex items-start justify-between gap-2">
                <span className={`text-lg text-slate-900 ${item.unread ? "font-bold" : "font-semibold"}`}>
                  {item.title}
                </span>
                {item.unread && (
                  <span className="shrink-0 rounded-full bg-brand-700 px-2 py-0.5 text-xs font-semibold text-white">
                    {t("unread")}
                  </span>
                )}
              </span>
              <span className="block text-sm text-slate-600">
                {item.locationName ? t("forLocation", { name: item.locationName }) : t("wholeOrganisation")} ·{" "}
                {formatDateTime(item.publishedAt, locale)}
              </span>
              <span className="mt-1 block text-slate-700">{item.excerpt}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
