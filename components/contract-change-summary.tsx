// Shared by the parent's contract page and the beheer queue: one sentence per change request, and its status.
import type { ChangeRequestView } from "@/lib/contracts/queries";
import { formatDate } from "@/components/format";

type Translate = (key: string, values?: Record<string, string | number>) => string;

export function describeChange(
  request: Pick<ChangeRequestView, "kind" | "weekday" | "dagdeel" | "effectiveDate" | "endDate">,
  t: Translate,
  locale: string,
): string {
  const parts = [t(`kind${request.kind}`)];
  if (request.weekday && request.dagdeel)
    parts.push(`${t(`weekday${request.weekday}`)} ${t(`dagdeel${request.dagdeel}`)}`);
  parts.push(t("effectiveOn", { date: formatDate(request.effectiveDate, locale) }));
  if (request.endDate) parts.push(t("until", { date: formatDate(request.endDate, locale) }));
  return parts.join(" · ");
}

const tone = {
  OPEN: "bg-amber-100 text-amber-900",
  HANDLED: "bg-green-100 text-green-800",
  DECLINED: "bg-red-100 text-red-800",
} as const;

export function ChangeRequestStatusBadge({ status, label }: { status: keyof typeof tone; label: string }) {
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${tone[status]}`}>{label}</span>;
}
