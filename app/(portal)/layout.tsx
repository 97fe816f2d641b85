import type { ReactNode } from "react";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { navFor } from "@/lib/navigation";
import { PortalShell } from "@/components/portal-shell";
import { setLocale } from "@/app/locale-action";

// UI shell only. The redirect is a convenience for signed-out visitors; every page and action below checks
// authorization itself through lib/authz (layouts do not re-run on client navigation).
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  return (
    <PortalShell userName={user.name} nav={navFor(user.role)} localeAction={setLocale}>
      {children}
    </PortalShell>
  );
}
