import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/authz";
import { isAppError } from "@/lib/errors";
import { getChildLedgers } from "@/lib/planning/ledger";
import { formatDuration, formatRoefjes } from "@/lib/planning/format";
import { Card, PageTitle } from "@/components/ui/card";
import { LedgerTable } from "@/components/planning/ledger-table";
import { LedgerCorrectionForm } from "@/components/planning/ledger-correction-form";
import { correctLedgerAction } from "./actions";

export const metadata = { title: "Tegoed en Roefjes" };

/** A child's tegoed and Roefjes with history: staff of its group and managers read, beheerders also correct. */
export default async function ChildLedgerPage({ params }: { params: Promise<{ childId: string }> }) {
  const user = await requireRole("STAFF", "MANAGER", "BEHEERDER");
  const [{ childId }, t, locale] = await Promise.all([params, getTranslations("ledger"), getLocale()]);
  const ledgers = await getChildLedgers(user, childId).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const name = `${ledgers.child.firstName} ${ledgers.child.lastName}`;
  const histories = [ledgers.tegoed, ...(ledgers.roefjes ? [ledgers.roefjes] : [])];
  return (
    <>
      <PageTitle sub={name}>{t("title")}</PageTitle>
      <p className="mb-4 text-slate-700">{t("intro", { name })}</p>
      <div className="grid gap-4 md:grid-cols-2">
        {histories.map((history) => {
          const fmt = (m: number) =>
            history.kind === "ROEFJES" ? formatRoefjes(m, locale) : formatDuration(m, locale);
          const title = t(history.kind === "ROEFJES" ? "roefjesTitle" : "tegoedTitle");
          return (
            <Card key={history.kind} title={title}>
              <p className="text-xl font-semibold" data-testid={`balance-${history.kind}`}>
                {t("available", { amount: fmt(history.available) })}
              </p>
              {history.expired > 0 && (
                <p className="text-sm text-slate-600">{t("expired", { amount: fmt(history.expired) })}</p>
              )}
              <h3 className="mt-3 mb-1 font-medium">{t("historyTitle")}</h3>
              <LedgerTable history={history} caption={`${title}: ${t("historyTitle")}`} />
            </Card>
          );
        })}
      </div>
      <Card title={t("correctTitle")} className="mt-4">
        {ledgers.canCorrect ? (
          <LedgerCorrectionForm
            childId={ledgers.child.id}
            kinds={histories.map((h) => h.kind)}
            action={correctLedgerAction}
          />
        ) : (
          <p className="text-slate-600">{t("readOnly")}</p>
        )}
      </Card>
    </>
  );
}
