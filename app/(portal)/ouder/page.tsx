import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CalendarDays, ChevronRight, Images, MessageCircle, Newspaper, NotebookPen } from "lucide-react";
import { requireRole } from "@/lib/authz";
import { listVisibleChildren } from "@/lib/children/queries";
import { listConsentTodos } from "@/lib/consent/queries";
import { listOwnPresenceToday } from "@/lib/presence/queries";
import { buttonClass } from "@/components/ui/button";
import { getParentHome, type HomeItem, type TodayPlanning } from "@/lib/home/queries";
import { dayInWords } from "@/lib/date-words";
import { Card, PageTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { formatDate, formatDateTime } from "@/components/format";
import { todayDate, toIsoDate } from "@/lib/time";

export const metadata = { title: "Overzicht" };

type T = Awaited<ReturnType<typeof getTranslations<"home">>>;

function todayLines(t: T, today: TodayPlanning, locale: string): string[] {
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  const words = (values: string[]) => list.format(values.map((d) => t(`dagdeel.${d}` as "dagdeel.OCHTEND")));
  if (today.kind === "weekend") return [t("todayWeekend")];
  if (today.kind === "closed") return [t("todayClosed", { name: today.name })];
  const lines: string[] = [];
  if (today.care.length > 0)
    lines.push(
      today.groupName
        ? t("todayCareGroup", { group: today.groupName, dagdelen: words(today.care) })
        : t("todayCare", { dagdelen: words(today.care) }),
    );
  if (today.extra.length > 0) lines.push(t("todayExtra", { dagdelen: words(today.extra) }));
  if (today.absent.length > 0) lines.push(t("todayAbsent", { dagdelen: words(today.absent) }));
  return lines.length > 0 ? lines : [t("todayNone")];
}

const itemClass =
  "flex min-h-12 items-center gap-3 rounded-xl px-2 py-2 text-slate-800 hover:bg-brand-50 focus-visible:bg-brand-50";

async function ChildItem({ item, locale }: { item: HomeItem; locale: string }) {
  const [t, tPlanning] = await Promise.all([getTranslations("home"), getTranslations("planning")]);
  const when = formatDateTime(item.at, locale, "EEEE d MMMM, HH:mm");
  if (item.kind === "photos")
    return (
      <Link href={item.href} prefetch={false} className={`${itemClass} flex-wrap`}>
        <Images aria-hidden="true" className="size-5 shrink-0 text-brand-700" />
        <span className="min-w-0 flex-1">
          <span className="block font-medium">{t("photos", { count: item.count })}</span>
          <span className="block text-sm text-slate-600">{when}</span>
        </span>
        <span className="flex w-full gap-2 pl-8">
          {item.thumbs.map((thumb) => (
            <img
              key={thumb.id}
              src={thumb.url}
              alt={thumb.caption ? t("photosAlt", { caption: thumb.caption }) : t("photoAltPlain")}
              width={72}
              height={72}
              loading="lazy"
              decoding="async"
              className="size-18 rounded-lg bg-slate-100 object-cover"
            />
          ))}
        </span>
      </Link>
    );
  if (item.kind === "diary")
    return (
      <Link href={item.href} prefetch={false} className={itemClass}>
        <NotebookPen aria-hidden="true" className="size-5 shrink-0 text-brand-700" />
        <span className="min-w-0 flex-1">
          <span className="block font-medium">
            {t(item.fromStaff ? "diaryStaff" : "diaryParent", {
              author: item.authorName,
              date: dayInWords(item.date, { locale }),
            })}
          </span>
          <span className="block text-sm text-slate-600">{when}</span>
        </span>
        <ChevronRight aria-hidden="true" className="size-5 shrink-0 text-slate-400" />
      </Link>
    );
  return (
    <Link href={item.href} prefetch={false} className={itemClass}>
      <CalendarDays aria-hidden="true" className="size-5 shrink-0 text-brand-700" />
      <span className="min-w-0 flex-1">
        <span className="block font-medium">
          {t(item.status === "APPROVED" ? "requestApproved" : "requestDeclined", {
            what: tPlanning(`type_${item.type}`),
            date: dayInWords(item.date, { locale }),
            dagdeel: t(`dagdeel.${item.dagdeel}`),
          })}
        </span>
        <span className="block text-sm text-slate-600">{when}</span>
      </span>
      <ChevronRight aria-hidden="true" className="size-5 shrink-0 text-slate-400" />
    </Link>
  );
}

/** Home is today: per child today's planning and what is new this week, newest first; then messages and news. */
export default async function ParentHome() {
  const user = await requireRole("PARENT");
  const [home, children, t, tParent, locale, consentTodos, tConsent, presence, tPresence] = await Promise.all([
    getParentHome(user),
    listVisibleChildren(user),
    getTranslations("home"),
    getTranslations("parent"),
    getLocale(),
    listConsentTodos(user),
    getTranslations("consent"),
    listOwnPresenceToday(user),
    getTranslations("presence"),
  ]);
  const clock = (iso: string) => formatDateTime(new Date(iso), locale, "HH:mm");
  const today = toIsoDate(todayDate());
  return (
    <>
      <PageTitle sub={dayInWords(today, { locale })}>{tParent("hello", { name: user.name.split(" ")[0] })}</PageTitle>
      {/* A child without any recorded photo choice is a to-do until the parents choose (issue 18). */}
      {consentTodos.length > 0 && (
        <section
          aria-labelledby="consent-todo"
          className="mb-4 rounded-2xl bg-amber-50 p-4 ring-1 ring-inset ring-amber-700/30"
        >
          <h2 id="consent-todo" className="text-lg font-semibold text-amber-950">
            {tConsent("todoTitle")}
          </h2>
          <ul className="mt-1 space-y-1 text-amber-950">
            {consentTodos.map((child) => (
              <li key={child.id}>{tConsent("todo", { name: child.name })}</li>
            ))}
          </ul>
          <Link href="/ouder/toestemming" className={`${buttonClass("primary")} mt-3`}>
            {tConsent("todoLink")}
          </Link>
        </section>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        {home.children.map((child) => {
          const summary = children.find((c) => c.id === child.id);
          const current = summary?.placements.find((p) => p.startDate <= today) ?? summary?.placements[0];
          return (
            <Card key={child.id} title={`${child.firstName} ${child.lastName}`}>
              <section aria-label={t("today")} className="rounded-xl bg-brand-50 p-3" data-testid="home-today">
                {child.today ? (
                  todayLines(t, child.today, locale).map((line) => (
                    <p key={line} className="font-medium text-brand-800">
                      {line}
                    </p>
                  ))
                ) : current && current.startDate > today ? (
                  <p className="text-slate-700">
                    {tParent("startsOn", { date: formatDate(current.startDate, locale) })}
                  </p>
                ) : (
                  <p className="text-slate-700">{tParent("noPlacement")}</p>
                )}
                {/* Today's check-in and check-out, as the group registered them (issue 18). */}
                {presence
                  .filter((p) => p.childId === child.id)
                  .map((p) => (
                    <p key={p.childId} className="mt-1 font-medium text-slate-900" data-testid="presence-today">
                      {tPresence("parentHome.in", { time: clock(p.checkedInAt) })}
                      {p.checkedOutAt &&
                        ` · ${
                          p.pickedUpByName
                            ? tPresence("parentHome.out", { time: clock(p.checkedOutAt), name: p.pickedUpByName })
                            : tPresence("parentHome.outNoName", { time: clock(p.checkedOutAt) })
                        }`}
                    </p>
                  ))}
                <Link
                  href={`/ouder/planning?kind=${child.id}`}
                  prefetch={false}
                  className="mt-1 inline-flex min-h-11 items-center gap-1 text-sm font-medium text-brand-800 underline"
                >
                  {t("planningLink", { name: child.firstName })}
                </Link>
              </section>
              <h3 className="mt-4 mb-1 text-base font-semibold text-slate-900">{t("newTitle")}</h3>
              {child.items.length === 0 ? (
                <p className="text-sm text-slate-600">{t("nothingNew")}</p>
              ) : (
                <ul className="-mx-2" data-testid="home-new">
                  {child.items.map((item) => (
                    <li key={`${item.kind}-${item.at.getTime()}-${item.href}`}>
                      <ChildItem item={item} locale={locale} />
                    </li>
                  ))}
                </ul>
              )}
              {summary && (
                <dl className="mt-3 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 border-t border-slate-100 pt-3 text-sm">
                  <dt className="text-slate-600">{tParent("consentPhotograph")}</dt>
                  <dd className="font-medium">{summary.consentPhotograph ? tParent("yes") : tParent("no")}</dd>
                  <dt className="text-slate-600">{tParent("consentShare")}</dt>
                  <dd className="font-medium">{summary.consentShareGroup ? tParent("yes") : tParent("no")}</dd>
                </dl>
              )}
            </Card>
          );
        })}
      </div>
      {home.family.length > 0 && (
        <Card title={t("familyTitle")} className="mt-4">
          <ul className="-mx-2" data-testid="home-family">
            {home.family.map((item) => {
              const Icon = item.kind === "message" ? MessageCircle : Newspaper;
              return (
                <li key={item.href}>
                  <Link href={item.href} prefetch={false} className={itemClass}>
                    <Icon aria-hidden="true" className="size-5 shrink-0 text-brand-700" />
                    <span className="min-w-0 flex-1">
                      <span className={`block ${item.unread ? "font-bold" : "font-medium"}`}>
                        {item.kind === "message"
                          ? t("message", { subject: item.subject })
                          : t("news", { title: item.title })}
                      </span>
                      <span className="block text-sm text-slate-600">
                        {formatDateTime(item.at, locale, "EEEE d MMMM, HH:mm")}
                      </span>
                    </span>
                    {item.unread && (
                      <span className="shrink-0 rounded-full bg-brand-700 px-2 py-0.5 text-xs font-semibold text-white">
                        {t("new")}
                      </span>
                    )}
                  </Link>
                </li>
              );
            })}
          </ul>
        </Card>
      )}
      <div className="mt-6">
        <Notice>{tParent("staffNote")}</Notice>
      </div>
    </>
  );
}
