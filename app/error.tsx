"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("common");
  return (
    <main id="main" className="mx-auto max-w-md p-6 text-center">
      <h1 className="mb-2 text-2xl font-semibold">{t("errorTitle")}</h1>
      <p className="mb-6 text-slate-600">{t("errorBody")}</p>
      <Button onClick={reset}>{t("retry")}</Button>
    </main>
  );
}
