import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { isAppError } from "@/lib/errors";
import { listExportLocations, listPresenceForExport } from "@/lib/presence/queries";
import { PageTitle } from "@/components/ui/card";
import { Button, buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { formatDate, formatDateTime } from "@/components/format";
import { addCalendarDays, todayDate, toIsoDate } from "@/lib/time";
import { PrintButton } from "@/components/ui/print-button";

export const metadata = { title: "Aanwezigheidslijst" };

type Props = { searchParams: Promise<{ locatie?: string; van?: string; tot?: string }> };

/**
 * The GGD presence list (issue 18): since July 2023 arrival and departure times must be kept and handed over on
 * request. Managers (their locations) and beheerders pick a location and a period; the list shows here, printable,
 * and downloads as CSV (app/api/aanwezigheidslijst).
 */
export default async function PresenceExportPage({ searchParams }: Props) {
  const user = await requireRole("MANAGER", "BEHEERDER");
  const [params, locations, t, locale] = await Promise.all([
    searchParams,
    listExportLocations(user),
    getTranslations("presence"),
    getLocale(),
  ]);
  if (locations.length === 0)
    return (
      <>
        <PageTitle>{t("export.title")}</PageTitle>
        <Notice>{t("export.noLocations")}</Notice>
      </>
    );
  const today = todayDate();
  const from = params.van ?? toIsoDate(addCalendarDays(today, -6));
  const to = params.tot ?? toIsoDate(today);
  const locationId = params.locatie ?? locations[0].id;
  const asked = params.locatie !== undefined;
  let list: Awaited<ReturnType<typeof listPresenceForExport>> | null = null;
  let error: string | null = null;
  if (asked) {
    try {
      list = await listPresenceForExport(user, { locationId, from, to });
    } catch (e) {
      if (isAppError(e) && e.code === "NOT_FOUND") notFound();
      if (isAppError(e)) error = e.messageKey;
      else throw e;
    }
  }
  const clock = (iso: string | null) => (iso ? formatDateTime(new Date(iso), locale, "HH:mm") : "");
  const query = new URLSearchParams({ locatie: locationId, van: from, tot: to });
  return (
    <>
      <PageTitle sub={t("export.intro")}>{t("export.title")}</PageTitle>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3 print:hidden">
        <div className="space-y-1">
          <label htmlFor="locatie" className="block text-sm font-medium text-slate-700">
            {t("export.location")}
          </label>
          <select
            id="locatie"
            name="locatie"
            defaultValue={locationId}
            className="block min-h-11 rounded-lg border border-slate-300 bg-white px-3"
          >
            {locations.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="van" className="block text-sm font-medium text-slate-700">
            {t("export.from")}
          </label>
          <input
            id="van"
            name="van"
            type="date"
            defaultValue={from}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "period-error" : undefined}
            className="block min-h-11 rounded-lg border border-slate-300 bg-white px-3"
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="tot" className="block text-sm font-medium text-slate-700">
            {t("export.to")}
          </label>
          <input
            id="tot"
            name="tot"
            type="date"
            defaultValue={to}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "period-error" : undefined}
            className="block min-h-11 rounded-lg border border-slate-300 bg-white px-3"
          />
        </div>
        <Button type="submit">{t("export.show")}</Button>
      </form>
      {error && (
        <p id="period-error" role="alert" className="mb-4 text-sm font-medium text-red-700">
          {t(error.replace(/^presence\./, ""))}
        </p>
      )}
      {list && (
        <section aria-labelledby="presence-list-title">
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
            <h2 id="presence-list-title" className="text-lg font-semibold text-slate-900">
              {t("export.heading", {
                location: list.location.name,
                lrk: list.location.lrkNumber,
                from: formatDate(list.from, locale),
                to: formatDate(list.to, locale),
              })}
            </h2>
            <div className="flex flex-wrap gap-2 print:hidden">
              <a href={`/api/aanwezigheidslijst?${query}`} className={buttonClass("primary")} download>
                {t("export.csv")}
              </a>
              <PrintButton label={t("export.print")} />
            </div>
          </div>
          <p className="mb-2 text-sm text-slate-700">{t("export.count", { count: list.rows.length })}</p>
          {list.rows.length === 0 ? (
            <Notice>{t("export.empty")}</Notice>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">
                  {t("export.caption", {
                    location: list.location.name,
                    from: formatDate(list.from, locale),
                    to: formatDate(list.to, locale),
                  })}
                </caption>
                <thead>
                  <tr className="border-b border-slate-300">
                    {(["date", "group", "child", "birthDate", "in", "out", "pickedUpBy"] as const).map((key) => (
                      <th key={key} scope="col" className="py-2 pr-3">
                        {t(`csv.${key}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {list.rows.map((row) => (
                    <tr key={`${row.date}-${row.childName}-${row.checkedInAt}`} className="border-b border-slate-100">
                      <td className="py-1.5 pr-3">{formatDate(row.date, locale, "d MMM yyyy")}</td>
                      <td className="py-1.5 pr-3">{row.groupName}</td>
                      <td className="py-1.5 pr-3">{row.childName}</td>
                      <td className="py-1.5 pr-3">{formatDate(row.birthDate, locale, "d MMM yyyy")}</td>
                      <td className="py-1.5 pr-3">{clock(row.checkedInAt)}</td>
                      <td className="py-1.5 pr-3">{clock(row.checkedOutAt)}</td>
                      <td className="py-1.5">{row.pickedUpByName}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </>
  );
}
