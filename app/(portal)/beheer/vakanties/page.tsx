import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { listSchoolVacations } from "@/lib/planning/queries";
import { Card, PageTitle } from "@/components/ui/card";
import { formatDate } from "@/components/format";
import { AddVacationForm, DeleteVacationButton } from "@/components/planning/vacation-admin";

export const metadata = { title: "Schoolvakanties" };

/** Beheerders configure the school vacation periods BSO vacation care (Roefjes) can be requested in. */
export default async function VacationsPage() {
  const user = await requireRole("BEHEERDER");
  const [vacations, t, locale] = await Promise.all([
    listSchoolVacations(user),
    getTranslations("planningVacations"),
    getLocale(),
  ]);
  return (
    <>
      <PageTitle sub={t("intro")}>{t("title")}</PageTitle>
      <div className="grid gap-4 md:grid-cols-[2fr_1fr]">
        <Card>
          {vacations.length === 0 ? (
            <p className="text-slate-600">{t("empty")}</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {vacations.map((v) => (
                <li
                  key={v.id}
                  className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between"
                  data-testid="vacation-row"
                >
                  <span>
                    <span className="block font-medium">{v.name}</span>
                    <span className="text-sm text-slate-600">
                      {formatDate(v.startDate, locale)} – {formatDate(v.endDate, locale)}
                    </span>
                  </span>
                  <DeleteVacationButton vacationId={v.id} label={v.name} />
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={t("addTitle")}>
          <AddVacationForm />
        </Card>
      </div>
    </>
  );
}
