import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { isParent, requireUser } from "@/lib/authz";
import { isAppError } from "@/lib/errors";
import { getPhotoDetail, getPhotoTagging } from "@/lib/photos/queries";
import { PageTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { buttonClass } from "@/components/ui/button";
import { formatDateTime, formatDateTimeWithDateFns } from "@/components/format";
import { DeletePhoto } from "./delete-photo";
import { PhotoDateEditor, PhotoTagEditor } from "./photo-editors";
import { BackLink } from "@/components/back-link";

export const metadata = { title: "Foto" };

/** One photo, for anyone who may see it (the same photoScope as the feed); the view is written to the audit log. */
export default async function PhotoDetailPage({ params }: { params: Promise<{ photoId: string }> }) {
  const user = await requireUser();
  const { photoId } = await params;
  const photo = await getPhotoDetail(user, photoId).catch((error: unknown) => {
    if (isAppError(error)) notFound();
    throw error;
  });
  const [t, locale, tagging] = await Promise.all([
    getTranslations("photos"),
    getLocale(),
    // Only who may manage the photo (staff of its group, beheerders) gets the editors.
    getPhotoTagging(user, photoId),
  ]);
  const date = formatDateTime(new Date(photo.takenAt), locale, "EEEE d MMMM yyyy, HH:mm");
  const parentView = isParent(user);
  const back = parentView ? "/ouder/fotos" : `/groep/fotos?groep=${photo.groupId}`;
  return (
    <>
      <BackLink href={back} to={parentView ? "photos" : "group"} />
      <PageTitle
        sub={tagging ? `${t("takenAt", { date })} · ${t(`dateSource.${tagging.dateSource}`)}` : t("takenAt", { date })}
      >
        {photo.caption || t("detailTitle")}
      </PageTitle>
      <figure className="overflow-hidden rounded-2xl bg-slate-100 ring-1 ring-slate-200">
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img
          src={photo.displayUrl}
          alt={photo.caption ? t("photoAltCaption", { date, caption: photo.caption }) : t("photoAlt", { date })}
          width={photo.width}
          height={photo.height}
          className="h-auto max-h-[80dvh] w-full object-contain"
        />
        <figcaption className="px-4 py-2 text-sm text-slate-700">{t("inGroup", { name: photo.groupName })}</figcaption>
      </figure>
      {photo.tags.length > 0 && (
        <div className="mt-3 text-sm">
          <h2 className="font-medium text-slate-800">{t("tagged")}</h2>
          <ul className="mt-1 flex flex-wrap gap-2">
            {photo.tags.map((tag) => (
              <li key={tag.id} className="rounded-full bg-slate-100 px-3 py-1 text-slate-800">
                {tag.name}
              </li>
            ))}
          </ul>
        </div>
      )}
      {photo.distribution && (
        <p className="mt-3 text-sm text-slate-700" data-testid="distribution">
          {t(`distribution.${photo.distribution}`)}
        </p>
      )}
      <div className="mt-4 space-y-3">
        {parentView && <Notice>{t("careful")}</Notice>}
        <div className="flex flex-wrap gap-2">
          <a href={photo.downloadUrl} className={buttonClass("primary")} download>
            {t("download")}
          </a>
          <Link href={back} className={buttonClass("secondary")}>
            {t("backToFeed")}
          </Link>
        </div>
        {photo.canDelete && <DeletePhoto photoId={photo.id} back={back} />}
      </div>
      {tagging && (
        <div className="mt-6 space-y-4">
          <PhotoTagEditor photoId={tagging.photoId} candidates={tagging.candidates} noChildren={tagging.noChildren} />
          <PhotoDateEditor
            photoId={tagging.photoId}
            value={formatDateTimeWithDateFns(new Date(tagging.takenAt), locale, "yyyy-MM-dd'T'HH:mm")}
          />
        </div>
      )}
    </>
  );
}
