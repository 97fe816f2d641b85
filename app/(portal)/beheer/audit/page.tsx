import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { AUDIT_CATEGORIES, listAuditEvents, listAuditFilterOptions } from "@/lib/audit/queries";
import { formatDateTime } from "@/components/format";
import { auditActionWords, auditEntityWords } from "@/components/audit-words";
import { Card, PageTitle } from "@/components/ui/card";
import { Button } from "@/components/ui/button";

export const metadata = { title: "Logboek" };

type Search = { actor?: string; child?: string; category?: string; before?: string };

const selectClass = "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2.5";

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requireRole("BEHEERDER");
  const search = await searchParams;
  const filter = { actorId: search.actor, childId: search.child, category: search.category, before: search.before };
  const [{ events, nextBefore }, options, t, locale] = await Promise.all([
    listAuditEvents(user, filter),
    listAuditFilterOptions(user),
    getTranslations("adminAudit"),
    getLocale(),
  ]);
  const words = await getTranslations("auditWords");
  const nextQuery = new URLSearchParams({
    ...(search.actor ? { actor: search.actor } : {}),
    ...(search.child ? { child: search.child } : {}),
    ...(search.category ? { category: search.category } : {}),
    ...(nextBefore ? { before: nextBefore } : {}),
  });
  return (
    <>
      <PageTitle>{t("title")}</PageTitle>
      <form
        className="mb-4 grid gap-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:grid-cols-4"
        role="search"
      >
        <div>
          <label htmlFor="audit-actor" className="block text-sm font-medium text-slate-700">
            {t("person")}
          </label>
          <select id="audit-actor" name="actor" defaultValue={search.actor ?? ""} className={selectClass}>
            <option value="">{t("all")}</option>
            {options.people.map((p) => (
              <option key={p.id} value={p.id}>{`${p.name} (${p.loginName})`}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-child" className="block text-sm font-medium text-slate-700">
            {t("child")}
          </label>
          <select id="audit-child" name="child" defaultValue={search.child ?? ""} className={selectClass}>
            <option value="">{t("all")}</option>
            {options.children.map((c) => (
              <option key={c.id} value={c.id}>{`${c.firstName} ${c.lastName}`}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-category" className="block text-sm font-medium text-slate-700">
            {t("action")}
          </label>
          <select id="audit-category" name="category" defaultValue={search.category ?? ""} className={selectClass}>
            <option value="">{t("all")}</option>
            {Object.keys(AUDIT_CATEGORIES).map((category) => (
              <option key={category} value={category}>
                {t(`category.${category}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="self-end">
          <Button type="submit" variant="secondary">
            {t("filter")}
          </Button>
        </div>
      </form>
      <Card>
        {events.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("title")}>
            <table className="w-full text-left text-sm" data-testid="audit-table">
              <caption className="sr-only">{t("title")}</caption>
              <thead>
                <tr className="border-b border-slate-200">
                  <th scope="col" className="py-2 pr-3">
                    {t("when")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("action")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("person")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("child")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("record")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {events.map((event) => (
                  <tr key={event.id} className="border-b border-slate-100">
                    <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(event.createdAt, locale)}</td>
                    <td className="py-2 pr-3">{auditActionWords(words, event.action)}</td>
                    <td className="py-2 pr-3">{event.actorName ?? "–"}</td>
                    <td className="py-2 pr-3">{event.childName ?? "–"}</td>
                    <td className="py-2 text-sm text-slate-600">{auditEntityWords(words, event.entityType)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {nextBefore && (
          <Link href={`/beheer/audit?${nextQuery.toString()}`} className="mt-3 inline-block text-brand-800 underline">
            {t("older")}
          </Link>
        )}
      </Card>
    </>
  );
}
