// The badge staff see next to a child with essentials to heed (issue 18): on the presence, group and schriftje pages.
// Server-rendered text only. As a link it opens the child's essentials page (which checks the scope again); inside
// another link (the schriftje tiles) it is plain text.
import Link from "next/link";
import type { EssentialsBadge as Badge } from "@/lib/essentials/queries";

export type EssentialsBadgeLabels = { label: string; link: (items: string) => string } & Record<keyof Badge, string>;

/** The badge's words from the `essentials` catalogue (pass getTranslations("essentials")). */
export function essentialsBadgeLabels(
  t: (key: string, values?: Record<string, string>) => string,
  name: string,
): EssentialsBadgeLabels {
  return {
    label: t("badge.label"),
    allergies: t("badge.allergies"),
    diet: t("badge.diet"),
    medication: t("badge.medication"),
    medicalNotes: t("badge.medicalNotes"),
    link: (items) => t("badge.link", { name, items }),
  };
}

export function EssentialsBadge({
  childId,
  badge,
  labels,
  asLink = true,
}: {
  childId: string;
  badge: Badge | undefined;
  labels: EssentialsBadgeLabels;
  asLink?: boolean;
}) {
  if (!badge) return null;
  const items = (Object.keys(badge) as (keyof Badge)[])
    .filter((k) => badge[k])
    .map((k) => labels[k])
    .join(", ");
  const className =
    "inline-flex items-center gap-1 rounded-full bg-red-100 px-3 text-sm font-semibold text-red-900 ring-1 ring-inset ring-red-700/30";
  const content = (
    <>
      <span aria-hidden="true">⚠</span> {labels.label}: {items}
    </>
  );
  if (!asLink)
    return (
      <span data-testid="essentials-badge" className={`${className} py-0.5`}>
        {content}
      </span>
    );
  return (
    <Link
      href={`/groep/kind/${childId}`}
      aria-label={labels.link(items)}
      data-testid="essentials-badge"
      className={`${className} min-h-11 hover:bg-red-200`}
    >
      {content}
    </Link>
  );
}
