import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { listGroupDiaryDay } from "@/lib/diary/queries";
import { listHereNow } from "@/lib/presence/queries";
import { todayDate, toIsoDate } from "@/lib/time";
import { Card, PageTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { DaySheetForm } from "./day-sheet-form";

export const metadata = { title: "Dagblad" };

/** The group day sheet (issue 18): the same item for several children at once, per group, today. */
export default async function DaySheetPage() {
  const user = await requireRole("STAFF", "MANAGER");
  const today = todayDate();
  const [groups, hereNow, t] = await Promise.all([
    listGroupDiaryDay(user, { date: today }),
    listHereNow(user),
    getTranslations("diary"),
  ]);
  const here = new Set(hereNow.flatMap((g) => g.children.map((c) => c.id)));
  const withChildren = groups.filter((g) => g.children.length > 0);
  return (
    <>
      <p className="mb-2">
        <Link href="/groep/schriftje" className="text-sm text-brand-800 underline">
          ← {t("backToGroup")}
        </Link>
      </p>
      <PageTitle sub={t("sheet.intro")}>{t("sheet.title")}</PageTitle>
      {withChildren.length === 0 && <Notice>{t("sheet.noChildren")}</Notice>}
      <div className="space-y-4">
        {withChildren.map((group) => (
          <Card key={group.id} title={group.name}>
            <DaySheetForm
              date={toIsoDate(today)}
              pupils={group.children.map((c) => ({
                id: c.id,
                name: `${c.firstName} ${c.lastName}`,
                here: here.has(c.id),
              }))}
            />
          </Card>
        ))}
      </div>
    </>
  );
}
