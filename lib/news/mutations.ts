// Beheerders publish and remove news. Publishing notifies the users who can see the item (lib/notifications).
import "server-only";
import { randomUUID } from "node:crypto";
import { prisma } from "../db";
import { oncePerSubmission } from "../db/unique";
import { AppError } from "../errors";
import { isUuid } from "../ids";
import { writeAudit } from "../audit/log";
import { assertRole, locationScope, placementNotEnded, type SessionUser } from "../authz";
import { getStorage } from "../storage";
import { logger } from "../logger";
import { notifyUsers } from "../notifications";
import { todayDate } from "../time";
import { checkBytes } from "../uploads/checked-upload";
import { ImageRejectedError, ingestUpload } from "../uploads/images";
import type { Prisma } from "../generated/prisma/client";
import { NEWS_ATTACHMENT_MAX_BYTES, NEWS_ATTACHMENT_TYPES, type PublishNewsInput } from "./schema";

const uploadProblemKey = {
  missing: "news.attachmentMissing",
  tooLarge: "news.attachmentTooLarge",
  wrongType: "news.attachmentWrongType",
} as const;
const extension = { "image/jpeg": "jpg", "image/png": "png", "image/webp": "webp", "application/pdf": "pdf" } as const;

/**
 * Everyone who will see the item: active users of the organisation, narrowed for location news to parents with a
 * child placed there (now or later), staff of its groups and its managers. Mirrors newsScope in queries.ts.
 */
export async function newsRecipientIds({
  organisationId,
  locationId,
  excludeUserId,
}: {
  organisationId: string;
  locationId: string | null;
  excludeUserId: string;
}): Promise<string[]> {
  const today = todayDate();
  const base: Prisma.UserWhereInput = {
    organisationId,
    status: "ACTIVE",
    id: { not: excludeUserId },
    role: { in: ["PARENT", "STAFF", "MANAGER"] },
  };
  const where: Prisma.UserWhereInput = locationId
    ? {
        AND: [
          base,
          {
            OR: [
              {
                role: "PARENT",
                family: {
                  children: { some: { placements: { some: { group: { locationId }, ...placementNotEnded(today) } } } },
                },
              },
              { role: "STAFF", staffMemberships: { some: { group: { locationId } } } },
              { role: "MANAGER", managedLocations: { some: { locationId } } },
            ],
          },
        ],
      }
    : base;
  const users = await prisma.user.findMany({ where, select: { id: true } });
  return users.map((u) => u.id);
}

export async function publishNews(
  actor: SessionUser,
  { input, attachment }: { input: PublishNewsInput; attachment: Buffer | null },
): Promise<{ id: string }> {
  assertRole(actor, "BEHEERDER");
  let locationId: string | null = null;
  if (input.locationId) {
    const location = isUuid(input.locationId)
      ? await prisma.location.findFirst({
          where: { AND: [{ id: input.locationId }, locationScope(actor)] },
          select: { id: true },
        })
      : null;
    if (!location) throw new AppError("NOT_FOUND", "news.locationUnknown");
    locationId = location.id;
  }
  // A double tap or a resend after a lost answer (same submission key) publishes one item and notifies once; the
  // second attempt's attachment is removed again with its rolled-back row.
  const write = async (): Promise<{ id: string }> => {
    let stored: { key: string; mime: string } | null = null;
    const id = randomUUID();
    if (attachment) {
      const check = checkBytes(attachment, { maxBytes: NEWS_ATTACHMENT_MAX_BYTES, accept: NEWS_ATTACHMENT_TYPES });
      if (!check.ok) throw new AppError("INVALID_INPUT", uploadProblemKey[check.problem]);
      // Images are re-encoded without metadata (EXIF/GPS) before anything is stored.
      const clean = await ingestUpload(check.upload, { maxBytes: NEWS_ATTACHMENT_MAX_BYTES }).catch(
        (error: unknown) => {
          if (error instanceof ImageRejectedError) throw new AppError("INVALID_INPUT", "uploads.imageUnreadable");
          throw error;
        },
      );
      stored = { key: `news/${id}/attachment.${extension[clean.type]}`, mime: clean.type };
      await getStorage().put(stored.key, clean.bytes, clean.type);
    }
    try {
      await prisma.$transaction(async (tx) => {
        await tx.newsItem.create({
          data: {
            id,
            organisationId: actor.organisationId,
            locationId,
            title: input.title,
            body: input.body,
            attachmentKey: stored?.key ?? null,
            attachmentMime: stored?.mime ?? null,
            authorId: actor.id,
            submissionKey: input.submissionKey,
          },
        });
        await writeAudit(
          {
            action: "news.published",
            actorId: actor.id,
            organisationId: actor.organisationId,
            entityType: "NewsItem",
            entityId: id,
            meta: { locationId },
          },
          tx,
        );
      });
    } catch (error) {
      if (stored)
        await getStorage()
          .delete(stored.key)
          .catch((err) => logger.warn({ err, id }, "could not remove orphaned news attachment"));
      throw error;
    }
    return { id };
  };
  const { result, duplicate } = await oncePerSubmission(input.submissionKey, write, (submissionKey) =>
    prisma.newsItem.findUnique({
      where: { authorId_submissionKey: { authorId: actor.id, submissionKey } },
      select: { id: true },
    }),
  );
  if (duplicate) return result;
  const { id } = result;
  // After the commit: a notification hiccup must not undo a published item.
  try {
    const userIds = await newsRecipientIds({
      organisationId: actor.organisationId,
      locationId,
      excludeUserId: actor.id,
    });
    await notifyUsers({
      userIds,
      kind: "news",
      subject: `Nieuws: ${input.title}`,
      text: `Er staat een nieuw bericht in het ouderportaal: "${input.title}".`,
      link: `/nieuws/${id}`,
    });
  } catch (err) {
    logger.warn({ err, id }, "news notification failed");
  }
  return { id };
}

export async function deleteNews(actor: SessionUser, id: string): Promise<void> {
  assertRole(actor, "BEHEERDER");
  if (!isUuid(id)) throw new AppError("NOT_FOUND");
  const scope = { id, organisationId: actor.organisationId };
  const item = await prisma.newsItem.findFirst({ where: scope, select: { attachmentKey: true } });
  if (!item) throw new AppError("NOT_FOUND");
  await prisma.$transaction(async (tx) => {
    const removed = await tx.newsItem.deleteMany({ where: scope });
    if (removed.count !== 1) throw new AppError("NOT_FOUND");
    await writeAudit(
      {
        action: "news.deleted",
        actorId: actor.id,
        organisationId: actor.organisationId,
        entityType: "NewsItem",
        entityId: id,
      },
      tx,
    );
  });
  if (item.attachmentKey)
    await getStorage()
      .delete(item.attachmentKey)
      .catch((err) => logger.warn({ err, id }, "could not remove news attachment"));
}
