import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { listVisibleChildren } from "@/lib/children/queries";
import { PageTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";

export const metadata = { title: "Foto's" };

/** Parents with one child go straight to that child's feed; with more, they pick a child. */
export default async function ParentPhotosIndex() {
  const user = await requireRole("PARENT");
  const [children, t] = await Promise.all([listVisibleChildren(user), getTranslations("photos")]);
  if (children.length === 1) redirect(`/ouder/fotos/${children[0].id}`);
  return (
    <>
      <PageTitle sub={t("chooseChild")}>{t("title")}</PageTitle>
      {children.length === 0 && <Notice>{t("noChildren")}</Notice>}
      <ul className="space-y-2">
        {children.map((child) => (
          <li key={child.id}>
            <Link
              href={`/ouder/fotos/${child.id}`}
              className="flex min-h-12 items-center rounded-xl bg-white px-4 font-medium text-brand-800 shadow-sm ring-1 ring-slate-200 hover:bg-brand-50"
            >
              {t("feedTitle", { name: `${child.firstName} ${child.lastName}` })}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
