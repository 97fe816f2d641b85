import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { isAppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { listHereNow } from "@/lib/presence/queries";
import { PageTitle } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { formatDateTime } from "@/components/format";
import { now } from "@/lib/clock";
import { PrintButton } from "@/components/ui/print-button";

export const metadata = { title: "Nu aanwezig" };
export const dynamic = "force-dynamic";

/**
 * Who is in the building right now, per group and location (issue 18): one tap from the menu, large type that reads
 * on a phone, and a print layout (no navigation, no buttons). For an evacuation.
 */
export default async function HereNowPage({ searchParams }: { searchParams: Promise<{ locatie?: string }> }) {
  const user = await requireRole("STAFF", "MANAGER", "BEHEERDER");
  const { locatie } = await searchParams;
  if (locatie !== undefined && locatie !== "" && !isUuid(locatie)) notFound();
  const [all, t, locale] = await Promise.all([listHereNow(user), getTranslations("presence"), getLocale()]);
  const groups = locatie
    ? await listHereNow(user, { locationId: locatie }).catch((error: unknown) => {
        if (isAppError(error)) notFound();
        throw error;
      })
    : all;
  const locations = [...new Map(all.map((g) => [g.locationId, g.locationName])).entries()];
  const total = groups.reduce((sum, g) => sum + g.children.length, 0);
  const clock = (iso: string) => formatDateTime(new Date(iso), locale, "HH:mm");
  return (
    <>
      <PageTitle sub={t("hereNow.intro")}>{t("hereNow.title")}</PageTitle>
      <div className="mb-4 flex flex-wrap items-center gap-2 print:hidden">
        {locations.length > 1 && (
          <nav aria-label={t("hereNow.location")} className="flex flex-wrap gap-2">
            <Link
              href="/groep/aanwezig"
              aria-current={!locatie ? "page" : undefined}
              className={buttonClass(!locatie ? "primary" : "secondary")}
            >
              {t("hereNow.allLocations")}
            </Link>
            {locations.map(([id, name]) => (
              <Link
                key={id}
                href={`/groep/aanwezig?locatie=${id}`}
                aria-current={locatie === id ? "page" : undefined}
                className={buttonClass(locatie === id ? "primary" : "secondary")}
              >
                {name}
              </Link>
            ))}
          </nav>
        )}
        <PrintButton label={t("hereNow.print")} />
      </div>
      <p className="mb-4 text-2xl font-bold text-slate-900" data-testid="here-now-total">
        {t("hereNow.total", { count: total })}
      </p>
      <p className="mb-4 text-sm text-slate-600">{t("hereNow.printedAt", { time: formatDateTime(now(), locale) })}</p>
      <div className="grid gap-4 md:grid-cols-2 print:block">
        {groups.map((group) => (
          <section
            key={group.id}
            aria-labelledby={`here-${group.id}`}
            className="rounded-2xl bg-white p-4 ring-1 ring-slate-200 print:mb-4 print:break-inside-avoid print:ring-0"
          >
            <h2 id={`here-${group.id}`} className="text-xl font-semibold text-slate-900">
              {t("hereNow.group", { group: group.name, location: group.locationName })} ({group.children.length})
            </h2>
            {group.children.length === 0 ? (
              <p className="mt-2 text-slate-600">{t("hereNow.nobody")}</p>
            ) : (
              <ol className="mt-2 list-decimal space-y-1 pl-6 text-lg" data-testid="here-now-list">
                {group.children.map((child) => (
                  <li key={child.id}>
                    <span className="font-medium">{child.name}</span>{" "}
                    <span className="text-base text-slate-600">
                      {t("hereNow.since", { time: clock(child.checkedInAt) })}
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </section>
        ))}
      </div>
    </>
  );
}
