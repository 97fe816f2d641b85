import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { listOwnContracts } from "@/lib/contracts/queries";
import { earliestEffectiveDate } from "@/lib/contracts/schema";
import { newSubmissionKey } from "@/lib/forms/submission-key";
import { todayDate } from "@/lib/time";
import { Card, PageTitle } from "@/components/ui/card";
import { formatDate } from "@/components/format";
import { ChangeRequestStatusBadge, describeChange } from "@/components/contract-change-summary";
import { ChangeRequestForm } from "./change-form";
import { BackLink } from "@/components/back-link";

export const metadata = { title: "Contract" };

export default async function ContractPage() {
  const user = await requireRole("PARENT");
  const today = todayDate();
  const [children, t, locale] = await Promise.all([
    listOwnContracts(user, today),
    getTranslations("contract"),
    getLocale(),
  ]);
  const earliest = earliestEffectiveDate(today);
  const options = children.map((child) => ({
    id: child.id,
    firstName: child.firstName,
    careType: child.contracts.at(-1)?.careType ?? null,
  }));
  return (
    <>
      <BackLink href="/ouder/meer" to="more" />
      <PageTitle sub={t("intro")}>{t("title")}</PageTitle>
      <div className="space-y-4">
        {children.map((child) => (
          <Card key={child.id} title={`${child.firstName} ${child.lastName}`}>
            {child.contracts.length === 0 && <p className="text-slate-600">{t("noContracts")}</p>}
            {child.contracts.map((contract) => (
              <dl
                key={contract.id}
                className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm"
                data-testid={`contract-${child.firstName}`}
              >
                <dt className="text-slate-600">{t("careType")}</dt>
                <dd className="font-medium">{contract.careType}</dd>
                <dt className="text-slate-600">{t("period")}</dt>
                <dd className="font-medium">
                  {contract.endDate
                    ? t("fromTo", {
                        from: formatDate(contract.startDate, locale),
                        to: formatDate(contract.endDate, locale),
                      })
                    : t("from", { date: formatDate(contract.startDate, locale) })}
                </dd>
                <dt className="text-slate-600">{t("days")}</dt>
                <dd className="font-medium">
                  {contract.days.length === 0 ? (
                    t("noDays")
                  ) : (
                    <ul>
                      {contract.days.map((day) => (
                        <li key={day.weekday}>
                          {t(`weekday${day.weekday}`)}: {day.dagdelen.map((d) => t(`dagdeel${d}`)).join(", ")}
                        </li>
                      ))}
                    </ul>
                  )}
                </dd>
                {contract.careType === "BSO" && (
                  <>
                    <dt className="text-slate-600">{t("roefjes")}</dt>
                    <dd className="font-medium">{t("roefjesValue", { count: contract.roefjesPerYear })}</dd>
                  </>
                )}
              </dl>
            ))}
            {child.requests.length > 0 && (
              <>
                <h3 className="mt-4 mb-1 font-semibold">{t("requests")}</h3>
                <ul className="divide-y divide-slate-100" aria-label={`${t("requests")}: ${child.firstName}`}>
                  {child.requests.map((request) => (
                    <li key={request.id} className="py-2 text-sm">
                      <div className="flex flex-wrap items-center justify-between gap-2">
                        <span>{describeChange(request, t, locale)}</span>
                        <ChangeRequestStatusBadge status={request.status} label={t(`status${request.status}`)} />
                      </div>
                      {request.handlerNote && (
                        <p className="mt-1 text-slate-600">{t("handlerNote", { note: request.handlerNote })}</p>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </Card>
        ))}
        {options.length > 0 && (
          <Card title={t("requestTitle")}>
            <ChangeRequestForm
              options={options}
              earliest={earliest}
              earliestLabel={formatDate(earliest, locale)}
              submissionKey={newSubmissionKey()}
            />
          </Card>
        )}
      </div>
    </>
  );
}
