// Today's presence for one group on the tablet (issue 18): per child the booking (expected, extra, absent with the
// parents' reason), check-in and check-out with who collected the child, and late pick-ups that stand out.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime } from "@/components/format";
import { Notice } from "@/components/ui/notice";
import type { PresenceDay } from "@/lib/presence/queries";
import type { EssentialsBadge as Badge } from "@/lib/essentials/queries";
import { EssentialsBadge, essentialsBadgeLabels } from "@/components/essentials/essentials-badge";
import { CheckInControl, CheckOutControl, UndoControl } from "./presence-controls";

const clock = (iso: string, locale: string) => formatDateTime(new Date(iso), locale, "HH:mm");

export async function PresenceList({ day, badges }: { day: PresenceDay; badges: Map<string, Badge> }) {
  const [t, tp, ts, te, tl, locale] = await Promise.all([
    getTranslations("presence"),
    getTranslations("planning"),
    getTranslations("planningStaff"),
    getTranslations("essentials"),
    getTranslations("ledger"),
    getLocale(),
  ]);
  const group = day.group;
  if (!group) return null;
  return (
    <section aria-labelledby="presence-title" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="presence-title" className="text-lg font-semibold text-slate-900">
          {t("title")}
        </h2>
        <p className="text-sm font-medium text-slate-700" data-testid="presence-counts">
          {t("counts", {
            here: String(day.counts.here),
            expected: String(day.counts.expected),
            gone: String(day.counts.gone),
          })}
        </p>
      </div>
      {!day.canWrite && <Notice>{t("readOnly")}</Notice>}
      {day.presence.length === 0 ? (
        <p className="text-slate-600">{ts("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-2xl bg-white ring-1 ring-slate-200">
          {day.presence.map((row) => {
            const here = row.checkedInAt && !row.checkedOutAt;
            const late = row.lateMinutes > 0 && row.careEnd;
            return (
              <li
                key={row.childId}
                data-testid="presence-row"
                className={`flex flex-col gap-2 p-3 md:flex-row md:items-start md:justify-between ${late ? "bg-red-50" : ""}`}
              >
                <div className="min-w-0 space-y-1">
                  <p className="flex flex-wrap items-center gap-2 text-lg font-semibold text-slate-900">
                    {/* The child's hours ledger (tegoed), as on the booking list of other days. */}
                    <Link
                      href={`/tegoed/${row.childId}`}
                      className="text-brand-800 underline"
                      aria-label={`${row.name}: ${tl("link")}`}
                    >
                      {row.name}
                    </Link>
                    <EssentialsBadge
                      childId={row.childId}
                      badge={badges.get(row.childId)}
                      labels={essentialsBadgeLabels(te, row.name)}
                    />
                  </p>
                  <p className="flex flex-wrap gap-1 text-sm">
                    {row.slots.map((slot) => (
                      <span
                        key={`${slot.dagdeel}-${slot.status}`}
                        className={`rounded-full px-2 py-0.5 font-medium ${slot.status === "absent" ? "bg-amber-100 text-amber-900" : "bg-brand-50 text-brand-800"}`}
                      >
                        {tp(`dagdeel_${slot.dagdeel}`)}: {ts(`status_${slot.status}`)}
                        {slot.reason && ` (${tp(`reason_${slot.reason}`)}${slot.comment ? `: ${slot.comment}` : ""})`}
                      </span>
                    ))}
                    {row.careEnd && !row.absent && (
                      <span className="px-1 text-slate-600">{t("careEnds", { time: clock(row.careEnd, locale) })}</span>
                    )}
                  </p>
                  <p className="text-sm text-slate-800">
                    {row.checkedInAt
                      ? t("in", { time: clock(row.checkedInAt, locale) })
                      : row.absent
                        ? t("absent")
                        : t("notYet")}
                    {row.checkedOutAt &&
                      ` · ${t("out", { time: clock(row.checkedOutAt, locale), name: row.pickedUpByName })}`}
                  </p>
                  {late && row.careEnd && (
                    <p className="text-sm font-semibold text-red-800" data-testid="late-pickup">
                      {t(row.checkedOutAt ? "late" : "stillHereLate", {
                        minutes: String(row.lateMinutes),
                        end: clock(row.careEnd, locale),
                      })}
                    </p>
                  )}
                </div>
                {day.canWrite && (
                  <div className="flex flex-col gap-1 md:items-end">
                    {!row.checkedInAt && <CheckInControl groupId={group.id} childId={row.childId} name={row.name} />}
                    {here &&
                      (row.pickUpOptions.length > 0 ? (
                        <CheckOutControl
                          groupId={group.id}
                          childId={row.childId}
                          name={row.name}
                          options={row.pickUpOptions}
                        />
                      ) : (
                        <p className="text-sm text-amber-900">{t("noPickUp")}</p>
                      ))}
                    {row.checkedInAt && <UndoControl groupId={group.id} childId={row.childId} name={row.name} />}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
