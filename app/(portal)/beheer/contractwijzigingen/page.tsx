import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { listChangeRequestsForBeheer, type BeheerChangeRequest } from "@/lib/contracts/queries";
import { Card, PageTitle } from "@/components/ui/card";
import { formatDateTime } from "@/components/format";
import { ChangeRequestStatusBadge, describeChange } from "@/components/contract-change-summary";
import { DecideChangeForm } from "./decide-form";

export const metadata = { title: "Contractwijzigingen" };

export default async function ContractChangesPage() {
  const user = await requireRole("BEHEERDER");
  const [{ open, decided }, t, locale] = await Promise.all([
    listChangeRequestsForBeheer(user),
    getTranslations("contract"),
    getLocale(),
  ]);
  const heading = (request: BeheerChangeRequest) =>
    `${request.child.firstName} ${request.child.lastName} · ${request.child.family.name} (${request.child.family.debiteurnummer})`;
  return (
    <>
      <PageTitle>{t("manageTitle")}</PageTitle>
      <div className="space-y-4">
        <Card title={t("open")}>
          {open.length === 0 && <p className="text-slate-600">{t("noOpen")}</p>}
          <ul className="divide-y divide-slate-100">
            {open.map((request) => (
              <li key={request.id} className="py-4" data-testid={`change-${request.child.family.debiteurnummer}`}>
                <h3 className="font-semibold">{heading(request)}</h3>
                <p>{describeChange(request, t, locale)}</p>
                {request.comment && <p className="mt-1 whitespace-pre-line text-slate-700">“{request.comment}”</p>}
                <p className="text-sm text-slate-500">
                  {t("requestedBy", { name: request.requestedByName, date: formatDateTime(request.createdAt, locale) })}
                </p>
                <DecideChangeForm id={request.id} childName={`${request.child.firstName} ${request.child.lastName}`} />
              </li>
            ))}
          </ul>
        </Card>
        {decided.length > 0 && (
          <Card title={t("decided")}>
            <ul className="divide-y divide-slate-100">
              {decided.map((request) => (
                <li key={request.id} className="py-3 text-sm">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <span className="font-medium">{heading(request)}</span>
                    <ChangeRequestStatusBadge status={request.status} label={t(`status${request.status}`)} />
                  </div>
                  <p>{describeChange(request, t, locale)}</p>
                  {request.handlerNote && (
                    <p className="text-slate-600">{t("handlerNote", { note: request.handlerNote })}</p>
                  )}
                </li>
              ))}
            </ul>
          </Card>
        )}
      </div>
    </>
  );
}
