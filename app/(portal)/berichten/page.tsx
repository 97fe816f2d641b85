import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { isParent, requireRole } from "@/lib/authz";
import { listThreads } from "@/lib/messages/queries";
import { Card, PageTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { buttonClass } from "@/components/ui/button";
import { formatDateTime } from "@/components/format";
import { counterpartLabel } from "@/components/messages/labels";

export const metadata = { title: "Berichten" };

export default async function MessagesPage() {
  const user = await requireRole("PARENT", "STAFF", "MANAGER");
  const [threads, t, locale] = await Promise.all([listThreads(user), getTranslations("messages"), getLocale()]);
  const unread = threads.filter((thread) => thread.unread).length;
  const parentView = isParent(user);
  return (
    <>
      <PageTitle sub={unread > 0 ? t("unreadCount", { count: unread }) : undefined}>{t("title")}</PageTitle>
      <div className="mb-4 space-y-3">
        {/* The organisation's tone: no pressure on staff, and parents know what to expect. */}
        <Notice>{parentView ? t("tone") : t("staffTone")}</Notice>
        <div className="flex flex-wrap items-center gap-3">
          <Link href="/berichten/nieuw" className={buttonClass("primary")}>
            {t("newThread")}
          </Link>
          <Link href="/instellingen" className="inline-flex min-h-11 items-center text-sm text-brand-800 underline">
            {t("settingsLink")}
          </Link>
        </div>
      </div>
      <Card>
        {threads.length === 0 ? (
          <p className="text-slate-600">{t("noThreads")}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {threads.map((thread) => (
              <li key={thread.id}>
                <Link
                  href={`/berichten/${thread.id}`}
                  className="flex min-h-16 flex-col gap-0.5 px-1 py-3 hover:bg-brand-50"
                >
                  <span className="flex items-center justify-between gap-2">
                    <span
                      className={`break-words ${thread.unread ? "font-semibold text-slate-900" : "text-slate-800"}`}
                    >
                      {thread.subject}
                    </span>
                    {thread.unread && (
                      <span className="shrink-0 rounded-full bg-brand-700 px-2 py-0.5 text-xs font-medium text-white">
                        {t("unread")}
                      </span>
                    )}
                  </span>
                  <span className="text-sm text-slate-600">
                    {counterpartLabel(t, thread.counterpart, parentView)} ·{" "}
                    {formatDateTime(thread.lastMessageAt, locale)}
                  </span>
                  <span className="truncate text-sm text-slate-500">{thread.preview}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
