import Link from "next/link";
import type { ReactNode } from "react";

export type GridPhoto = { id: string; thumbUrl: string; alt: string; badge?: ReactNode };

/** Thumbnails in the first screen of a phone (two rows of two): loaded at once, the rest lazily. */
const EAGER = 4;

/**
 * A grid of thumbnails linking to the detail page. Plain <img>: images are private and served by the auth-checked
 * route handler with its own cache headers, never through next/image's optimizer cache.
 * The first screen's thumbnails load eagerly (one of them is the page's Largest Contentful Paint; lazy loading
 * delayed it until after layout). Links are not prefetched: a feed page has up to 24 of them, each a private,
 * server-rendered page the parent mostly never opens.
 */
export function PhotoGrid({ photos }: { photos: GridPhoto[] }) {
  return (
    <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-4">
      {photos.map((photo, index) => (
        <li key={photo.id} className="overflow-hidden rounded-xl bg-slate-100 ring-1 ring-slate-200">
          <Link
            href={`/fotos/${photo.id}`}
            prefetch={false}
            className="block focus-visible:outline-3 focus-visible:outline-brand-700"
          >
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img
              src={photo.thumbUrl}
              alt={photo.alt}
              width={480}
              height={480}
              loading={index < EAGER ? "eager" : "lazy"}
              fetchPriority={index < EAGER ? "high" : undefined}
              decoding="async"
              className="aspect-square w-full object-cover"
            />
          </Link>
          {photo.badge && <div className="px-2 py-1.5 text-xs">{photo.badge}</div>}
        </li>
      ))}
    </ul>
  );
}
