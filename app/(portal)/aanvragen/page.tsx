import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { listDecisionQueue } from "@/lib/planning/queries";
import { formatDuration } from "@/lib/planning/format";
import { Card, PageTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { formatDate } from "@/components/format";
import { DecisionForm } from "@/components/planning/decision-form";

export const metadata = { title: "Aanvragen" };

/** Managers (their locations) and beheerders (the organisation) decide the requests capacity could not approve. */
export default async function ApprovalsPage() {
  const user = await requireRole("MANAGER", "BEHEERDER");
  const [queue, t, tp, locale] = await Promise.all([listDecisionQueue(user), getTranslations("planningApprovals"), getTranslations("planning"), getLocale()]);
  return (
    <>
      <PageTitle>{t("title")}</PageTitle>
      {queue.length === 0 && <Notice>{t("empty")}</Notice>}
      <div className="grid gap-4 md:grid-cols-2">
        {queue.map((item) => {
          const label = `${item.childName} ${formatDate(item.date, locale, "EEEE d MMMM")} ${tp(`dagdeel_${item.dagdeel}`)}`;
          return (
            <Card key={item.id} title={item.childName}>
              <div data-testid="queue-item" className="space-y-2">
                <p className="font-medium">
                  {tp(`type_${item.type}`)} · {formatDate(item.date, locale, "EEEE d MMMM yyyy")} · {tp(`dagdeel_${item.dagdeel}`)}
                </p>
                <p className="text-sm text-slate-600">
                  {item.familyName} · {item.groupName} · {formatDuration(item.costMinutes, locale)} ({t(`paidWith_${item.payment}`)})
                </p>
                {item.capacity !== null && <p className="text-sm text-slate-700">{t("occupancy", { occupied: String(item.occupied), capacity: String(item.capacity) })}</p>}
                {item.comment && <p className="rounded-lg bg-slate-50 px-3 py-2 text-sm">{item.comment}</p>}
                <DecisionForm requestId={item.id} label={label} />
              </div>
            </Card>
          );
        })}
      </div>
    </>
  );
}
