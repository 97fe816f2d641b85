import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { listFamilyAccounts } from "@/lib/beheer/queries";
import { Card, PageTitle } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import Link from "next/link";
import { AccountActions } from "./account-actions";
import { AdminForm } from "../admin-form";
import { createFamilyAction } from "./admin-actions";

export const metadata = { title: "Gezinnen" };

const statusTone = {
  INVITED: "bg-amber-100 text-amber-900",
  ACTIVE: "bg-green-100 text-green-800",
  DEACTIVATED: "bg-slate-200 text-slate-700",
} as const;

export default async function FamiliesPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const user = await requireRole("BEHEERDER");
  const { q = "" } = await searchParams;
  const [families, t, ta] = await Promise.all([
    listFamilyAccounts(user, { search: q }),
    getTranslations("beheer"),
    getTranslations("admin"),
  ]);
  return (
    <>
      <PageTitle>{t("familiesTitle")}</PageTitle>
      <details className="mb-4 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
        <summary className="min-h-11 cursor-pointer py-2 font-semibold text-brand-800">{ta("newFamily")}</summary>
        <div className="mt-3">
          <AdminForm
            id="new-family"
            action={createFamilyAction}
            submitLabel={ta("createFamily")}
            resetOnSuccess
            fields={[
              {
                kind: "text",
                name: "debiteurnummer",
                label: ta("debiteurnummer"),
                hint: ta("debiteurnummerHint"),
                required: true,
              },
              { kind: "text", name: "name", label: ta("familyName"), required: true },
              { kind: "text", name: "guardianName", label: ta("guardianName"), required: true },
              { kind: "email", name: "guardianEmail", label: ta("guardianEmail"), required: true },
              { kind: "text", name: "guardian2Name", label: ta("guardian2Name") },
              { kind: "email", name: "guardian2Email", label: ta("guardian2Email") },
            ]}
          />
        </div>
      </details>
      <form className="mb-4 flex gap-2" role="search">
        <label htmlFor="q" className="sr-only">
          {t("search")}
        </label>
        <input
          id="q"
          name="q"
          defaultValue={q}
          placeholder={t("searchPlaceholder")}
          className="min-h-11 flex-1 rounded-lg border border-slate-300 bg-white px-3"
        />
        <Button type="submit" variant="secondary">
          {t("search")}
        </Button>
      </form>
      <div className="space-y-3">
        {families.map((family) => (
          <Card key={family.id} title={`${family.name} · ${family.debiteurnummer}`}>
            <Link href={`/beheer/gezinnen/${family.id}`} className="text-sm text-brand-800 underline">
              {ta("familyDetails", { name: family.name })}
            </Link>
            <ul className="divide-y divide-slate-100">
              {family.guardians.map((guardian) => (
                <li
                  key={guardian.id}
                  className="flex flex-col gap-2 py-3 md:flex-row md:items-center md:justify-between"
                  data-testid={`guardian-${guardian.loginName}`}
                >
                  <div>
                    <p className="font-medium">{guardian.name}</p>
                    <p className="text-sm text-slate-600">
                      {guardian.loginName} · {guardian.email}
                    </p>
                    <span
                      className={`mt-1 inline-block rounded-full px-2 py-0.5 text-xs font-medium ${statusTone[guardian.status]}`}
                    >
                      {t(`status${guardian.status}`)}
                    </span>
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
