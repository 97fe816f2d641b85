import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { listDecisionQueue } from "@/lib/planning/queries";
import { formatDuration } from "@/lib/planning/format";
import { PageTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { formatDate, formatDateTime } from "@/components/format";
import { DecisionQueue } from "@/components/planning/decision-form";
import { decideRequestAction } from "./actions";

export const metadata = { title: "Aanvragen" };

/** Managers (their locations) and beheerders (the organisation) decide the requests capacity could not approve. */
export default async function ApprovalsPage() {
  const user = await requireRole("MANAGER", "BEHEERDER");
  const [queue, t, tp, ts, locale] = await Promise.all([
    listDecisionQueue(user),
    getTranslations("planningApprovals"),
    getTranslations("planning"),
    getTranslations("swap"),
    getLocale(),
  ]);
  return (
    <>
      <PageTitle>{t("title")}</PageTitle>
      {queue.length === 0 && <Notice>{t("empty")}</Notice>}
      <DecisionQueue
        action={decideRequestAction}
        items={queue.map((item) => ({
          id: item.id,
          title: item.childName,
          label: `${item.childName} ${formatDate(item.date, locale, "EEEE d MMMM")} ${tp(`dagdeel_${item.dagdeel}`)}`,
          lines: [
            `${tp(`type_${item.type}`)} · ${formatDate(item.date, locale, "EEEE d MMMM yyyy")} · ${tp(`dagdeel_${item.dagdeel}`)}`,
            `${item.familyName} · ${item.groupName} · ${formatDuration(item.costMinutes, locale)} (${t(`paidWith_${item.payment}`)})`,
            ...(item.swapFrom
              ? [
                  ts("givesUp", {
                    slot: `${formatDate(item.swapFrom.date, locale, "EEEE d MMMM yyyy")} · ${tp(`dagdeel_${item.swapFrom.dagdeel}`)}`,
                  }),
                ]
              : []),
            ...(item.expiresAt
              ? [ts("expiresOn", { time: formatDateTime(new Date(item.expiresAt), locale, "EEEE d MMMM HH:mm") })]
              : []),
            ...(item.capacity !== null
              ? [t("occupancy", { occupied: String(item.occupied), capacity: String(item.capacity) })]
              : []),
          ],
          comment: item.comment,
        }))}
      />
    </>
  );
}
