"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

export function LogoutButton() {
  const t = useTranslations("common");
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/login" })} className="min-h-11 rounded-lg px-3 text-sm text-slate-600 hover:bg-slate-100">
      {t("logout")}
    </button>
  );
}
