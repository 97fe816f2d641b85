"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

type Item = { href: string; label: string };

// Menu links are not prefetched: every section is a private, dynamic page, so a prefetch carries no content (there is
// no loading.tsx to show early) but still costs a server request per link on every page view (7 for a parent, twice:
// Lighthouse saw 14 after each load) and main-thread time on the phone while the page becomes interactive.

/** The current section: exact match for hubs like /ouder, prefix match for the rest. */
function isCurrent(pathname: string, href: string, all: Item[]): boolean {
  if (pathname === href) return true;
  if (!pathname.startsWith(`${href}/`)) return false;
  // A longer nav entry that also matches wins (e.g. /ouder/planning over /ouder).
  return !all.some(
    (other) =>
      other.href !== href &&
      other.href.startsWith(href) &&
      (pathname === other.href || pathname.startsWith(`${other.href}/`)),
  );
}

/** Top navigation for tablets and up. */
export function TopNavLinks({ items }: { items: Item[] }) {
  const pathname = usePathname();
  return items.map((item) => {
    const current = isCurrent(pathname, item.href, items);
    return (
      <Link
        key={item.href}
        href={item.href}
        prefetch={false}
        aria-current={current ? "page" : undefined}
        className={`flex min-h-11 shrink-0 items-center whitespace-nowrap rounded-lg px-3 text-sm font-medium hover:bg-brand-50 hover:text-brand-800 ${current ? "bg-brand-50 text-brand-800" : "text-slate-700"}`}
      >
        {item.label}
      </Link>
    );
  });
}

/** Bottom tab bar for phones: every entry gets an equal share of the width, so it never scrolls off-screen. */
export function BottomNavLinks({ items }: { items: Item[] }) {
  const pathname = usePathname();
  return (
    <div className="grid w-full" style={{ gridTemplateColumns: `repeat(${items.length}, minmax(0, 1fr))` }}>
      {items.map((item) => {
        const current = isCurrent(pathname, item.href, items);
        return (
          <Link
            key={item.href}
            href={item.href}
            prefetch={false}
            aria-current={current ? "page" : undefined}
            className={`flex min-h-12 items-center justify-center rounded-lg px-0.5 text-center text-xs leading-tight font-medium ${current ? "bg-brand-50 text-brand-800" : "text-slate-700"}`}
          >
            <span className="truncate">{item.label}</span>
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
