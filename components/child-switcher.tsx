import Link from "next/link";

/**
 * Switch between the family's children: pill links that wrap onto a second line instead of scrolling sideways, so no
 * name (or its focus ring) is cut off on a phone. Works without JavaScript; the current child is aria-current.
 */
export function ChildSwitcher({
  items,
  current,
  label,
}: {
  items: { id: string; name: string; href: string }[];
  current: string;
  label: string;
}) {
  if (items.length < 2) return null;
  return (
    <nav aria-label={label} className="mb-4 flex flex-wrap gap-2" data-testid="child-switcher">
      {items.map((item) => (
        <Link
          key={item.id}
          href={item.href}
          prefetch={false}
          aria-current={item.id === current ? "page" : undefined}
          className={`inline-flex min-h-11 max-w-full items-center rounded-full px-4 font-medium ring-1 ring-inset ${
            item.id === current ? "bg-brand-700 text-white ring-brand-700" : "bg-white text-brand-800 ring-brand-700/30"
          }`}
        >
          <span className="truncate">{item.name}</span>
        </Link>
      ))}
    </nav>
  );
}
