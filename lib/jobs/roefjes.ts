// The Roefjes year (BSO vacation care, lib/planning/README.md): granted on 1 January, what is left expires on
// 31 December at 23:59, and on 1 December parents who still have some this year get a reminder. The three scheduled
// jobs call these; each takes `now` so tests can walk through any year end.
import "server-only";
import { prisma } from "../db";
import { ensureRoefjesGrants, loadLots } from "../planning/care";
import { writeExpiredEntries } from "../planning/mutations";
import { balanceOn, formatRoefjes, roefjesLotValidity } from "../planning/rules";
import { notifyUsers } from "../notifications";
import { addCalendarDays, todayDate } from "../time";
import { currentTime } from "./now";

/** BSO children with a contract running some time in `year`, with what the grant needs. */
async function bsoChildrenOf(year: number) {
  const { validFrom, expiresOn } = roefjesLotValidity(year);
  return prisma.child.findMany({
    where: {
      contracts: {
        some: {
          careType: "BSO",
          startDate: { lte: expiresOn },
          OR: [{ endDate: null }, { endDate: { gte: validFrom } }],
        },
      },
    },
    select: {
      id: true,
      firstName: true,
      familyId: true,
      contracts: { select: { careType: true, startDate: true, endDate: true, vacationMinutesPerYear: true } },
    },
    orderBy: { id: "asc" },
  });
}

/** "roefjes.grant": this year's Roefjes for every BSO child (idempotent). Returns the number of grants written. */
export async function grantRoefjesYear({ now = currentTime() }: { now?: Date } = {}): Promise<number> {
  const year = todayDate(now).getUTCFullYear();
  let written = 0;
  for (const child of await bsoChildrenOf(year)) written += await ensureRoefjesGrants(prisma, child, [year]);
  return written;
}

/**
 * "roefjes.expire": on 31 December at 23:59 what is left of Roefjes valid until today is written off (one EXPIRED row
 * per lot, idempotent). Balances already treat such lots as expired from 1 January; this makes it visible.
 */
export async function expireRoefjes({ now = currentTime() }: { now?: Date } = {}): Promise<number> {
  return writeExpiredEntries(addCalendarDays(todayDate(now), 1), prisma, "ROEFJES");
}

/**
 * "roefjes.reminder": parents of every BSO child with Roefjes left this year get one notification (their settings
 * decide push and e-mail). Grants that are due but not yet written are written first, so a child whose contract
 * started during the year is not forgotten. Returns the number of children reminded about.
 */
export async function remindUnusedRoefjes({ now = currentTime() }: { now?: Date } = {}): Promise<number> {
  const today = todayDate(now);
  const year = today.getUTCFullYear();
  let reminded = 0;
  for (const child of await bsoChildrenOf(year)) {
    await ensureRoefjesGrants(prisma, child, [year]);
    const lots = (await loadLots(prisma, child.id, "ROEFJES")).filter((l) => l.validFrom.getUTCFullYear() === year);
    const { available } = balanceOn(lots, today);
    if (available <= 0) continue;
    const guardians = await prisma.user.findMany({
      where: { familyId: child.familyId, role: "PARENT", status: "ACTIVE" },
      select: { id: true },
    });
    if (guardians.length === 0) continue;
    const amount = formatRoefjes(available, "nl");
    await notifyUsers(
      {
        userIds: guardians.map((g) => g.id),
        kind: "request",
        subject: `Nog ${amount} Roefjes voor ${child.firstName} in ${year}`,
        text: `${child.firstName} heeft nog ${amount} Roefjes voor ${year}. Roefjes die je dit jaar niet gebruikt, vervallen op 31 december.`,
        link: "/ouder/roefjes",
      },
      now,
    );
    reminded++;
  }
  return reminded;
}
