import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { listOwnFeeds } from "@/lib/calendar-feed/queries";
import { listVisibleChildren } from "@/lib/children/queries";
import { BackLink } from "@/components/back-link";
import { Card, PageTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { formatDateTime } from "@/components/format";
import { CalendarFeedForm } from "./feed-form";

export const metadata = { title: "Agenda" };

/** The parent's calendar links: one private iCalendar feed per child, made, renewed or stopped here. */
export default async function CalendarFeedPage() {
  const user = await requireRole("PARENT");
  const [children, feeds, t, tErrors, locale] = await Promise.all([
    listVisibleChildren(user),
    listOwnFeeds(user),
    getTranslations("calendarFeed"),
    getTranslations("errors"),
    getLocale(),
  ]);
  return (
    <>
      <BackLink href="/ouder/meer" to="more" />
      <PageTitle sub={t("intro")}>{t("title")}</PageTitle>
      <div className="mb-4">
        <Notice>{t("private")}</Notice>
      </div>
      <div className="space-y-4">
        {children.map((child) => {
          const feed = feeds.find((f) => f.childId === child.id);
          const name = child.firstName;
          return (
            <Card key={child.id} title={`${child.firstName} ${child.lastName}`}>
              <p className="mb-3 text-slate-700" data-testid="feed-status">
                {feed ? t("active", { date: formatDateTime(feed.createdAt, locale, "d MMMM yyyy, HH:mm") }) : t("none")}
              </p>
              <CalendarFeedForm
                childId={child.id}
                active={Boolean(feed)}
                labels={{
                  make: t("make"),
                  renew: t("renew"),
                  renewAbout: t("renewAbout", { name }),
                  renewQuestion: t("renewQuestion"),
                  stop: t("stop"),
                  stopAbout: t("stopAbout", { name }),
                  stopQuestion: t("stopQuestion"),
                  cancel: t("cancel"),
                  made: t("made", { name }),
                  stopped: t("stopped", { name }),
                  urlLabel: t("urlLabel", { name }),
                  copy: t("copy"),
                  copied: t("copied"),
                  subscribe: t("subscribe"),
                  howTo: t("howTo"),
                  notFound: tErrors("NOT_FOUND"),
                  unexpected: tErrors("unexpected"),
                }}
              />
            </Card>
          );
        })}
      </div>
    </>
  );
}
