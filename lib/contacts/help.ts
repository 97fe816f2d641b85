// "Vragen en contact" (issue 14, the letter's contact): where a parent goes with a question. Small questions go to
// the group in a message (with the group's phone for today's practical matters), longer ones by mail to the
// organisation's contact mailbox (Organisation.infoEmail, the one address every mail and text names), and the
// location manager for what the group cannot settle.
//
// NOTE: reads through lib/authz: the groups are those of the parent's own children (childScope), nothing else.
import "server-only";
import { prisma } from "../db";
import type { Tx } from "../db";
import { assertRole, childScope, placementNotEnded, type SessionUser } from "../authz";
import { todayDate } from "../time";

/** The organisation's contact mailbox, for mails and texts that name where to ask. */
export async function organisationContactEmail(organisationId: string, db: Tx | typeof prisma = prisma) {
  const organisation = await db.organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: { infoEmail: true },
  });
  return organisation.infoEmail;
}

export type HelpGroup = {
  id: string;
  name: string;
  phone: string;
  careType: "KDV" | "BSO";
  childNames: string[];
  location: { name: string; address: string; managers: { name: string; email: string; phone: string }[] };
};

export type HelpContacts = { organisationName: string; contactEmail: string; groups: HelpGroup[] };

/** The parent's contact page: the mailbox, and per group of their children (now or later) its phone and managers. */
export async function getHelpContacts(user: SessionUser, today = todayDate()): Promise<HelpContacts> {
  assertRole(user, "PARENT");
  const [organisation, children] = await Promise.all([
    prisma.organisation.findUniqueOrThrow({
      where: { id: user.organisationId },
      select: { name: true, infoEmail: true },
    }),
    prisma.child.findMany({
      where: childScope(user, today),
      orderBy: [{ birthDate: "desc" }, { firstName: "asc" }],
      select: {
        firstName: true,
        placements: {
          where: placementNotEnded(today),
          orderBy: { startDate: "asc" },
          select: {
            group: {
              select: {
                id: true,
                name: true,
                phone: true,
                careType: true,
                location: {
                  select: {
                    name: true,
                    address: true,
                    managers: {
                      where: { user: { status: { not: "DEACTIVATED" } } },
                      orderBy: { user: { name: "asc" } },
                      select: { user: { select: { name: true, email: true, phone: true } } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    }),
  ]);
  const groups = new Map<string, HelpGroup>();
  for (const child of children) {
    for (const { group } of child.placements) {
      const entry = groups.get(group.id) ?? {
        id: group.id,
        name: group.name,
        phone: group.phone,
        careType: group.careType,
        childNames: [],
        location: {
          name: group.location.name,
          address: group.location.address,
          managers: group.location.managers.map((m) => m.user),
        },
      };
      if (!entry.childNames.includes(child.firstName)) entry.childNames.push(child.firstName);
      groups.set(group.id, entry);
    }
  }
  return { organisationName: organisation.name, contactEmail: organisation.infoEmail, groups: [...groups.values()] };
}
