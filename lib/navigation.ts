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
        { href: "/ouder/toestemming", labelKey: "consent.nav" },
      ];
    case "STAFF":
    case "MANAGER":
      return [
        { href: "/groep", labelKey: "nav.groups" },
        { href: "/groep/fotos", labelKey: "photos.nav" },
      ];
    case "BEHEERDER":
      return [
        { href: "/beheer", labelKey: "nav.admin" },
        { href: "/beheer/gezinnen", labelKey: "nav.families" },
        { href: "/groep", labelKey: "nav.groups" },
        { href: "/groep/fotos", labelKey: "photos.nav" },
      ];
  }
}
