import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";

export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <main id="main" className="mx-auto max-w-md p-6 text-center">
      <h1 className="mb-2 text-2xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mb-6 text-slate-600">{t("notFoundBody")}</p>
      <Link href="/" className={buttonClass("primary")}>
        {t("toHome")}
      </Link>
    </main>
  );
}
