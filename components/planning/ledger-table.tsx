import { getLocale, getTranslations } from "next-intl/server";
import type { CreditHistory } from "@/lib/planning/ledger";
import { formatDuration, formatRoefjes } from "@/lib/planning/format";
import { formatDate } from "@/components/format";

/** A tegoed or Roefjes history (newest first): what happened, the amount, and a correction's reason. Read only. */
export async function LedgerTable({ history, caption }: { history: CreditHistory; caption: string }) {
  const [t, tp, locale] = await Promise.all([getTranslations("ledger"), getTranslations("planning"), getLocale()]);
  const fmt = (m: number) => (history.kind === "ROEFJES" ? formatRoefjes(m, locale) : formatDuration(m, locale));
  if (history.lines.length === 0) return <p className="text-sm text-slate-600">{t("historyEmpty")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid={`ledger-${history.kind}`}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-slate-600">
            <th scope="col" className="py-2 pr-2">
              {t("date")}
            </th>
            <th scope="col" className="py-2 pr-2">
              {t("what")}
            </th>
            <th scope="col" className="py-2 text-right">
              {t("amount")}
            </th>
          </tr>
        </thead>
        <tbody>
          {history.lines.map((line) => (
            <tr key={line.id} className="border-b border-slate-100">
              <td className="py-2 pr-2 whitespace-nowrap">{formatDate(line.date, locale, "d MMM yyyy")}</td>
              <td className="py-2 pr-2">
                {tp(`ledger_${line.type}`)}
                {line.correction ? (
                  <span className="block text-xs font-medium text-slate-800" data-testid="ledger-reason">
                    {t("reason", { reason: line.note })}
                  </span>
                ) : (
                  line.note && <span className="block text-xs text-slate-600">{line.note}</span>
                )}
                {line.minutes > 0 && (
                  <span className="block text-xs text-slate-600">
                    {t("validUntil", { date: formatDate(line.expiresOn, locale, "d MMMM yyyy") })}
                  </span>
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
  );
}
