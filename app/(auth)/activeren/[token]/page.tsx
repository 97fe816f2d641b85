import { getTranslations } from "next-intl/server";
import { findTokenHolder } from "@/lib/accounts/queries";
import { Notice } from "@/components/ui/notice";
import { PasswordForm } from "../../password-form";
import { activateAccountAction } from "../../actions";

export const metadata = { title: "Account activeren", referrer: "no-referrer" };

export default async function ActivatePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("activate");
  const holder = await findTokenHolder(token, "INVITE");
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{t("title")}</h1>
      {holder ? (
        <>
          <p className="mb-3 text-sm text-slate-600">{t("intro")}</p>
          <p className="mb-5 rounded-lg bg-brand-50 px-3 py-2 text-sm">
            {t("username")} <strong data-testid="login-name">{holder.loginName}</strong>
          </p>
          <PasswordForm action={activateAccountAction} token={token} submitLabel={t("submit")} />
        </>
      ) : (
        <Notice tone="error">{t("invalidToken")}</Notice>
      )}
    </>
  );
}
