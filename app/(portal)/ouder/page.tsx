import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import Link from "next/link";
import { listVisibleChildren } from "@/lib/children/queries";
import { listConsentTodos } from "@/lib/consent/queries";
import { listOwnPresenceToday } from "@/lib/presence/queries";
import { buttonClass } from "@/components/ui/button";
import { Card, PageTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { formatDate, formatDateTime } from "@/components/format";
import { todayDate, toIsoDate } from "@/lib/time";

export const metadata = { title: "Overzicht" };

export default async function ParentHome() {
  const user = await requireRole("PARENT");
  const [children, t, locale, consentTodos, tConsent, presence, tPresence] = await Promise.all([
    listVisibleChildren(user),
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
      <PageTitle sub={t("children")}>{t("hello", { name: user.name.split(" ")[0] })}</PageTitle>
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
        {children.map((child) => {
          const current = child.placements.find((p) => p.startDate <= today) ?? child.placements[0];
          return (
            <Card key={child.id} title={`${child.firstName} ${child.lastName}`}>
              <p className="text-slate-700">
                {current
                  ? `${t("group", { name: current.groupName })} · ${current.careType} · ${current.locationName}`
                  : t("noPlacement")}
              </p>
              {/* Today's check-in and check-out, as the group registered them (issue 18). */}
              {presence
                .filter((p) => p.childId === child.id)
                .map((p) => (
                  <p key={p.childId} className="mt-2 font-medium text-slate-900" data-testid="presence-today">
                    {tPresence("home.in", { time: clock(p.checkedInAt) })}
                    {p.checkedOutAt &&
                      ` · ${
                        p.pickedUpByName
                          ? tPresence("home.out", { time: clock(p.checkedOutAt), name: p.pickedUpByName })
                          : tPresence("home.outNoName", { time: clock(p.checkedOutAt) })
                      }`}
                  </p>
                ))}
              {current && current.startDate > today && (
                <p className="text-sm text-slate-500">
                  {t("startsOn", { date: formatDate(current.startDate, locale) })}
                </p>
              )}
              <dl className="mt-3 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm">
                <dt className="text-slate-600">{t("consentPhotograph")}</dt>
                <dd className="font-medium">{child.consentPhotograph ? t("yes") : t("no")}</dd>
                <dt className="text-slate-600">{t("consentShare")}</dt>
                <dd className="font-medium">{child.consentShareGroup ? t("yes") : t("no")}</dd>
              </dl>
            </Card>
          );
        })}
      </div>
      <div className="mt-6">
        <Notice>{t("staffNote")}</Notice>
      </div>
    </>
  );
}
