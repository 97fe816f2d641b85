import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { isAppError } from "@/lib/errors";
import { listChildPhotos, photoUrl } from "@/lib/photos/queries";
import { listVisibleChildren } from "@/lib/children/queries";
import { PageTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { buttonClass } from "@/components/ui/button";
import { formatDateTime } from "@/components/format";
import { PhotoFeedViewer } from "@/components/photos/photo-viewer";
import { ChildSwitcher } from "@/components/child-switcher";

export const metadata = { title: "Foto's" };

type Props = { params: Promise<{ childId: string }>; searchParams: Promise<{ na?: string }> };

/** Phone-first photo feed of one of my children, newest first; "Oudere foto's" follows the keyset cursor. */
export default async function ChildPhotoFeed({ params, searchParams }: Props) {
  const user = await requireRole("PARENT");
  const [{ childId }, { na }] = await Promise.all([params, searchParams]);
  const [t, locale, children] = await Promise.all([getTranslations("photos"), getLocale(), listVisibleChildren(user)]);
  const child = children.find((c) => c.id === childId);
  if (!child) notFound();
  const feed = await listChildPhotos(user, { childId, cursor: typeof na === "string" ? na : null }).catch(
    (error: unknown) => {
      if (isAppError(error)) notFound();
      throw error;
    },
  );
  const name = `${child.firstName} ${child.lastName}`;
  return (
    <>
      <PageTitle>{t("feedTitle", { name })}</PageTitle>
      <ChildSwitcher
        label={t("chooseChild")}
        current={childId}
        items={children.map((c) => ({ id: c.id, name: c.firstName, href: `/ouder/fotos/${c.id}` }))}
      />
      <div className="mb-4 space-y-3">
        <Notice>{t("careful")}</Notice>
        <p className="text-sm text-slate-600">{t("whyNotAll")}</p>
      </div>
      {feed.photos.length === 0 ? (
        <Notice>{t("empty")}</Notice>
      ) : (
        <PhotoFeedViewer
          photos={feed.photos.map((p) => {
            const date = formatDateTime(new Date(p.takenAt), locale, "EEEE d MMMM, HH:mm");
            return {
              id: p.id,
              thumbUrl: p.thumbUrl,
              displayUrl: photoUrl(p, "display"),
              downloadUrl: photoUrl(p, "download"),
              alt: p.caption ? t("photoAltCaption", { date, caption: p.caption }) : t("photoAlt", { date }),
              date,
              caption: p.caption,
              width: p.width,
              height: p.height,
            };
          })}
          labels={{
            dialog: t("viewer.dialog"),
            close: t("viewer.close"),
            previous: t("viewer.previous"),
            next: t("viewer.next"),
            position: t.raw("viewer.position") as string,
            details: t("viewer.details"),
            download: t("download"),
          }}
        />
      )}
      <div className="mt-4 flex flex-wrap gap-2">
        {feed.nextCursor && (
          <Link
            href={`/ouder/fotos/${childId}?na=${encodeURIComponent(feed.nextCursor)}`}
            prefetch={false}
            className={buttonClass("secondary")}
          >
            {t("older")}
          </Link>
        )}
        {na && (
          <Link href={`/ouder/fotos/${childId}`} className={buttonClass("ghost")}>
            {t("newest")}
          </Link>
        )}
      </div>
      {feed.photos.length > 0 && (
        <div className="mt-6">
          {/* A plain link: the browser streams the ZIP straight to disk. */}
          <a href={`/api/photos/archive/${childId}`} className={buttonClass("secondary")} download>
            {t("downloadAll", { name: child.firstName })}
          </a>
          <p className="mt-1 text-sm text-slate-600">{t("downloadAllHint")}</p>
        </div>
      )}
    </>
  );
}
