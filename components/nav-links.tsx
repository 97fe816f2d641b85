"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

import {
  CalendarDays,
  ClipboardCheck,
  Ellipsis,
  House,
  Images,
  ListChecks,
  type LucideIcon,
  MessageCircle,
  Newspaper,
  NotebookPen,
  Settings,
  Siren,
  Users,
} from "lucide-react";
import { currentNavHref, type NavIcon } from "@/lib/navigation";

/** `badge`: a count for the tab (unread messages, news), with its words for screen readers in `badgeLabel`. */
export type NavLinkItem = {
  href: string;
  label: string;
  icon?: NavIcon;
  also?: string[];
  badge?: number;
  badgeLabel?: string;
};

// Named imports only: the bundler keeps just these icons (lucide-react has no side effects).
const ICONS: Record<NavIcon, LucideIcon> = {
  home: House,
  photos: Images,
  diary: NotebookPen,
  messages: MessageCircle,
  planning: CalendarDays,
  more: Ellipsis,
  groups: Users,
  attendance: ClipboardCheck,
  approvals: ListChecks,
  news: Newspaper,
  admin: Settings,
  families: House,
  hereNow: Siren,
};

// Menu links are not prefetched: every section is a private, dynamic page, so a prefetch carries no content (there is
// no loading.tsx to show early) but still costs a server request per link on every page view (7 for a parent, twice:
// Lighthouse saw 14 after each load) and main-thread time on the phone while the page becomes interactive.

function Badge({ item, className }: { item: NavLinkItem; className: string }) {
  if (!item.badge) return null;
  return (
    <span
      className={`min-w-5 rounded-full bg-red-700 px-1.5 text-center text-xs leading-5 font-semibold text-white ${className}`}
      data-testid="nav-badge"
    >
      <span aria-hidden="true">{item.badge > 99 ? "99+" : item.badge}</span>
      {item.badgeLabel && <span className="sr-only">{item.badgeLabel}</span>}
    </span>
  );
}

/** Top navigation for tablets and up. */
export function TopNavLinks({ items }: { items: NavLinkItem[] }) {
  const current = currentNavHref(usePathname(), items);
  return items.map((item) => {
    const Icon = item.icon ? ICONS[item.icon] : null;
    return (
      <Link
        key={item.href}
        href={item.href}
        prefetch={false}
        aria-current={item.href === current ? "page" : undefined}
        className={`flex min-h-11 shrink-0 items-center gap-2 whitespace-nowrap rounded-lg px-3 text-sm font-medium hover:bg-brand-50 hover:text-brand-800 ${item.href === current ? "bg-brand-50 text-brand-800" : "text-slate-700"}`}
      >
        {Icon && <Icon aria-hidden="true" className="size-4.5 shrink-0" strokeWidth={2} />}
        {item.label}
        <Badge item={item} className="" />
      </Link>
    );
  });
}

/** Bottom tab bar for phones: every entry gets an equal share of the width, so it never scrolls off-screen. */
export function BottomNavLinks({ items }: { items: NavLinkItem[] }) {
  const current = currentNavHref(usePathname(), items);
  return (
    <div className="grid w-full" style={{ gridTemplateColumns: `repeat(${items.length}, minmax(0, 1fr))` }}>
      {items.map((item) => {
        const Icon = item.icon ? ICONS[item.icon] : null;
        const active = item.href === current;
        return (
          <Link
            key={item.href}
            href={item.href}
            prefetch={false}
            aria-current={active ? "page" : undefined}
            className={`relative flex min-h-14 flex-col items-center justify-center gap-0.5 rounded-lg px-0.5 text-center text-xs leading-tight font-medium ${active ? "text-brand-800" : "text-slate-600"}`}
          >
            {Icon && (
              <span
                className={`flex h-7 w-12 items-center justify-center rounded-full ${active ? "bg-brand-100" : ""}`}
              >
                <Icon aria-hidden="true" className="size-5" strokeWidth={active ? 2.4 : 2} />
              </span>
            )}
            <span className="max-w-full truncate">{item.label}</span>
            <Badge item={item} className="absolute top-0.5 left-1/2 ml-2" />
          </Link>
        );
      })}
    </div>
  );
}

/**
 * Keyboard and screen-reader users after a client-side navigation: Next.js leaves focus where it was, so after
 * choosing a section in the (bottom) menu, focus stayed in the menu below the page, and after following a link
 * inside the page it fell back to <body>. In both cases move it to <main> (tabIndex -1), so the next Tab is the new
 * page's first control, as after a full page load. Focus elsewhere (say, in a form) is left alone.
 */
export function RouteFocus() {
  const pathname = usePathname();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const active = document.activeElement;
    if (active && active !== document.body && !active.closest("nav")) return;
    document.getElementById("main")?.focus({ preventScroll: true });
  }, [pathname]);
  return null;
}
