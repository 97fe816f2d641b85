// Making, renewing and stopping a guardian's calendar feed of one of their children (lib/calendar-feed/queries.ts).
import "server-only";
import { prisma } from "../db";
import { assertRole, ownFamily, type SessionUser } from "../authz";
import { AppError } from "../errors";
import { isUuid } from "../ids";
import { hashToken, newToken } from "../auth/tokens";
import { now as clockNow } from "../clock";

async function ownChild(user: SessionUser, childId: string) {
  assertRole(user, "PARENT");
  if (!isUuid(childId)) throw new AppError("NOT_FOUND");
  const child = await prisma.child.findFirst({ where: { id: childId, ...ownFamily(user) }, select: { id: true } });
  if (!child) throw new AppError("NOT_FOUND");
  return { parent: user, child };
}

/**
 * A new feed URL token for the child. An earlier one of this guardian for this child stops working at once (its hash
 * is replaced). Returns the raw token: it is shown once and never stored.
 */
export async function renewCalendarFeed(user: SessionUser, childId: string, now = clockNow()): Promise<string> {
  const { parent, child } = await ownChild(user, childId);
  const token = newToken();
  const tokenHash = hashToken(token);
  await prisma.calendarFeed.upsert({
    where: { userId_childId: { userId: parent.id, childId: child.id } },
    create: { userId: parent.id, childId: child.id, tokenHash, createdAt: now },
    update: { tokenHash, createdAt: now },
  });
  return token;
}

/** Stops the guardian's feed of the child: its URL is a 404 from now on. */
export async function stopCalendarFeed(user: SessionUser, childId: string): Promise<void> {
  const { parent, child } = await ownChild(user, childId);
  await prisma.calendarFeed.deleteMany({ where: { userId: parent.id, childId: child.id } });
}
