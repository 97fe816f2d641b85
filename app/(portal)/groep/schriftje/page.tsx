import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { listGroupDiaryDay } from "@/lib/diary/queries";
import { isWritableDiaryDate } from "@/lib/diary/schema";
import { addCalendarDays, dateOnly, todayDate, toIsoDate } from "@/lib/time";
import { Card, PageTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { formatDate } from "@/components/format";
import { listEssentialsBadges } from "@/lib/essentials/queries";
import { EssentialsBadge, essentialsBadgeLabels } from "@/components/essentials/essentials-badge";

export const metadata = { title: "Schriftje" };

/**
 * Tablet-first: each group's children of a day (today by default, or one of the past week via ?datum=), with who
 * already has an entry. One tap opens the quick entry for that child and day.
 */
export default async function StaffDiaryPage({ searchParams }: { searchParams: Promise<{ datum?: string }> }) {
  const user = await requireRole("STAFF", "MANAGER");
  const { datum } = await searchParams;
  const today = todayDate();
  const day = datum && isWritableDiaryDate(datum, today) ? dateOnly(datum) : today;
  const [groups, t, te, locale] = await Promise.all([
    listGroupDiaryDay(user, { date: day }),
    getTranslations("diary"),
    getTranslations("essentials"),
    getLocale(),
  ]);
  const badges = await listEssentialsBadges(
    user,
    groups.flatMap((g) => g.children.map((c) => c.id)),
  );
  const previous = addCalendarDays(day, -1);
  const next = addCalendarDays(day, 1);
  const dayLink = (date: Date) =>
    date.getTime() === today.getTime() ? "/groep/schriftje" : `/groep/schriftje?datum=${toIsoDate(date)}`;
  const childLink = (childId: string) =>
    day.getTime() === today.getTime()
      ? `/groep/schriftje/${childId}`
      : `/groep/schriftje/${childId}?datum=${toIsoDate(day)}`;
  return (
    <>
      <PageTitle sub={`${formatDate(toIsoDate(day), locale, "EEEE d MMMM")} · ${t("staffIntro")}`}>
        {t("staffTitle")}
      </PageTitle>
      <p className="mb-4">
        <Link
          href="/groep/schriftje/dagblad"
          className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 font-medium text-white hover:bg-brand-800"
        >
          {t("sheet.link")}
        </Link>
      </p>
      <nav aria-label={t("date")} className="mb-4 flex flex-wrap gap-2">
        {isWritableDiaryDate(toIsoDate(previous), today) && (
          <Link
            href={dayLink(previous)}
            className="flex min-h-11 items-center rounded-lg px-3 text-sm font-medium text-brand-800 ring-1 ring-brand-700/30 hover:bg-brand-50"
          >
            ← {t("previousDay")}
          </Link>
        )}
        {day.getTime() !== today.getTime() && (
          <Link
            href={dayLink(next)}
            className="flex min-h-11 items-center rounded-lg px-3 text-sm font-medium text-brand-800 ring-1 ring-brand-700/30 hover:bg-brand-50"
          >
            {t("nextDay")} →
          </Link>
        )}
      </nav>
      {groups.every((group) => group.children.length === 0) && <Notice>{t("noChildren")}</Notice>}
      <div className="space-y-4">
        {groups
          .filter((group) => group.children.length > 0)
          .map((group) => {
            const done = group.children.filter((child) => child.staffEntries > 0).length;
            return (
              <Card key={group.id} title={`${group.name} · ${done}/${group.children.length} ${t("written")}`}>
                <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
                  {group.children.map((child) => (
                    <li key={child.id}>
                      <Link
                        href={childLink(child.id)}
                        className={`flex min-h-16 items-center justify-between gap-2 rounded-xl px-4 py-3 ring-1 ${
                          child.staffEntries > 0
                            ? "bg-green-50 ring-green-700/30"
                            : "bg-white ring-slate-300 hover:bg-brand-50"
                        }`}
                      >
                        <span>
                          <span className="block font-medium text-slate-900">
                            {child.firstName} {child.lastName}
                          </span>
                          {child.parentEntries > 0 && (
                            <span className="text-xs font-medium text-amber-900">{t("parentWrote")}</span>
                          )}
                          <EssentialsBadge
                            childId={child.id}
                            badge={badges.get(child.id)}
                            labels={essentialsBadgeLabels(te, `${child.firstName} ${child.lastName}`)}
                            asLink={false}
                          />
                        </span>
                        <span
                          className={`text-sm font-medium ${child.staffEntries > 0 ? "text-green-800" : "text-slate-600"}`}
                        >
                          {child.staffEntries > 0 ? `✓ ${t("written")}` : t("notWritten")}
                        </span>
                      </Link>
                    </li>
                  ))}
                </ul>
              </Card>
            );
          })}
      </div>
    </>
  );
}
