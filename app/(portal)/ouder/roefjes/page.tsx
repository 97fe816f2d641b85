import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { getRoefjesOverview, listPlanningChildren } from "@/lib/planning/queries";
import { formatRoefjes } from "@/lib/planning/format";
import { Card, PageTitle } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { formatDate } from "@/components/format";
import { ledgerNoteWords } from "@/components/ledger-note";
import { FlashArea } from "@/components/planning/flash";
import { ChildTabs, RequestStatusLine } from "@/components/planning/bits";
import { VacationForm } from "@/components/planning/vacation-form";
import { CancelRequestButton } from "@/components/planning/small-forms";
import { BackLink } from "@/components/back-link";
import { cancelRequestAction, createRequestAction } from "@/app/(portal)/ouder/planning/actions";

export const metadata = { title: "Roefjes" };

/** BSO vacation care: Roefjes balance per year, the ledger, and requesting vacation dagdelen with the guarantee. */
export default async function RoefjesPage({
  searchParams,
}: {
  searchParams: Promise<{ kind?: string; vakantie?: string }>;
}) {
  const user = await requireRole("PARENT");
  const [{ kind, vakantie }, t, locale, tNotes] = await Promise.all([
    searchParams,
    getTranslations("planning"),
    getLocale(),
    getTranslations("ledgerNotes"),
  ]);
  const children = (await listPlanningChildren(user)).filter((c) => c.careType === "BSO");
  if (children.length === 0) {
    return (
      <>
        <BackLink href="/ouder/meer" to="more" />
        <PageTitle>{t("roefjesTitle")}</PageTitle>
        <Notice>{t("notBso")}</Notice>
      </>
    );
  }
  const childId = children.some((c) => c.id === kind) ? kind! : children[0].id;
  const overview = await getRoefjesOverview(user, childId, { vacationId: vakantie });
  const fmt = (m: number) => formatRoefjes(m, locale);
  const selected = overview.selected;
  return (
    <>
      <BackLink href="/ouder/meer" to="more" />
      <PageTitle sub={t("roefjesIntro")}>{t("roefjesTitle")}</PageTitle>
      <ChildTabs
        items={children.map((c) => ({ id: c.id, name: c.firstName }))}
        current={childId}
        basePath="/ouder/roefjes"
        label={t("chooseChild")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        {overview.years.map((y) => (
          <Card key={y.year} title={t("roefjesYear", { year: String(y.year) })}>
            <p className="text-2xl font-semibold" data-testid={`roefjes-${y.year}`}>
              {t("roefjesAvailable", { amount: fmt(y.available) })}
            </p>
            <p className="text-sm text-slate-600">
              {t("roefjesGranted", { amount: fmt(y.granted) })} · {t("roefjesSpent", { amount: fmt(y.spent) })} ·{" "}
              {t("roefjesExpired", { amount: fmt(y.expired) })}
            </p>
          </Card>
        ))}
      </div>

      <Card title={t("vacationTitle")} className="mt-4">
        {overview.vacations.length === 0 ? (
          <p className="text-slate-600">{t("noVacations")}</p>
        ) : (
          <form method="get" className="mb-4 flex flex-wrap items-end gap-2">
            <input type="hidden" name="kind" value={childId} />
            <div className="min-w-56 flex-1 space-y-1">
              <label htmlFor="vakantie" className="block text-sm font-medium text-slate-700">
                {t("vacationChoose")}
              </label>
              <select
                id="vakantie"
                name="vakantie"
                defaultValue={selected?.id ?? overview.vacations[0].id}
                className="block min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3"
              >
                {overview.vacations.map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.name} ({formatDate(v.startDate, locale, "d MMM")} – {formatDate(v.endDate, locale, "d MMM yyyy")}
                    )
                  </option>
                ))}
              </select>
            </div>
            <Button type="submit" variant="secondary">
              {t("showDays")}
            </Button>
          </form>
        )}
        {selected && (
          <>
            <div className="mb-3">
              <Notice tone={selected.guaranteeOpen ? "success" : "info"}>
                {selected.guaranteeOpen
                  ? t("guaranteeOpen", { date: formatDate(selected.guaranteeUntil, locale) })
                  : t("guaranteeClosed", { date: formatDate(selected.guaranteeUntil, locale) })}
              </Notice>
            </div>
            <VacationForm
              action={createRequestAction}
              key={selected.id}
              childId={childId}
              dagdeelCosts={overview.dagdeelCosts}
              lots={overview.lots}
              days={selected.days.map((d) => ({
                date: d.date,
                label: formatDate(d.date, locale, "EEEE d MMMM"),
                slots: d.slots.map((s) => ({
                  dagdeel: s.dagdeel,
                  guaranteedIfNow: s.guaranteedIfNow,
                  taken: s.request ? t(`status_${s.request.status}`) : null,
                })),
              }))}
            />
          </>
        )}
      </Card>

      <Card title={t("vacationRequestsTitle")} className="mt-4">
        <FlashArea>
          {overview.requests.length === 0 ? (
            <p className="text-slate-600">{t("noRequests")}</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {overview.requests.map((r) => {
                const label = `${formatDate(r.date, locale, "EEEE d MMMM yyyy")} ${t(`dagdeel_${r.dagdeel}`)}`;
                return (
                  <li key={r.id} className="space-y-1 py-3" data-testid="vacation-request">
                    <p className="font-medium">
                      {label} · {fmt(r.costMinutes)} Roefjes
                    </p>
                    <RequestStatusLine request={r} />
                    {r.canCancel && r.cancelUntil && (
                      <CancelRequestButton
                        action={cancelRequestAction}
                        requestId={r.id}
                        label={label}
                        cancelUntil={r.cancelUntil}
                      />
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </FlashArea>
      </Card>

      <Card title={t("ledgerTitle")} className="mt-4">
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-200 text-slate-600">
                <th scope="col" className="py-2 pr-2">
                  {t("ledgerDate")}
                </th>
                <th scope="col" className="py-2 pr-2">
                  {t("ledgerWhat")}
                </th>
                <th scope="col" className="py-2 text-right">
                  {t("ledgerAmount")}
                </th>
              </tr>
            </thead>
            <tbody>
              {overview.ledger.map((line) => (
                <tr key={line.id} className="border-b border-slate-100">
                  <td className="py-2 pr-2 whitespace-nowrap">{formatDate(line.date, locale, "d MMM yyyy")}</td>
                  <td className="py-2 pr-2">
                    {t(`ledger_${line.type}`)}
                    {line.note && (
                      <span className="block text-sm text-slate-600">{ledgerNoteWords(line.note, tNotes, locale)}</span>
                    )}
                  </td>
                  <td
                    className={`py-2 text-right font-medium tabular-nums ${line.minutes < 0 ? "text-red-800" : "text-green-800"}`}
                  >
                    {line.minutes > 0 ? `+${fmt(line.minutes)}` : fmt(line.minutes)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </>
  );
}
