import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { listFamilyAccounts } from "@/lib/beheer/queries";
import { Card, PageTitle } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { AccountActions } from "./account-actions";

export const metadata = { title: "Gezinnen" };

const statusTone = {
  INVITED: "bg-amber-100 text-amber-900",
  ACTIVE: "bg-green-100 text-green-800",
  DEACTIVATED: "bg-slate-200 text-slate-700",
} as const;

export default async function FamiliesPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const user = await requireRole("BEHEERDER");
  const { q = "" } = await searchParams;
  const [families, t] = await Promise.all([listFamilyAccounts(user, { search: q }), getTranslations("beheer")]);
  return (
    <>
      <PageTitle>{t("familiesTitle")}</PageTitle>
      <form className="mb-4 flex gap-2" role="search">
        <label htmlFor="q" className="sr-only">
          {t("search")}
        </label>
        <input id="q" name="q" defaultValue={q} placeholder={t("searchPlaceholder")} className="min-h-11 flex-1 rounded-lg border border-slate-300 bg-white px-3" />
        <Button type="submit" variant="secondary">
          {t("search")}
        </Button>
      </form>
      <div className="space-y-3">
        {families.map((family) => (
          <Card key={family.id} title={`${family.name} · ${family.debiteurnummer}`}>
            <ul className="divide-y divide-slate-100">
              {family.guardians.map((guardian) => (
                <li key={guardian.id} className="flex flex-col gap-2 py-3 md:flex-row md:items-center md:justify-between" data-testid={`guardian-${guardian.loginName}`}>
                  <div>
                    <p className="font-medium">{guardian.name}</p>
                    <p className="text-sm text-slate-600">
                      {guardian.loginName} · {guardian.email}
                    </p>
                    <span className={`mt-1 inline-block rounded-full px-2 py-0.5 text-xs font-medium ${statusTone[guardian.status]}`}>{t(`status${guardian.status}`)}</span>
                  </div>
                  <AccountActions userId={guardian.id} status={guardian.status} guardianName={guardian.name} />
                </li>
              ))}
            </ul>
          </Card>
        ))}
      </div>
    </>
  );
}
