import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { RequestView } from "@/lib/planning/queries";

/** Child switcher as links (works without JavaScript); the current child is marked for screen readers. */
export function ChildTabs({
  items,
  current,
  basePath,
  label,
}: {
  items: { id: string; name: string }[];
  current: string;
  basePath: string;
  label: string;
}) {
  if (items.length < 2) return null;
  return (
    <nav aria-label={label} className="mb-4 flex flex-wrap gap-2">
      {items.map((item) => (
        <Link
          key={item.id}
          href={`${basePath}?kind=${item.id}`}
          aria-current={item.id === current ? "page" : undefined}
          className={`inline-flex min-h-11 items-center rounded-full px-4 font-medium ring-1 ring-inset ${item.id === current ? "bg-brand-700 text-white ring-brand-700" : "bg-white text-brand-800 ring-brand-700/30"}`}
        >
          {item.name}
        </Link>
      ))}
    </nav>
  );
}

const statusTone = {
  REQUESTED: "bg-sky-100 text-sky-900",
  APPROVED: "bg-green-100 text-green-800",
  DECLINED: "bg-red-100 text-red-800",
  CANCELLED: "bg-slate-200 text-slate-800",
} as const;

/** Status of a request with how it was decided (automatic, guarantee, group, location) and the reason. */
export async function RequestStatusLine({ request }: { request: RequestView }) {
  const t = await getTranslations("planning");
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm">
      <span
        className={`rounded-full px-2 py-0.5 font-medium ${statusTone[request.status]}`}
        data-testid="request-status"
      >
        {t(`status_${request.status}`)}
      </span>
      {request.afgemeld && (
        <span
          className="rounded-full bg-amber-100 px-2 py-0.5 font-medium text-amber-900"
          data-testid="request-afgemeld"
        >
          {t("afgemeld")}
        </span>
      )}
      {request.guaranteed && (
        <span className="rounded-full bg-green-100 px-2 py-0.5 font-medium text-green-800">{t("guaranteed")}</span>
      )}
      {request.decidedBy === "auto" && !request.guaranteed && (
        <span className="text-slate-600">{t("decidedAuto")}</span>
      )}
      {request.decidedBy === "group" && <span className="text-slate-600">{t("decidedGroup")}</span>}
      {request.decidedBy === "manager" && <span className="text-slate-600">{t("decidedManager")}</span>}
      {request.decisionReason && (
        <span className="text-slate-700">{t("decisionReason", { reason: request.decisionReason })}</span>
      )}
    </p>
  );
}
