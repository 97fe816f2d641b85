import Link from "next/link";
import { ChevronLeft } from "lucide-react";
import { getTranslations } from "next-intl/server";

const TARGETS = {
  more: "backToMore",
  photos: "backToPhotos",
  messages: "backToMessages",
  news: "backToNews",
  group: "backToGroup",
} as const;

/**
 * "Terug naar …" above a sub-page's title: an installed PWA has no back button, so every page below a tab says
 * where it goes back to. A plain link (works without JavaScript), 44 px high.
 */
export async function BackLink({ href, to }: { href: string; to: keyof typeof TARGETS }) {
  const t = await getTranslations("nav");
  return (
    <Link
      href={href}
      prefetch={false}
      className="-ml-2 mb-1 inline-flex min-h-11 items-center gap-1 rounded-lg pr-3 pl-1 text-sm font-medium text-brand-800 hover:bg-brand-50"
      data-testid="back-link"
    >
      <ChevronLeft aria-hidden="true" className="size-5" />
      {t("back", { page: t(TARGETS[to]) })}
    </Link>
  );
}
