import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { newSubmissionKey } from "@/lib/forms/submission-key";
import { listVisibleChildren } from "@/lib/children/queries";
import { getDiaryTimeline } from "@/lib/diary/queries";
import { DIARY_DAYS_BACK } from "@/lib/diary/schema";
import { addCalendarDays, todayDate, toIsoDate } from "@/lib/time";
import { isUuid } from "@/lib/ids";
import { Card, PageTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { ChildSwitcher } from "@/components/child-switcher";
import { DiaryTimeline } from "@/components/diary/diary-timeline";
import { DiaryEntryForm } from "@/components/diary/diary-entry-form";
import { saveParentDiaryEntry } from "./actions";

export const metadata = { title: "Schriftje" };

/** Phone-first: the schriftje of one child, with a switch between children at the top. */
export default async function ParentDiaryPage({ searchParams }: { searchParams: Promise<{ kind?: string }> }) {
  const user = await requireRole("PARENT");
  const [{ kind }, t, children] = await Promise.all([
    searchParams,
    getTranslations("diary"),
    listVisibleChildren(user),
  ]);
  if (children.length === 0) {
    return (
      <>
        <PageTitle>{t("title")}</PageTitle>
        <Notice>{t("noChildren")}</Notice>
      </>
    );
  }
  // An unknown or foreign ?kind= falls back to the first child; getDiaryTimeline re-checks the scope anyway.
  const selected = children.find((child) => isUuid(kind) && child.id === kind) ?? children[0];
  const timeline = await getDiaryTimeline(user, selected.id);
  const today = todayDate();
  return (
    <>
      <PageTitle sub={t("parentIntro")}>{t("title")}</PageTitle>
      <ChildSwitcher
        label={t("chooseChild")}
        current={selected.id}
        items={children.map((child) => ({
          id: child.id,
          name: child.firstName,
          href: `/ouder/schriftje?kind=${child.id}`,
        }))}
      />
      <div className="space-y-4">
        <Card title={t("timelineOf", { name: timeline.child.firstName })}>
          <DiaryTimeline entries={timeline.entries} />
        </Card>
        <Card title={t("writeOwn")}>
          <DiaryEntryForm
            submissionKey={newSubmissionKey()}
            key={selected.id}
            action={saveParentDiaryEntry}
            childId={selected.id}
            today={toIsoDate(today)}
            minDate={toIsoDate(addCalendarDays(today, -DIARY_DAYS_BACK))}
            variant="parent"
          />
        </Card>
      </div>
    </>
  );
}
