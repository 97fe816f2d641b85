// Role-based navigation: where each role lands and which sections it sees. Visibility of a link is convenience
// only; every page and action authorizes itself through lib/authz.
import type { Role } from "./generated/prisma/enums";

export type NavItem = { href: string; labelKey: string };

export const HOME_BY_ROLE: Record<Role, string> = {
  PARENT: "/ouder",
  STAFF: "/groep",
  MANAGER: "/groep",
  BEHEERDER: "/beheer",
};

const NAV_BY_ROLE: Record<Role, NavItem[]> = {
  PARENT: [
    { href: "/ouder", labelKey: "nav.overview" },
    { href: "/ouder/fotos", labelKey: "photos.nav" },
    { href: "/ouder/schriftje", labelKey: "diary.navLabel" },
    { href: "/berichten", labelKey: "messages.navLabel" },
    { href: "/ouder/planning", labelKey: "planning.navPlanning" },
    // Nieuws, Documenten, Profiel, Contract, Roefjes, Toestemming, Meldingen and Privacy live behind one hub so
    // the phone tab bar stays short.
    { href: "/ouder/meer", labelKey: "more.nav" },
  ],
  STAFF: [
    { href: "/groep", labelKey: "nav.groups" },
    { href: "/groep/aanwezigheid", labelKey: "planning.navAttendance" },
    // Evacuation: who is in the building, one tap from anywhere (issue 18).
    { href: "/groep/aanwezig", labelKey: "presence.navHereNow" },
    { href: "/groep/schriftje", labelKey: "diary.navLabel" },
    { href: "/groep/fotos", labelKey: "photos.nav" },
    { href: "/berichten", labelKey: "messages.navLabel" },
    { href: "/nieuws", labelKey: "more.news" },
  ],
  MANAGER: [
    { href: "/groep", labelKey: "nav.groups" },
    { href: "/groep/aanwezigheid", labelKey: "planning.navAttendance" },
    { href: "/groep/aanwezig", labelKey: "presence.navHereNow" },
    { href: "/aanvragen", labelKey: "planning.navApprovals" },
    { href: "/groep/schriftje", labelKey: "diary.navLabel" },
    { href: "/berichten", labelKey: "messages.navLabel" },
    { href: "/nieuws", labelKey: "more.news" },
  ],
  BEHEERDER: [
    { href: "/beheer", labelKey: "nav.admin" },
    { href: "/beheer/gezinnen", labelKey: "nav.families" },
    { href: "/groep", labelKey: "nav.groups" },
    { href: "/aanvragen", labelKey: "planning.navApprovals" },
    // Nieuws, Documenten and Contractwijzigingen behind one hub: the tablet top bar has room for few entries.
    { href: "/beheer/ouderzaken", labelKey: "more.beheerHub" },
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
