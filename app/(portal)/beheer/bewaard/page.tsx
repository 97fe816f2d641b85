import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { listFiscalRecords, type FiscalRecordRow } from "@/lib/privacy/fiscal-queries";
import { toIsoDate } from "@/lib/time";
import { Card, PageTitle } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { formatDate } from "@/components/format";

export const metadata = { title: "Bewaarde financiële gegevens" };

type Data = { startDate?: string; endDate?: string | null; date?: string; dagdeel?: string; status?: string };

/** Kept fiscal records of erased families (lib/privacy/fiscal.ts): beheerders only, read-only. */
export default async function FiscalRecordsPage({ searchParams }: { searchParams: Promise<{ gezin?: string }> }) {
  const user = await requireRole("BEHEERDER");
  const { gezin = "" } = await searchParams;
  const [records, t, locale] = await Promise.all([
    listFiscalRecords(user, { debiteurnummer: gezin }),
    getTranslations("fiscal"),
    getLocale(),
  ]);
  const day = (date: Date | string) => formatDate(typeof date === "string" ? date : toIsoDate(date), locale);
  const summary = (record: FiscalRecordRow) => {
    const data = (record.data ?? {}) as Data;
    if (record.kind === "CONTRACT" && data.startDate)
      return data.endDate
        ? t("contractPeriod", { from: day(data.startDate), to: day(data.endDate) })
        : t("contractFrom", { from: day(data.startDate) });
    if (record.kind === "CARE_REQUEST" && data.date)
      return t("requestOn", { date: day(data.date), status: t(`status${data.status ?? "REQUESTED"}`) });
    return t("documentOf", { date: day(record.recordDate) });
  };
  return (
    <>
      <PageTitle sub={t("intro")}>{t("title")}</PageTitle>
      <Card>
        <form className="mb-3 flex gap-2" role="search">
          <label htmlFor="gezin" className="sr-only">
            {t("filter")}
          </label>
          <input
            id="gezin"
            name="gezin"
            defaultValue={gezin}
            inputMode="numeric"
            placeholder={t("filter")}
            className="min-h-11 flex-1 rounded-lg border border-slate-300 bg-white px-3"
          />
          <Button type="submit" variant="secondary">
            {t("filterButton")}
          </Button>
        </form>
        {records.length === 0 ? (
          <p className="text-slate-600">{t("none")}</p>
        ) : (
          <ul className="divide-y divide-slate-100" aria-label={t("title")}>
            {records.map((record) => (
              <li key={record.id} className="py-3">
                <p className="font-medium">
                  {record.hasFile ? (
                    <a href={`/api/bewaard/${record.id}`} className="text-brand-800 underline">
                      {record.title}
                    </a>
                  ) : (
                    record.title
                  )}{" "}
                  <span className="font-normal text-slate-600">· {t(`kind${record.kind}`)}</span>
                </p>
                <p className="text-sm text-slate-600">
                  {record.familyName} · {record.debiteurnummer}
                  {record.childName && ` · ${record.childName}`} · {summary(record)}
                </p>
                <p className="text-xs text-slate-500">{t("retainUntil", { date: day(record.retainUntil) })}</p>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
