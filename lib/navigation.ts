// Role-based navigation: where each role lands and which sections it sees. Visibility of a link is convenience
// only; every page and action authorizes itself through lib/authz.
import type { Role } from "./generated/prisma/enums";

/** Names of the tab icons (components/nav-links.tsx maps them to lucide-react icons, imported one by one). */
export type NavIcon =
  | "home"
  | "photos"
  | "diary"
  | "messages"
  | "planning"
  | "more"
  | "groups"
  | "attendance"
  | "approvals"
  | "news"
  | "admin"
  | "families"
  | "hereNow";

/**
 * `also`: other paths that belong to this section, so its tab is the current one there too (the pages behind
 * "Meer", a photo's own page under Foto's). Prefix matches, like `href`.
 */
export type NavItem = { href: string; labelKey: string; icon?: NavIcon; also?: string[] };

export const HOME_BY_ROLE: Record<Role, string> = {
  PARENT: "/ouder",
  STAFF: "/groep",
  MANAGER: "/groep",
  BEHEERDER: "/beheer",
};

/** The parent pages reached through "Meer": its tab is the current one on each of them. */
export const PARENT_MORE_PATHS = [
  "/nieuws",
  "/ouder/documenten",
  "/ouder/profiel",
  "/ouder/contract",
  "/ouder/roefjes",
  "/ouder/agenda",
  "/ouder/toestemming",
  "/ouder/gezondheid",
  "/instellingen",
  "/ouder/privacy",
];

const NAV_BY_ROLE: Record<Role, NavItem[]> = {
  PARENT: [
    { href: "/ouder", labelKey: "nav.overview", icon: "home" },
    { href: "/ouder/fotos", labelKey: "photos.nav", icon: "photos", also: ["/fotos"] },
    { href: "/ouder/schriftje", labelKey: "diary.navLabel", icon: "diary" },
    { href: "/berichten", labelKey: "messages.navLabel", icon: "messages" },
    { href: "/ouder/planning", labelKey: "planning.navPlanning", icon: "planning" },
    // Nieuws, Documenten, Profiel, Contract, Roefjes, Toestemming, Meldingen and Privacy live behind one hub so
    // the phone tab bar stays short.
    { href: "/ouder/meer", labelKey: "more.nav", icon: "more", also: PARENT_MORE_PATHS },
  ],
  STAFF: [
    { href: "/groep", labelKey: "nav.groups", icon: "groups" },
    { href: "/groep/aanwezigheid", labelKey: "planning.navAttendance", icon: "attendance" },
    // Evacuation: who is in the building, one tap from anywhere (issue 18).
    { href: "/groep/aanwezig", labelKey: "presence.navHereNow", icon: "hereNow" },
    { href: "/groep/schriftje", labelKey: "diary.navLabel", icon: "diary" },
    { href: "/groep/fotos", labelKey: "photos.nav", icon: "photos", also: ["/fotos"] },
    { href: "/berichten", labelKey: "messages.navLabel", icon: "messages" },
    { href: "/nieuws", labelKey: "more.news", icon: "news" },
  ],
  MANAGER: [
    { href: "/groep", labelKey: "nav.groups", icon: "groups" },
    { href: "/groep/aanwezigheid", labelKey: "planning.navAttendance", icon: "attendance" },
    { href: "/groep/aanwezig", labelKey: "presence.navHereNow", icon: "hereNow" },
    { href: "/aanvragen", labelKey: "planning.navApprovals", icon: "approvals" },
    { href: "/groep/schriftje", labelKey: "diary.navLabel", icon: "diary" },
    { href: "/berichten", labelKey: "messages.navLabel", icon: "messages" },
    { href: "/nieuws", labelKey: "more.news", icon: "news" },
  ],
  BEHEERDER: [
    { href: "/beheer", labelKey: "nav.admin", icon: "admin" },
    { href: "/beheer/gezinnen", labelKey: "nav.families", icon: "families" },
    { href: "/groep", labelKey: "nav.groups", icon: "groups" },
    { href: "/aanvragen", labelKey: "planning.navApprovals", icon: "approvals" },
    // Nieuws, Documenten and Contractwijzigingen behind one hub: the tablet top bar has room for few entries.
    { href: "/beheer/ouderzaken", labelKey: "more.beheerHub", icon: "more" },
  ],
};

export function navFor(role: Role): NavItem[] {
  return NAV_BY_ROLE[role];
}

const photosLink: NavItem = { href: "/groep/fotos", labelKey: "photos.nav" };
const contactsLink: NavItem = { href: "/groep/contacten", labelKey: "more.staffContacts" };
const consentLink: NavItem = { href: "/beheer/toestemmingen", labelKey: "adminNav.consent" };
const locationsLink: NavItem = { href: "/beheer/locaties", labelKey: "adminNav.locations" };
const presenceExportLink: NavItem = { href: "/beheer/aanwezigheidslijst", labelKey: "presence.navExport" };
const hereNowLink: NavItem = { href: "/groep/aanwezig", labelKey: "presence.navHereNow" };

/** Secondary links on the group page (tablet): the group's lists that do not need a place in the top bar. */
const GROUP_PAGE_LINKS_BY_ROLE: Record<Role, NavItem[]> = {
  PARENT: [],
  // Staff have Foto's in the top bar already.
  STAFF: [contactsLink, consentLink],
  MANAGER: [photosLink, contactsLink, consentLink, locationsLink, presenceExportLink],
  BEHEERDER: [photosLink, contactsLink, consentLink, hereNowLink, presenceExportLink],
};

export function groupPageLinksFor(role: Role): NavItem[] {
  return GROUP_PAGE_LINKS_BY_ROLE[role];
}

const under = (pathname: string, prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);

/**
 * The section (tab) a page belongs to: the longest `href` or `also` prefix that matches wins (so /ouder/planning is
 * Planning, not Overzicht, and /nieuws/x is Meer for a parent), exact match for hubs. Null when no tab fits.
 */
export function currentNavHref(pathname: string, items: Pick<NavItem, "href" | "also">[]): string | null {
  let best: { href: string; length: number } | null = null;
  for (const item of items) {
    for (const prefix of [item.href, ...(item.also ?? [])]) {
      if (under(pathname, prefix) && (!best || prefix.length > best.length))
        best = { href: item.href, length: prefix.length };
    }
  }
  return best?.href ?? null;
}
