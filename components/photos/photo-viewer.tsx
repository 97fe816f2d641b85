"use client";

import { ChevronLeft, ChevronRight, Download, X } from "lucide-react";
import Link from "next/link";
import { type KeyboardEvent, type PointerEvent, useCallback, useEffect, useRef, useState } from "react";

export type ViewerPhoto = {
  id: string;
  thumbUrl: string;
  displayUrl: string;
  downloadUrl: string;
  /** Alt text: date and caption in words. */
  alt: string;
  /** "vrijdag 27 november, 10:12" */
  date: string;
  caption: string;
  width: number;
  height: number;
};

export type ViewerLabels = {
  close: string;
  previous: string;
  next: string;
  download: string;
  details: string;
  /** "Foto {index} van {total}" with the placeholders left in. */
  position: string;
  dialog: string;
};

/** Thumbnails in the first screen of a phone (two rows of two): loaded at once, the rest lazily. */
const EAGER = 4;
/** A horizontal swipe of at least this many px (and more sideways than up or down) turns the page. */
const SWIPE_PX = 50;

/**
 * The photo feed as thumbnails with their date and caption, and a full-screen viewer on top: swipe or the arrow
 * keys for the previous and next photo, download from the viewer, Escape or the close button to leave.
 * A native modal <dialog>: focus moves into it and stays there, the page behind is inert for screen readers, and
 * focus returns to the thumbnail on close. Every thumbnail stays a link to the photo's own page, so without
 * JavaScript (or with a modifier key: a new tab) nothing is lost. Images are private and served by the auth-checked
 * route handler (no next/image).
 */
export function PhotoFeedViewer({ photos, labels }: { photos: ViewerPhoto[]; labels: ViewerLabels }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [index, setIndex] = useState<number | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const swipe = useRef<{ x: number; y: number } | null>(null);
  const closeButton = useRef<HTMLButtonElement>(null);

  const open = (at: number, from: HTMLElement) => {
    opener.current = from;
    setIndex(at);
  };
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (index !== null && !element.open) {
      element.showModal();
      // Focus starts on "Sluiten" (the first control would be the download link).
      closeButton.current?.focus();
    }
  }, [index]);

  const close = useCallback(() => {
    dialog.current?.close();
  }, []);
  const onClosed = () => {
    setIndex(null);
    opener.current?.focus();
  };
  const go = useCallback(
    // Round the ends: after the oldest photo on this page comes the newest again.
    (step: number) =>
      setIndex((current) => (current === null ? null : (current + step + photos.length) % photos.length)),
    [photos.length],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === "ArrowLeft") {
      event.preventDefault();
      go(-1);
    } else if (event.key === "ArrowRight") {
      event.preventDefault();
      go(1);
    }
  };
  const onPointerDown = (event: PointerEvent) => {
    swipe.current = { x: event.clientX, y: event.clientY };
  };
  const onPointerUp = (event: PointerEvent) => {
    const start = swipe.current;
    swipe.current = null;
    if (!start) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (Math.abs(dx) >= SWIPE_PX && Math.abs(dx) > Math.abs(dy)) go(dx < 0 ? 1 : -1);
  };

  const photo = index === null ? null : photos[index];
  return (
    <>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
        {photos.map((item, at) => (
          <li key={item.id} className="overflow-hidden rounded-xl bg-white ring-1 ring-slate-200">
            <Link
              href={`/fotos/${item.id}`}
              prefetch={false}
              className="block focus-visible:outline-3 focus-visible:outline-brand-700"
              aria-haspopup="dialog"
              onClick={(event) => {
                if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
                event.preventDefault();
                open(at, event.currentTarget);
              }}
            >
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img
                src={item.thumbUrl}
                alt={item.alt}
                width={480}
                height={480}
                loading={at < EAGER ? "eager" : "lazy"}
                fetchPriority={at < EAGER ? "high" : undefined}
                decoding="async"
                className="aspect-square w-full bg-slate-100 object-cover"
              />
              <span className="block px-2.5 py-2" aria-hidden="true">
                <span className="block text-xs font-medium text-slate-600">{item.date}</span>
                {item.caption && <span className="line-clamp-2 block text-sm text-slate-900">{item.caption}</span>}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <dialog
        ref={dialog}
        aria-label={labels.dialog}
        onClose={onClosed}
        onKeyDown={onKeyDown}
        className="m-0 h-dvh max-h-none w-screen max-w-none bg-black p-0 text-white backdrop:bg-black"
        data-testid="photo-viewer"
      >
        {photo && index !== null && (
          <div className="flex h-full flex-col">
            <div className="flex items-center justify-between gap-2 px-2 pt-[max(0.5rem,env(safe-area-inset-top))]">
              <p className="px-2 text-sm" aria-live="polite" data-testid="viewer-position">
                {labels.position.replace("{index}", String(index + 1)).replace("{total}", String(photos.length))}
              </p>
              <div className="flex items-center gap-1">
                <a
                  href={photo.downloadUrl}
                  download
                  className="flex size-11 items-center justify-center rounded-full hover:bg-white/15"
                  aria-label={labels.download}
                  title={labels.download}
                >
                  <Download aria-hidden="true" className="size-6" />
                </a>
                <button
                  type="button"
                  onClick={close}
                  className="flex size-11 items-center justify-center rounded-full hover:bg-white/15"
                  aria-label={labels.close}
                  title={labels.close}
                  ref={closeButton}
                >
                  <X aria-hidden="true" className="size-7" />
                </button>
              </div>
            </div>
            <div
              className="relative flex min-h-0 flex-1 touch-pan-y items-center justify-center select-none"
              onPointerDown={onPointerDown}
              onPointerUp={onPointerUp}
              onPointerCancel={() => {
                swipe.current = null;
              }}
            >
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img
                key={photo.id}
                src={photo.displayUrl}
                alt={photo.alt}
                width={photo.width}
                height={photo.height}
                draggable={false}
                className="max-h-full max-w-full object-contain"
              />
              {photos.length > 1 && (
                <button
                  type="button"
                  onClick={() => go(-1)}
                  className="absolute top-1/2 left-1 flex size-12 -translate-y-1/2 items-center justify-center rounded-full bg-black/50"
                  aria-label={labels.previous}
                  title={labels.previous}
                >
                  <ChevronLeft aria-hidden="true" className="size-8" />
                </button>
              )}
              {photos.length > 1 && (
                <button
                  type="button"
                  onClick={() => go(1)}
                  className="absolute top-1/2 right-1 flex size-12 -translate-y-1/2 items-center justify-center rounded-full bg-black/50"
                  aria-label={labels.next}
                  title={labels.next}
                >
                  <ChevronRight aria-hidden="true" className="size-8" />
                </button>
              )}
            </div>
            <div className="px-4 pt-2 pb-[max(1rem,env(safe-area-inset-bottom))]">
              <p className="text-sm text-white/80">{photo.date}</p>
              {photo.caption && <p className="text-base">{photo.caption}</p>}
              <Link
                href={`/fotos/${photo.id}`}
                prefetch={false}
                className="mt-1 inline-flex min-h-11 items-center text-sm text-white underline"
              >
                {labels.details}
              </Link>
            </div>
          </div>
        )}
      </dialog>
    </>
  );
}
