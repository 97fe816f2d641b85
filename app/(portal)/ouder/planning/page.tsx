import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { getParentPlanning, listPlanningChildren } from "@/lib/planning/queries";
import { formatDuration, formatRoefjes } from "@/lib/planning/format";
import { Card, PageTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { formatDate, formatDateTime } from "@/components/format";
import { AbsenceForm } from "@/components/planning/absence-form";
import { RequestForm } from "@/components/planning/request-form";
import { AbsenceItemForm, CancelRequestButton } from "@/components/planning/small-forms";
import { FlashArea } from "@/components/planning/flash";
import { ChildTabs, RequestStatusLine } from "@/components/planning/bits";
import { SwapForm } from "@/components/planning/swap-form";
import { LedgerTable } from "@/components/planning/ledger-table";
import { getChildLedgers } from "@/lib/planning/ledger";
import { getSwapOverview } from "@/lib/swap/queries";
import { now as clockNow } from "@/lib/clock";
import { absenceAction, cancelRequestAction, createRequestAction, reportAbsenceAction } from "./actions";
import { createSwapAction } from "./swap-actions";

export const metadata = { title: "Planning" };

/** Phone-first planning for parents: tegoed, afmelden, extra opvang, the calendar and the requests of one child. */
export default async function ParentPlanningPage({ searchParams }: { searchParams: Promise<{ kind?: string }> }) {
  const user = await requireRole("PARENT");
  const [{ kind }, t, ts, locale] = await Promise.all([
    searchParams,
    getTranslations("planning"),
    getTranslations("swap"),
    getLocale(),
  ]);
  const children = await listPlanningChildren(user);
  if (children.length === 0) {
    return (
      <>
        <PageTitle>{t("title")}</PageTitle>
        <Notice>{t("noChildren")}</Notice>
      </>
    );
  }
  const childId = children.some((c) => c.id === kind) ? kind! : children[0].id;
  const now = clockNow();
  const [planning, swaps, ledgers, tl] = await Promise.all([
    getParentPlanning(user, childId, { now }),
    getSwapOverview(user, childId, { now }),
    getChildLedgers(user, childId, { now }),
    getTranslations("ledger"),
  ]);
  const swappedAway = new Set(
    swaps.swaps.filter((s) => s.status === "APPROVED").map((s) => `${s.fromDate}|${s.fromDagdeel}`),
  );
  const swapStatus = new Map(swaps.swaps.map((s) => [s.id, s.status]));
  const { child, tegoed } = planning;
  // Swaps have their own card above.
  const careRequests = planning.requests.filter((r) => r.type !== "SWAP");
  const fmt = (m: number) => formatDuration(m, locale);
  const nextLot = tegoed.lots[0];
  return (
    <>
      <PageTitle sub={child.groupName ?? undefined}>{t("title")}</PageTitle>
      <ChildTabs
        items={children.map((c) => ({ id: c.id, name: c.firstName }))}
        current={child.id}
        basePath="/ouder/planning"
        label={t("chooseChild")}
      />

      <div className="grid gap-4 md:grid-cols-2">
        <Card title={t("tegoedTitle")}>
          <p className="text-2xl font-semibold text-slate-900" data-testid="tegoed-balance">
            {t("tegoedBalance", { amount: fmt(tegoed.available) })}
          </p>
          {nextLot && (
            <p className="text-sm text-slate-600">
              {t("tegoedNextExpiry", { amount: fmt(nextLot.remaining), date: formatDate(nextLot.expiresOn, locale) })}
            </p>
          )}
          {tegoed.expired > 0 && (
            <p className="text-sm text-slate-600">{t("tegoedExpired", { amount: fmt(tegoed.expired) })}</p>
          )}
          <p className="mt-2 text-sm text-slate-600">{t("tegoedExplain")}</p>
          <details className="mt-2">
            <summary className="min-h-11 cursor-pointer py-2 font-medium text-brand-800">{tl("historyTitle")}</summary>
            <LedgerTable history={ledgers.tegoed} caption={`${t("tegoedTitle")}: ${tl("historyTitle")}`} />
          </details>
          {child.careType === "BSO" && (
            <Link
              href={`/ouder/roefjes?kind=${child.id}`}
              className="mt-3 inline-flex min-h-11 items-center font-medium text-brand-800 underline"
            >
              {t("roefjesLink")}
            </Link>
          )}
        </Card>

        <Card title={t("absenceTitle")}>
          <p className="mb-3 text-sm text-slate-600">{t("absenceRules")}</p>
          <AbsenceForm
            action={reportAbsenceAction}
            childId={child.id}
            today={planning.today}
            deadlines={planning.deadlines}
            vacations={planning.vacations}
            nowMinutes={planning.nowMinutes}
            dagdelen={planning.dagdeelCosts.map((d) => d.dagdeel)}
          />
        </Card>

        <Card title={t("requestTitle")}>
          <p className="mb-3 text-sm text-slate-600" data-testid="cancel-rule">
            {t("cancelRule", {
              hours: String(planning.settings.requestCancelHours),
              minutes: String(planning.settings.requestCancelGraceMinutes),
            })}
          </p>
          <RequestForm
            action={createRequestAction}
            child={{ id: child.id, firstName: child.firstName }}
            siblings={planning.siblings}
            firstDate={planning.firstRequestDate}
            dagdeelCosts={planning.dagdeelCosts}
            lots={tegoed.lots}
          />
        </Card>

        {swaps.enabled && (
          <Card title={ts("title")}>
            <p className="mb-3 text-sm text-slate-600">{ts("intro", { days: String(swaps.validityDays) })}</p>
            <SwapForm
              action={createSwapAction}
              childId={child.id}
              firstDate={swaps.firstDate}
              validityDays={swaps.validityDays}
              giveUp={swaps.giveUp}
              wantedDagdelen={swaps.wantedDagdelen}
            />
          </Card>
        )}

        {swaps.swaps.length > 0 && (
          <Card title={ts("listTitle")}>
            <FlashArea>
              <ul className="divide-y divide-slate-100">
                {swaps.swaps.map((s) => {
                  const label = ts("item", {
                    from: `${formatDate(s.fromDate, locale, "EEEE d MMMM")} ${t(`dagdeel_${s.fromDagdeel}`)}`,
                    to: `${formatDate(s.toDate, locale, "EEEE d MMMM")} ${t(`dagdeel_${s.toDagdeel}`)}`,
                  });
                  return (
                    <li key={s.id} className="space-y-1 py-3" data-testid="swap-item">
                      <p className="font-medium">{label}</p>
                      <p className="text-sm text-slate-700" data-testid="swap-status">
                        {ts(`status_${s.status}`)}
                      </p>
                      {s.decisionReason && <p className="text-sm text-slate-600">{s.decisionReason}</p>}
                      {s.status === "REQUESTED" && s.expiresAt && (
                        <p className="text-sm text-slate-600">
                          {ts("expiresOn", {
                            time: formatDateTime(new Date(s.expiresAt), locale, "EEEE d MMMM HH:mm"),
                          })}
                        </p>
                      )}
                      {s.canCancel && (
                        <CancelRequestButton
                          action={cancelRequestAction}
                          requestId={s.id}
                          label={label}
                          cancelUntil={s.cancelUntil}
                        />
                      )}
                    </li>
                  );
                })}
              </ul>
            </FlashArea>
          </Card>
        )}

        <Card title={t("requestsTitle")}>
          <FlashArea>
            {careRequests.length === 0 ? (
              <p className="text-slate-600">{t("noRequests")}</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {careRequests.map((r) => {
                  const label = `${t(`type_${r.type}`)} ${formatDate(r.date, locale, "EEEE d MMMM")} ${t(`dagdeel_${r.dagdeel}`)}`;
                  return (
                    <li key={r.id} className="space-y-1 py-3" data-testid="request-item">
                      <p className="font-medium">{label}</p>
                      <RequestStatusLine request={r} />
                      {r.canCancel && r.cancelUntil && (
                        <CancelRequestButton
                          action={cancelRequestAction}
                          requestId={r.id}
                          label={label}
                          cancelUntil={r.cancelUntil}
                        />
                      )}
                      {!r.canCancel && r.cancelUntil && (
                        <p className="text-sm text-slate-600" data-testid="cancel-closed">
                          {t("cancelClosed", {
                            time: formatDateTime(new Date(r.cancelUntil), locale, "EEEE d MMMM HH:mm"),
                          })}
                        </p>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </FlashArea>
        </Card>
      </div>

      <Card title={t("absencesTitle")} className="mt-4">
        <FlashArea>
          {planning.absences.length === 0 ? (
            <p className="text-slate-600">{t("noAbsences")}</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {planning.absences.map((a) => {
                const label = `${formatDate(a.date, locale, "EEEE d MMMM")} ${t(`dagdeel_${a.dagdeel}`)}`;
                return (
                  <li key={a.id} className="space-y-1 py-3" data-testid="absence-item">
                    <p className="font-medium">
                      {label} · {t(`reason_${a.reason}`)}
                      {a.bookedAs && ` · ${t(`type_${a.bookedAs}`)}`}
                      {a.earnedMinutes > 0 && (
                        <span
                          className="ml-2 rounded-full bg-green-100 px-2 py-0.5 text-xs font-medium text-green-800"
                          data-testid="absence-gives"
                        >
                          {a.givesBack === "ROEFJES"
                            ? t("roefjesBack", { amount: formatRoefjes(a.earnedMinutes, locale) })
                            : t("earned", { amount: fmt(a.earnedMinutes) })}
                        </span>
                      )}
                    </p>
                    {a.comment && <p className="text-sm text-slate-600">{a.comment}</p>}
                    {a.canChange ? (
                      <>
                        <p className="text-sm text-slate-600">
                          {t("changeUntil", {
                            time: formatDateTime(new Date(a.changeUntil), locale, "EEEE d MMMM HH:mm"),
                          })}
                        </p>
                        <AbsenceItemForm
                          action={absenceAction}
                          absenceId={a.id}
                          reason={a.reason}
                          comment={a.comment}
                          label={label}
                        />
                      </>
                    ) : (
                      <p className="text-sm text-slate-600">{t("changeClosed")}</p>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </FlashArea>
      </Card>

      <Card title={t("calendarTitle")} className="mt-4">
        <ol className="divide-y divide-slate-100" aria-label={t("calendarTitle")}>
          {planning.days.map((day) => (
            <li
              key={day.date}
              className="flex flex-col gap-1 py-2 sm:flex-row sm:items-center sm:justify-between"
              data-testid={`day-${day.date}`}
            >
              <span className="font-medium">
                {formatDate(day.date, locale, "EEEE d MMMM")}
                {day.date === planning.today && (
                  <span className="ml-2 text-sm text-slate-600">({t("todayLabel")})</span>
                )}
              </span>
              <span className="flex flex-wrap gap-1">
                {day.closedName ? (
                  <Chip tone="slate">{t("closed", { name: day.closedName })}</Chip>
                ) : day.slots.length === 0 ? (
                  <span className="text-sm text-slate-600">
                    {day.vacationName ? `${day.vacationName} · ${t("noCare")}` : t("noCare")}
                  </span>
                ) : (
                  day.slots.map((slot) => (
                    <Chip
                      key={slot.dagdeel}
                      tone={
                        slot.absence
                          ? "amber"
                          : slot.request
                            ? slot.request.status === "APPROVED"
                              ? "green"
                              : "blue"
                            : "brand"
                      }
                    >
                      {t(`dagdeel_${slot.dagdeel}`)}
                      {": "}
                      {slot.absence
                        ? swappedAway.has(`${day.date}|${slot.dagdeel}`)
                          ? ts("swapped")
                          : t("absentWith", { reason: t(`reason_${slot.absence.reason}`) })
                        : slot.request
                          ? `${t(`type_${slot.request.type}`)} (${slot.request.type === "SWAP" ? ts(`status_${swapStatus.get(slot.request.id) ?? slot.request.status}`) : t(`status_${slot.request.status}`)})`
                          : t("contracted")}
                    </Chip>
                  ))
                )}
              </span>
            </li>
          ))}
        </ol>
      </Card>
    </>
  );
}

const chipTones = {
  brand: "bg-brand-50 text-brand-800",
  green: "bg-green-100 text-green-800",
  amber: "bg-amber-100 text-amber-900",
  blue: "bg-sky-100 text-sky-900",
  slate: "bg-slate-200 text-slate-800",
} as const;

function Chip({ tone, children }: { tone: keyof typeof chipTones; children: React.ReactNode }) {
  return <span className={`rounded-full px-2 py-0.5 text-sm font-medium ${chipTones[tone]}`}>{children}</span>;
}
