import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { canUploadToGroup, listGroupPhotos, listPhotoGroups } from "@/lib/photos/queries";
import { listGroupsWithChildren } from "@/lib/groups/queries";
import { PageTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { buttonClass } from "@/components/ui/button";
import { formatDateTime } from "@/components/format";
import { PhotoGrid } from "@/components/photos/photo-grid";
import { PhotoUploader } from "./photo-uploader";

export const metadata = { title: "Foto's" };

type Props = { searchParams: Promise<{ groep?: string; na?: string }> };

const BADGE_TONE = { visible: "text-green-800", restricted: "text-amber-900", hidden: "text-red-800" } as const;

/** Staff: post photos to a group and see what was posted, with who gets to see each photo. */
export default async function GroupPhotosPage({ searchParams }: Props) {
  const user = await requireRole("STAFF", "MANAGER", "BEHEERDER");
  const { groep, na } = await searchParams;
  const [groups, t, locale] = await Promise.all([listPhotoGroups(user), getTranslations(), getLocale()]);
  if (groups.length === 0) return <Notice>{t("photos.staffNoGroups")}</Notice>;
  const group = groups.find((g) => g.id === groep) ?? groups[0];
  const [feed, withChildren, canUpload] = await Promise.all([
    listGroupPhotos(user, { groupId: group.id, cursor: typeof na === "string" ? na : null }),
    listGroupsWithChildren(user),
    canUploadToGroup(user, group.id),
  ]);
  const taggable = (withChildren.find((g) => g.id === group.id)?.children ?? []).map((c) => ({
    id: c.id,
    name: `${c.firstName} ${c.lastName}`,
    consentPhotograph: c.consentPhotograph,
    consentShareGroup: c.consentShareGroup,
  }));
  return (
    <>
      <PageTitle>{t("photos.staffTitle", { group: group.name })}</PageTitle>
      {groups.length > 1 && (
        <nav aria-label={t("photos.staffPickGroup")} className="mb-4 flex flex-wrap gap-2">
          {groups.map((g) => (
            <Link
              key={g.id}
              href={`/groep/fotos?groep=${g.id}`}
              aria-current={g.id === group.id ? "page" : undefined}
              className={buttonClass(g.id === group.id ? "primary" : "secondary")}
            >
              {g.name}
            </Link>
          ))}
        </nav>
      )}
      {canUpload ? (
        <PhotoUploader key={group.id} groupId={group.id} taggable={taggable} />
      ) : (
        <Notice>{t("photos.viewOnly")}</Notice>
      )}
      <h2 className="mt-8 mb-3 text-lg font-semibold text-slate-900">{t("photos.recent")}</h2>
      <p className="mb-3 text-sm text-slate-600">{t("photos.hiddenHelp")}</p>
      {feed.photos.length === 0 ? (
        <Notice>{t("photos.empty")}</Notice>
      ) : (
        <PhotoGrid
          photos={feed.photos.map((p) => {
            const date = formatDateTime(new Date(p.takenAt), locale);
            return {
              id: p.id,
              thumbUrl: p.thumbUrl,
              alt: p.caption
                ? t("photos.photoAltCaption", { date, caption: p.caption })
                : t("photos.photoAlt", { date }),
              badge: (
                <>
                  <span className={`block font-medium ${BADGE_TONE[p.distribution]}`}>
                    {t(`photos.distribution.${p.distribution}`)}
                  </span>
                  <span className="block text-slate-600">
                    {p.tags.length > 0
                      ? p.tags.map((tag) => tag.name).join(", ")
                      : p.noChildren
                        ? t("photos.noChildrenMarked")
                        : t("photos.noTags")}
                  </span>
                </>
              ),
            };
          })}
        />
      )}
      {feed.nextCursor && (
        <Link
          href={`/groep/fotos?groep=${group.id}&na=${encodeURIComponent(feed.nextCursor)}`}
          className={`${buttonClass("secondary")} mt-4`}
        >
          {t("photos.older")}
        </Link>
      )}
    </>
  );
}
