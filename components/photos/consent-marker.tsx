"use client";

import { useTranslations } from "next-intl";

/** The consent marker beside a child's name wherever staff tag a photo (upload and after upload): same words, same colours. */
export function ConsentMarker({ child }: { child: { consentPhotograph: boolean; consentShareGroup: boolean } }) {
  const t = useTranslations();
  if (!child.consentPhotograph)
    return <span className="block text-xs font-medium text-red-800">{t("upload.noConsent")}</span>;
  if (!child.consentShareGroup)
    return <span className="block text-xs font-medium text-amber-900">{t("upload.noShare")}</span>;
  return null;
}
