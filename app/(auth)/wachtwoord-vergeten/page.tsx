import { getTranslations } from "next-intl/server";
import { ForgotForm } from "./forgot-form";

export const metadata = { title: "Wachtwoord vergeten" };

export default async function ForgotPage() {
  const t = await getTranslations("forgot");
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-5 text-sm text-slate-600">{t("intro")}</p>
      <ForgotForm />
    </>
  );
}
