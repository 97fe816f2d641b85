import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { DiaryEntryView } from "@/lib/diary/queries";
import { DIARY_ITEM_KEYS } from "@/lib/diary/schema";
import { formatDate, formatDateTime } from "@/components/format";

/**
 * A child's schriftje grouped by day, newest first. All text is rendered as React text nodes (escaped): entries are
 * user input, never HTML.
 */
export function DiaryTimeline({ entries }: { entries: DiaryEntryView[] }) {
  const t = useTranslations("diary");
  const locale = useLocale();
  if (entries.length === 0) return <p className="text-slate-600">{t("noEntries")}</p>;
  const days = groupByDate(entries);
  return (
    <ol className="space-y-6">
      {days.map(([date, dayEntries]) => (
        <li key={date}>
          <h3 className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-500">
            {formatDate(date, locale, "EEEE d MMMM")}
          </h3>
          <ul className="space-y-3">
            {dayEntries.map((entry) => (
              <li
                key={entry.id}
                className={`rounded-xl p-4 ring-1 ${entry.authorRole === "STAFF" ? "bg-white ring-slate-200" : "bg-amber-50 ring-amber-200"}`}
                data-testid="diary-entry"
              >
                <p className="mb-1 text-xs font-medium text-slate-600">
                  {t(entry.authorRole === "STAFF" ? "byStaff" : "byParent", {
                    name: entry.mine ? t("you") : entry.authorName,
                  })}{" "}
                  · {formatDateTime(entry.createdAt, locale, "HH:mm")}
                </p>
                {entry.body && <p className="whitespace-pre-line break-words text-slate-900">{entry.body}</p>}
                {Object.keys(entry.items).length > 0 && (
                  <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                    {DIARY_ITEM_KEYS.filter((key) => entry.items[key]).map((key) => (
                      <div key={key} className="contents">
                        <dt className="font-medium text-slate-600">{t(`items.${key}`)}</dt>
                        <dd className="break-words text-slate-900">{entry.items[key]}</dd>
                      </div>
                    ))}
                  </dl>
                )}
                {entry.photos.length > 0 && (
                  <ul className="mt-3 grid grid-cols-3 gap-2">
                    {entry.photos.map((photo) => (
                      <li key={photo.id}>
                        <Link href={`/fotos/${photo.id}`} className="block overflow-hidden rounded-lg">
                          {/* eslint-disable-next-line @next/next/no-img-element -- private image via the auth-checked route */}
                          <img
                            src={photo.thumbUrl}
                            alt={t("photoAlt")}
                            className="aspect-square w-full object-cover"
                            loading="lazy"
                          />
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

function groupByDate(entries: DiaryEntryView[]): [string, DiaryEntryView[]][] {
  const days = new Map<string, DiaryEntryView[]>();
  for (const entry of entries) days.set(entry.date, [...(days.get(entry.date) ?? []), entry]);
  return [...days];
}
