// A user's own push subscriptions (one per browser/device). Only ever the signed-in user's rows.
//
// An endpoint is unique. When a different user registers an endpoint that is already stored (a shared phone or
// tablet: someone else signed in on the same browser), it moves to them only when the keys match too: the same
// browser subscription always reports the same keys, so a match proves it is that device; the previous user then
// stops getting pushes on a device they no longer use. A known endpoint with other keys from another user is
// refused (CONFLICT): nobody can redirect or take over someone else's subscription by guessing its URL.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { logger } from "../logger";
import type { SessionUser } from "../authz";
import type { PushSubscriptionInput } from "./schema";
import { now as clockNow } from "../clock";

/** Devices per user; registering more drops the oldest (bounds the fan-out of one notification). */
export const MAX_SUBSCRIPTIONS_PER_USER = 10;

export async function savePushSubscription(
  user: SessionUser,
  input: PushSubscriptionInput,
): Promise<{ moved: boolean }> {
  const { endpoint, keys } = input;
  return prisma.$transaction(async (tx) => {
    const existing = await tx.pushSubscription.findUnique({
      where: { endpoint },
      select: { id: true, userId: true, p256dh: true, auth: true },
    });
    let moved = false;
    if (!existing) {
      await tx.pushSubscription.create({ data: { userId: user.id, endpoint, p256dh: keys.p256dh, auth: keys.auth } });
    } else if (existing.userId === user.id) {
      await tx.pushSubscription.update({ where: { id: existing.id }, data: { p256dh: keys.p256dh, auth: keys.auth } });
    } else if (existing.p256dh === keys.p256dh && existing.auth === keys.auth) {
      await tx.pushSubscription.update({
        where: { id: existing.id },
        data: { userId: user.id, createdAt: clockNow() },
      });
      moved = true;
      logger.info(
        { subscriptionId: existing.id, userId: user.id },
        "push subscription moved to the user now signed in on that device",
      );
    } else {
      throw new AppError("CONFLICT", "push.errors.conflict");
    }
    const stale = await tx.pushSubscription.findMany({
      where: { userId: user.id },
      orderBy: { createdAt: "desc" },
      skip: MAX_SUBSCRIPTIONS_PER_USER,
      select: { id: true },
    });
    if (stale.length > 0) await tx.pushSubscription.deleteMany({ where: { id: { in: stale.map((s) => s.id) } } });
    return { moved };
  });
}

/** Removes one of the user's own subscriptions. Another user's endpoint is "not found", and stays. */
export async function deletePushSubscription(user: SessionUser, endpoint: string): Promise<void> {
  const { count } = await prisma.pushSubscription.deleteMany({ where: { endpoint, userId: user.id } });
  if (count === 0) throw new AppError("NOT_FOUND");
}

export async function countPushSubscriptions(user: SessionUser): Promise<number> {
  return prisma.pushSubscription.count({ where: { userId: user.id } });
}
