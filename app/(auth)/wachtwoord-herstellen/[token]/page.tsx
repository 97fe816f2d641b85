import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { findTokenHolder } from "@/lib/accounts/queries";
import { Notice } from "@/components/ui/notice";
import { PasswordForm } from "../../password-form";
import { resetPasswordAction } from "../../actions";

export const metadata = { title: "Nieuw wachtwoord", referrer: "no-referrer" };

export default async function ResetPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations();
  const live = await findTokenHolder(token, "RESET");
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">{t("reset.title")}</h1>
      {live ? (
        <PasswordForm action={resetPasswordAction} token={token} submitLabel={t("reset.submit")} />
      ) : (
        <div className="space-y-4">
          <Notice tone="error">{t("reset.invalidToken")}</Notice>
          <Link href="/wachtwoord-vergeten" className="block text-center text-brand-800 underline">
            {t("login.forgot")}
          </Link>
        </div>
      )}
    </>
  );
}
