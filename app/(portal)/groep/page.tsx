import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { groupPageLinksFor } from "@/lib/navigation";
import { requireRole } from "@/lib/authz";
import { listGroupsWithChildren } from "@/lib/groups/queries";
import { Card, PageTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { formatDate } from "@/components/format";
import { listEssentialsBadges } from "@/lib/essentials/queries";
import { EssentialsBadge, essentialsBadgeLabels } from "@/components/essentials/essentials-badge";

export const metadata = { title: "Mijn groepen" };

/** Tablet-first group view for staff (and managers/beheerders for the groups in their scope). */
export default async function StaffHome() {
  const user = await requireRole("STAFF", "MANAGER", "BEHEERDER");
  const [groups, t, tAll, te, locale] = await Promise.all([
    listGroupsWithChildren(user),
    getTranslations("staff"),
    getTranslations(),
    getTranslations("essentials"),
    getLocale(),
  ]);
  // Only the staff of the child's own group (and beheerders) get badges; others get an empty map (lib/essentials).
  const badges = await listEssentialsBadges(
    user,
    groups.flatMap((g) => g.children.map((c) => c.id)),
  );
  return (
    <>
      <PageTitle>{t("title")}</PageTitle>
      <nav aria-label={t("groupLinks")} className="mb-4 flex flex-wrap gap-2">
        {groupPageLinksFor(user.role).map((link) => (
          <Link
            key={link.href}
            href={link.href}
            className="inline-flex min-h-11 items-center rounded-lg bg-white px-3 text-sm font-medium text-brand-800 ring-1 ring-brand-700/30 hover:bg-brand-50"
          >
            {tAll(link.labelKey)}
          </Link>
        ))}
      </nav>
      {groups.length === 0 && <Notice>{t("noGroups")}</Notice>}
      <div className="grid gap-4 md:grid-cols-2">
        {groups.map((group) => (
          <Card key={group.id} title={`${group.name} · ${group.careType}`}>
            <p className="mb-2 text-sm text-slate-500">
              {group.locationName} · {t("childrenToday")}: {group.children.length}
            </p>
            <ul className="divide-y divide-slate-100">
              {group.children.map((child) => (
                <li key={child.id} className="flex min-h-12 items-center justify-between gap-2 py-2">
                  <span>
                    <span className="font-medium">
                      {child.firstName} {child.lastName}
                    </span>
                    <span className="block text-xs text-slate-500">
                      {t("born", { date: formatDate(child.birthDate, locale, "d MMM yyyy") })}
                    </span>
                    <EssentialsBadge
                      childId={child.id}
                      badge={badges.get(child.id)}
                      labels={essentialsBadgeLabels(te, `${child.firstName} ${child.lastName}`)}
                    />
                  </span>
                  {!child.consentPhotograph ? (
                    <span className="rounded-full bg-red-100 px-2 py-0.5 text-xs font-medium text-red-800">
                      {t("consentMissing")}
                    </span>
                  ) : !child.consentShareGroup ? (
                    <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">
                      {t("consentNoShare")}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </Card>
        ))}
      </div>
    </>
  );
}
