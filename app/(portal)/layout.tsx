import type { ReactNode } from "react";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { navFor } from "@/lib/navigation";
import { countUnreadThreads } from "@/lib/messages/queries";
import { countUnreadNews } from "@/lib/news/queries";
import { PortalShell } from "@/components/portal-shell";
import { setLocale } from "@/app/locale-action";

// UI shell only. The redirect is a convenience for signed-out visitors; every page and action below checks
// authorization itself through lib/authz (layouts do not re-run on client navigation).
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  const nav = navFor(user.role);
  const hasTab = (href: string) => nav.some((item) => item.href === href);
  // Counts for the tab badges, only for the tabs this role has (a parent's news lives behind "Meer").
  const [unreadThreads, unreadNews] = await Promise.all([
    hasTab("/berichten") ? countUnreadThreads(user) : 0,
    hasTab("/nieuws") || hasTab("/ouder/meer") ? countUnreadNews(user) : 0,
  ]);
  const badges = {
    "/berichten": { count: unreadThreads, labelKey: "nav.unreadMessages" },
    "/nieuws": { count: unreadNews, labelKey: "nav.unreadNews" },
    "/ouder/meer": { count: unreadNews, labelKey: "nav.unreadNews" },
  };
  return (
    <PortalShell userName={user.name} nav={nav} badges={badges} localeAction={setLocale}>
      {children}
    </PortalShell>
  );
}
