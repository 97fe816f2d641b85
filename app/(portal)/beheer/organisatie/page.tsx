import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { getOrganisationSettings } from "@/lib/beheer/admin-queries";
import { toIsoDate } from "@/lib/time";
import { formatDate } from "@/components/format";
import { Card, PageTitle } from "@/components/ui/card";
import { AdminForm } from "../admin-form";
import { createVacationAction, deleteVacationAction, updateRulesAction } from "./actions";

export const metadata = { title: "Organisatie" };

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

export default async function OrganisationPage() {
  const user = await requireRole("BEHEERDER");
  const [{ organisation: org, vacations }, t, locale] = await Promise.all([getOrganisationSettings(user), getTranslations("admin"), getLocale()]);
  const number = (name: keyof typeof org, label: string, hint?: string) => ({ kind: "number" as const, name, label, hint, defaultValue: String(org[name]) });
  return (
    <>
      <PageTitle sub={org.name}>{t("organisationTitle")}</PageTitle>
      <div className="space-y-4">
        <Card title={t("rules")}>
          <AdminForm
            id="rules"
            action={updateRulesAction}
            submitLabel={t("save")}
            fields={[
              { kind: "time", name: "absenceDeadline", label: t("absenceDeadline"), hint: t("absenceDeadlineHint"), defaultValue: clock(org.absenceDeadlineMinutes) },
              number("tegoedValidityDays", t("tegoedValidityDays")),
              number("requestLeadDays", t("requestLeadDays")),
              number("requestCancelHours", t("requestCancelHours")),
              number("vacationGuaranteeMonths", t("vacationGuaranteeMonths")),
              number("swapValidityDays", t("swapValidityDays")),
              { kind: "checkbox", name: "swapEnabled", label: t("swapEnabled"), defaultChecked: org.swapEnabled },
              number("photoRetentionDays", t("photoRetentionDays"), t("retentionHint")),
              number("dataRetentionDays", t("dataRetentionDays"), t("retentionHint")),
            ]}
          />
        </Card>
        <Card title={t("vacationsTitle")}>
          <ul className="mb-4 divide-y divide-slate-100">
            {vacations.map((vacation) => (
              <li key={vacation.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  {vacation.name}: {formatDate(toIsoDate(vacation.startDate), locale)} – {formatDate(toIsoDate(vacation.endDate), locale)}
                </span>
                <AdminForm id={`del-${vacation.id}`} action={deleteVacationAction} submitLabel={t("delete")} columns={1} fields={[{ kind: "hidden", name: "vacationId", value: vacation.id }]} />
              </li>
            ))}
          </ul>
          <AdminForm
            id="vacation"
            action={createVacationAction}
            submitLabel={t("addVacation")}
            resetOnSuccess
            columns={3}
            fields={[
              { kind: "text", name: "name", label: t("vacationName") },
              { kind: "date", name: "startDate", label: t("startDate") },
              { kind: "date", name: "endDate", label: t("endDate") },
            ]}
          />
        </Card>
      </div>
    </>
  );
}
