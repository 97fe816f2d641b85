import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { newSubmissionKey } from "@/lib/forms/submission-key";
import { isAppError } from "@/lib/errors";
import { getDiaryTimeline, listDiaryPhotoCandidates } from "@/lib/diary/queries";
import { DIARY_DAYS_BACK, isWritableDiaryDate } from "@/lib/diary/schema";
import { addCalendarDays, todayDate, toIsoDate } from "@/lib/time";
import { nextPresentChild } from "@/lib/presence/queries";
import { Card, PageTitle } from "@/components/ui/card";
import { DiaryTimeline } from "@/components/diary/diary-timeline";
import { DiaryEntryForm } from "@/components/diary/diary-entry-form";
import { saveStaffDiaryEntry } from "../actions";

export const metadata = { title: "Schriftje" };

/** Quick entry for one child (templates and chips) next to the child's recent schriftje, parent entries included. */
export default async function StaffChildDiaryPage({
  params,
  searchParams,
}: {
  params: Promise<{ childId: string }>;
  searchParams: Promise<{ datum?: string }>;
}) {
  const user = await requireRole("STAFF", "MANAGER");
  const [{ childId }, { datum }] = await Promise.all([params, searchParams]);
  const t = await getTranslations("diary");
  const timeline = await getDiaryTimeline(user, childId, { take: 20 }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const today = todayDate();
  const [photoCandidates, nextChild] = await Promise.all([
    listDiaryPhotoCandidates(user, timeline.child.id, { today }),
    nextPresentChild(user, timeline.child.id),
  ]);
  // The day from the overview preselects the form's date (the action validates it again).
  const day = datum && isWritableDiaryDate(datum, today) ? datum : toIsoDate(today);
  const name = `${timeline.child.firstName} ${timeline.child.lastName}`;
  return (
    <>
      <p className="mb-2">
        <Link href="/groep/schriftje" className="text-sm text-brand-800 underline">
          ← {t("backToGroup")}
        </Link>
      </p>
      <PageTitle>{t("writeFor", { name })}</PageTitle>
      <div className="grid gap-4 md:grid-cols-[3fr_2fr]">
        <Card>
          <DiaryEntryForm
            submissionKey={newSubmissionKey()}
            action={saveStaffDiaryEntry}
            childId={timeline.child.id}
            today={toIsoDate(today)}
            defaultDate={day}
            minDate={toIsoDate(addCalendarDays(today, -DIARY_DAYS_BACK))}
            variant="staff"
            photoCandidates={photoCandidates}
            next={nextChild ? { href: `/groep/schriftje/${nextChild.id}`, name: nextChild.name } : null}
          />
        </Card>
        <Card title={t("timelineOf", { name: timeline.child.firstName })}>
          <DiaryTimeline entries={timeline.entries} />
        </Card>
      </div>
    </>
  );
}
