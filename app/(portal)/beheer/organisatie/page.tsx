import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { getOrganisationSettings } from "@/lib/beheer/admin-queries";
import { clockFromMinutes } from "@/lib/time";
import { Card, PageTitle } from "@/components/ui/card";
import { AdminForm } from "../admin-form";
import { updateAbsenceDeadlinesAction, updateContactAction, updateRulesAction } from "./actions";
import { getAbsenceDeadlines } from "@/lib/planning/settings";

export const metadata = { title: "Organisatie" };

export default async function OrganisationPage() {
  const user = await requireRole("BEHEERDER");
  const [{ organisation: org }, deadlines, t] = await Promise.all([
    getOrganisationSettings(user),
    getAbsenceDeadlines(user),
    getTranslations("admin"),
  ]);
  const number = (name: keyof typeof org, label: string, hint?: string) => ({
    kind: "number" as const,
    name,
    label,
    hint,
    defaultValue: String(org[name]),
  });
  return (
    <>
      <PageTitle sub={org.name}>{t("organisationTitle")}</PageTitle>
      <div className="space-y-4">
        <Card title={t("contactTitle")}>
          <AdminForm
            id="contact"
            action={updateContactAction}
            submitLabel={t("save")}
            fields={[
              {
                kind: "email",
                name: "infoEmail",
                label: t("infoEmail"),
                hint: t("infoEmailHint"),
                defaultValue: org.infoEmail,
                required: true,
              },
            ]}
          />
        </Card>
        <Card title={t("rules")}>
          <AdminForm
            id="rules"
            action={updateRulesAction}
            submitLabel={t("save")}
            fields={[
              {
                kind: "time",
                name: "absenceDeadline",
                label: t("absenceDeadline"),
                hint: t("absenceDeadlineHint"),
                defaultValue: clockFromMinutes(org.absenceDeadlineMinutes),
              },
              number("tegoedValidityDays", t("tegoedValidityDays")),
              number("requestLeadDays", t("requestLeadDays")),
              number("requestCancelHours", t("requestCancelHours")),
              number("requestCancelGraceMinutes", t("requestCancelGraceMinutes"), t("requestCancelGraceHint")),
              number("vacationGuaranteeMonths", t("vacationGuaranteeMonths")),
              number("swapValidityDays", t("swapValidityDays")),
              { kind: "checkbox", name: "swapEnabled", label: t("swapEnabled"), defaultChecked: org.swapEnabled },
              number("photoRetentionDays", t("photoRetentionDays"), t("retentionHint")),
              number("dataRetentionDays", t("dataRetentionDays"), t("retentionHint")),
              number("fiscalRetentionYears", t("fiscalRetentionYears"), t("fiscalRetentionYearsHint")),
              number("inviteLeadDays", t("inviteLeadDays"), t("inviteLeadDaysHint")),
            ]}
          />
        </Card>
        <Card title={t("absenceDeadlinesTitle")}>
          <p className="mb-3 text-sm text-slate-600">
            {t("absenceDeadlinesIntro", { time: clockFromMinutes(deadlines.general) })}
          </p>
          <AdminForm
            id="deadlines"
            action={updateAbsenceDeadlinesAction}
            submitLabel={t("save")}
            columns={2}
            fields={deadlines.slots.flatMap((slot) => {
              const key = `${slot.careType}_${slot.dagdeel}`;
              const name = t(`deadlineSlot_${key}`);
              return [
                {
                  kind: "time" as const,
                  name: `${key}_time`,
                  label: t("deadlineTime", { slot: name }),
                  defaultValue: slot.own ? clockFromMinutes(slot.minutes) : "",
                },
                {
                  kind: "number" as const,
                  name: `${key}_days`,
                  label: t("deadlineDays", { slot: name }),
                  hint: t("deadlineDaysHint"),
                  defaultValue: String(slot.daysBefore),
                },
              ];
            })}
          />
        </Card>
        <Card title={t("vacationsTitle")}>
          <Link href="/beheer/vakanties" className="text-brand-800 underline">
            {t("vacationsLink")}
          </Link>
        </Card>
      </div>
    </>
  );
}
