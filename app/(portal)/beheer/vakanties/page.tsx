import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { getCalendarAdmin } from "@/lib/calendar/queries";
import { SCHOOL_REGIONS } from "@/lib/calendar/school-vacations";
import { Card, PageTitle } from "@/components/ui/card";
import { formatDate } from "@/components/format";
import { AdminForm } from "../admin-form";
import {
  addClosedDayAction,
  addVacationAction,
  deleteClosedDayAction,
  deleteVacationAction,
  generateVacationsAction,
  setLocationRegionAction,
  updateHolidaySettingsAction,
  updateVacationAction,
} from "./actions";

export const metadata = { title: "Kalender" };

const YEAR = /^\d{4}$/;

/**
 * The calendar beheerders keep: generated public holidays (two organisation settings), the school region of each
 * location, school vacations per region (add, generate a school year, change, delete) and extra closed days.
 */
export default async function CalendarPage({ searchParams }: { searchParams: Promise<{ jaar?: string }> }) {
  const user = await requireRole("BEHEERDER");
  const { jaar } = await searchParams;
  const [calendar, t, locale] = await Promise.all([
    getCalendarAdmin(user, { year: jaar && YEAR.test(jaar) ? Number(jaar) : undefined }),
    getTranslations("calendar"),
    getLocale(),
  ]);
  const regionOptions = SCHOOL_REGIONS.map((r) => ({ value: r, label: t(`region${r}`) }));
  const regionName = (region: string | null) => (region ? t(`region${region}`) : t("regionNational"));
  const locationName = (id: string | null) =>
    id ? (calendar.locations.find((l) => l.id === id)?.name ?? "") : t("wholeOrganisation");
  const vacationFields = (v?: (typeof calendar.vacations)[number]) => [
    { kind: "text" as const, name: "name", label: t("vacationName"), defaultValue: v?.name, maxLength: 80 },
    {
      kind: "select" as const,
      name: "region",
      label: t("region"),
      defaultValue: v?.region ?? "",
      options: regionOptions,
      hint: t("regionEmptyHint"),
    },
    { kind: "date" as const, name: "startDate", label: t("start"), defaultValue: v?.startDate },
    { kind: "date" as const, name: "endDate", label: t("end"), defaultValue: v?.endDate },
  ];

  return (
    <>
      <PageTitle sub={t("intro")}>{t("title")}</PageTitle>
      <div className="space-y-4">
        <Card title={t("holidaysTitle", { year: String(calendar.year) })}>
          <p className="text-sm text-slate-600">{t("holidaysIntro")}</p>
          <ul className="mt-2 divide-y divide-slate-100" data-testid="holiday-list">
            {calendar.holidays.map((h) => (
              <li key={h.date} className="flex justify-between gap-3 py-2">
                <span className="font-medium">{t(`holidays.${h.key}`)}</span>
                <span className="text-slate-700">{formatDate(h.date, locale, "EEEE d MMMM yyyy")}</span>
              </li>
            ))}
          </ul>
          <nav className="mt-2 flex gap-4" aria-label={t("holidaysTitle", { year: String(calendar.year) })}>
            <Link className="flex min-h-11 items-center text-brand-800 underline" href={`?jaar=${calendar.year - 1}`}>
              {t("previousYear")}
            </Link>
            <Link className="flex min-h-11 items-center text-brand-800 underline" href={`?jaar=${calendar.year + 1}`}>
              {t("nextYear")}
            </Link>
          </nav>
          <AdminForm
            id="holiday-settings"
            action={updateHolidaySettingsAction}
            submitLabel={t("save")}
            fields={[
              {
                kind: "select",
                name: "bevrijdingsdag",
                label: t("bevrijdingsdag"),
                defaultValue: calendar.settings.bevrijdingsdag,
                options: (["EVERY_YEAR", "LUSTRUM"] as const).map((v) => ({
                  value: v,
                  label: t(`bevrijdingsdag${v}`),
                })),
              },
              {
                kind: "checkbox",
                name: "closedOnGoodFriday",
                label: t("goodFriday"),
                defaultChecked: calendar.settings.closedOnGoodFriday,
              },
            ]}
          />
        </Card>

        <Card title={t("regionsTitle")}>
          <p className="text-sm text-slate-600">{t("regionsIntro")}</p>
          <ul className="mt-2 divide-y divide-slate-100">
            {calendar.locations.map((location) => (
              <li key={location.id} className="py-2" data-testid="location-region">
                <AdminForm
                  id={`region-${location.id}`}
                  action={setLocationRegionAction}
                  submitLabel={t("save")}
                  fields={[
                    { kind: "hidden", name: "locationId", value: location.id },
                    {
                      kind: "select",
                      name: "region",
                      label: t("regionOf", { name: location.name }),
                      defaultValue: location.region,
                      options: regionOptions,
                    },
                  ]}
                />
              </li>
            ))}
          </ul>
        </Card>

        <Card title={t("vacationsTitle")}>
          <p className="text-sm text-slate-600">{t("vacationsIntro")}</p>
          {calendar.vacations.length === 0 ? (
            <p className="mt-2 text-slate-600">{t("vacationsEmpty")}</p>
          ) : (
            <ul className="mt-2 divide-y divide-slate-100">
              {calendar.vacations.map((v) => (
                <li key={v.id} className="py-3" data-testid="vacation-row">
                  <p>
                    <span className="font-medium">{v.name}</span> · {regionName(v.region)}
                  </p>
                  <p className="text-sm text-slate-600">
                    {formatDate(v.startDate, locale)} – {formatDate(v.endDate, locale)}
                  </p>
                  <details className="mt-1">
                    <summary className="min-h-11 cursor-pointer py-2 text-brand-800">
                      {t("editVacation")}: {v.name}
                    </summary>
                    <AdminForm
                      id={`vacation-${v.id}`}
                      action={updateVacationAction}
                      submitLabel={t("save")}
                      fields={[{ kind: "hidden", name: "vacationId", value: v.id }, ...vacationFields(v)]}
                    />
                  </details>
                  <AdminForm
                    id={`vacation-delete-${v.id}`}
                    action={deleteVacationAction}
                    submitLabel={t("deleteNamed", { name: v.name })}
                    fields={[{ kind: "hidden", name: "id", value: v.id }]}
                  />
                </li>
              ))}
            </ul>
          )}
        </Card>

        <div className="grid gap-4 md:grid-cols-2">
          <Card title={t("generateTitle")}>
            <p className="text-sm text-slate-600">{t("generateIntro")}</p>
            <AdminForm
              id="generate"
              action={generateVacationsAction}
              submitLabel={t("generate")}
              columns={1}
              fields={[
                {
                  kind: "select",
                  name: "schoolYear",
                  label: t("schoolYear"),
                  defaultValue: String(calendar.schoolYears[0].schoolYear),
                  options: calendar.schoolYears.map((y) => ({
                    value: String(y.schoolYear),
                    label: t(y.published ? "schoolYearPublished" : "schoolYearProposal", {
                      from: String(y.schoolYear),
                      to: String(y.schoolYear + 1),
                    }),
                  })),
                },
              ]}
            />
          </Card>
          <Card title={t("addVacationTitle")}>
            <AdminForm
              id="vacation-new"
              action={addVacationAction}
              submitLabel={t("addVacation")}
              resetOnSuccess
              fields={vacationFields()}
            />
          </Card>
        </div>

        <Card title={t("closedTitle")}>
          <p className="text-sm text-slate-600">{t("closedIntro")}</p>
          {calendar.closedDays.length === 0 ? (
            <p className="mt-2 text-slate-600">{t("closedEmpty")}</p>
          ) : (
            <ul className="mt-2 divide-y divide-slate-100">
              {calendar.closedDays.map((d) => (
                <li key={d.id} className="py-2" data-testid="closed-day-row">
                  <p>
                    <span className="font-medium">{d.name}</span> · {locationName(d.locationId)}
                  </p>
                  <p className="text-sm text-slate-600">{formatDate(d.date, locale, "EEEE d MMMM yyyy")}</p>
                  <AdminForm
                    id={`closed-delete-${d.id}`}
                    action={deleteClosedDayAction}
                    submitLabel={t("deleteNamed", { name: d.name })}
                    fields={[{ kind: "hidden", name: "id", value: d.id }]}
                  />
                </li>
              ))}
            </ul>
          )}
          <h3 className="mt-4 font-medium">{t("addClosed")}</h3>
          <AdminForm
            id="closed-new"
            action={addClosedDayAction}
            submitLabel={t("addClosed")}
            resetOnSuccess
            columns={3}
            fields={[
              { kind: "date", name: "date", label: t("closedDate") },
              { kind: "text", name: "name", label: t("closedName"), maxLength: 80 },
              {
                kind: "select",
                name: "locationId",
                label: t("closedWhere"),
                hint: t("whereEmptyHint"),
                options: calendar.locations.map((l) => ({ value: l.id, label: l.name })),
              },
            ]}
          />
        </Card>
      </div>
    </>
  );
}
