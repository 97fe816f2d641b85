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

export function navFor(role: Role): NavItem[] {
  switch (role) {
    case "PARENT":
      return [
        { href: "/ouder", labelKey: "nav.overview" },
        { href: "/ouder/fotos", labelKey: "photos.nav" },
        { href: "/ouder/schriftje", labelKey: "diary.navLabel" },
        { href: "/berichten", labelKey: "messages.navLabel" },
        { href: "/ouder/planning", labelKey: "planning.navPlanning" },
        // Nieuws, Documenten, Profiel, Contract, Roefjes, Toestemming, Meldingen and Privacy live behind one hub so
        // the phone tab bar stays short.
        { href: "/ouder/meer", labelKey: "more.nav" },
      ];
    case "STAFF":
      return [
        { href: "/groep", labelKey: "nav.groups" },
        { href: "/groep/aanwezigheid", labelKey: "planning.navAttendance" },
        { href: "/groep/schriftje", labelKey: "diary.navLabel" },
        { href: "/groep/fotos", labelKey: "photos.nav" },
        { href: "/berichten", labelKey: "messages.navLabel" },
        { href: "/nieuws", labelKey: "more.news" },
      ];
    case "MANAGER":
      return [
        { href: "/groep", labelKey: "nav.groups" },
        { href: "/groep/aanwezigheid", labelKey: "planning.navAttendance" },
        { href: "/aanvragen", labelKey: "planning.navApprovals" },
        { href: "/groep/schriftje", labelKey: "diary.navLabel" },
        { href: "/berichten", labelKey: "messages.navLabel" },
        { href: "/nieuws", labelKey: "more.news" },
      ];
    case "BEHEERDER":
      return [
        { href: "/beheer", labelKey: "nav.admin" },
        { href: "/beheer/gezinnen", labelKey: "nav.families" },
        { href: "/groep", labelKey: "nav.groups" },
        { href: "/aanvragen", labelKey: "planning.navApprovals" },
        // Nieuws, Documenten and Contractwijzigingen behind one hub: the tablet top bar has room for few entries.
        { href: "/beheer/ouderzaken", labelKey: "more.beheerHub" },
      ];
  }
}

/** Secondary links on the group page (tablet): the group's lists that do not need a place in the top bar. */
export function groupPageLinksFor(role: Role): NavItem[] {
  if (role === "PARENT") return [];
  const links: NavItem[] = [
    ...(role === "STAFF" ? [] : [{ href: "/groep/fotos", labelKey: "photos.nav" }]),
    { href: "/groep/contacten", labelKey: "more.staffContacts" },
    { href: "/beheer/toestemmingen", labelKey: "adminNav.consent" },
  ];
  if (role === "MANAGER") links.push({ href: "/beheer/locaties", labelKey: "adminNav.locations" });
  return links;
}
