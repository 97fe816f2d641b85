// Writing messages: new threads, replies, private replies to broadcasts, read marks. Each write finds its target
// inside the user's scope in the same transaction that writes (no check-then-act across transactions).
import "server-only";
import { prisma, type Tx } from "../db";
import { oncePerSubmission } from "../db/unique";
import { AppError } from "../errors";
import { isUuid } from "../ids";
import { logger } from "../logger";
import {
  familyScope,
  groupScope,
  isCarer,
  isManager,
  isParent,
  locationScope,
  ownFamily,
  placementNotEnded,
  type SessionUser,
} from "../authz";
import { getStorage } from "../storage";
import { todayDate } from "../time";
import { notifyUsers } from "../notifications";
import { threadScope } from "./scope";
import type { PreparedAttachment } from "./attachments";
import type { NewThreadInput, Recipient } from "./schema";
import { now as clockNow } from "../clock";

type ThreadTarget = {
  kind: "GROUP" | "MANAGER" | "BROADCAST";
  familyId: string | null;
  groupId: string | null;
  locationId: string;
};

/**
 * Security-critical: resolves a recipient from a form into a thread target, only within the user's scopes.
 * Parents may write to their children's groups and locations; staff and managers to their groups' families and
 * to whole groups. Anything else is NOT_FOUND.
 */
async function resolveTarget(tx: Tx, user: SessionUser, recipient: Recipient): Promise<ThreadTarget> {
  const today = todayDate();
  const ids = Object.entries(recipient)
    .filter(([key]) => key !== "type")
    .map(([, value]) => value);
  if (!ids.every(isUuid)) throw new AppError("NOT_FOUND");
  if (isParent(user) && recipient.type === "group") {
    const group = await tx.group.findFirst({
      where: { AND: [{ id: recipient.groupId, active: true }, groupScope(user, today)] },
      select: { id: true, locationId: true },
    });
    if (!group) throw new AppError("NOT_FOUND");
    return { kind: "GROUP", ...ownFamily(user), groupId: group.id, locationId: group.locationId };
  }
  if (isParent(user) && recipient.type === "manager") {
    const location = await tx.location.findFirst({
      where: { AND: [{ id: recipient.locationId }, locationScope(user, today)] },
      select: { id: true },
    });
    if (!location) throw new AppError("NOT_FOUND");
    return { kind: "MANAGER", ...ownFamily(user), groupId: null, locationId: location.id };
  }
  if (isCarer(user) && (recipient.type === "family" || recipient.type === "broadcast")) {
    const group = await tx.group.findFirst({
      where: { AND: [{ id: recipient.groupId, active: true }, groupScope(user, today)] },
      select: { id: true, locationId: true },
    });
    if (!group) throw new AppError("NOT_FOUND");
    if (recipient.type === "broadcast")
      return { kind: "BROADCAST", familyId: null, groupId: group.id, locationId: group.locationId };
    // The family must have a child placed (now or later) in this very group: its own, or one it shares as a second
    // household (separated parents).
    const placedHere = { placements: { some: { groupId: group.id, ...placementNotEnded(today) } } };
    const family = await tx.family.findFirst({
      where: {
        AND: [
          { id: recipient.familyId },
          familyScope(user, today),
          { OR: [{ children: { some: placedHere } }, { sharedChildren: { some: { child: placedHere } } }] },
        ],
      },
      select: { id: true },
    });
    if (!family) throw new AppError("NOT_FOUND");
    // A manager writing to a family starts a manager thread (not shown to the group's staff).
    return isManager(user)
      ? { kind: "MANAGER", familyId: family.id, groupId: null, locationId: group.locationId }
      : { kind: "GROUP", familyId: family.id, groupId: group.id, locationId: group.locationId };
  }
  throw new AppError("NOT_FOUND");
}

/** Stores the attachment bytes first; the caller removes them again if its transaction fails. */
async function storeAttachment(attachment: PreparedAttachment | null): Promise<void> {
  if (attachment) await getStorage().put(attachment.storageKey, attachment.bytes, attachment.mime);
}

async function discardAttachment(attachment: PreparedAttachment | null): Promise<void> {
  if (!attachment) return;
  await getStorage()
    .delete(attachment.storageKey)
    .catch((error: unknown) =>
      logger.warn({ err: error, key: attachment.storageKey }, "could not remove orphaned attachment"),
    );
}

type NewMessage = { body: string; submissionKey?: string };

async function addMessage(
  tx: Tx,
  user: SessionUser,
  threadId: string,
  { body, submissionKey }: NewMessage,
  attachment: PreparedAttachment | null,
  now: Date,
): Promise<void> {
  await tx.message.create({
    data: {
      threadId,
      authorId: user.id,
      body,
      submissionKey,
      createdAt: now,
      attachments: attachment
        ? {
            create: {
              storageKey: attachment.storageKey,
              mime: attachment.mime,
              size: attachment.bytes.length,
              filename: attachment.filename,
            },
          }
        : undefined,
    },
  });
  await tx.thread.update({ where: { id: threadId }, data: { lastMessageAt: now } });
  // Your own message does not make the thread unread for you.
  await tx.threadRead.upsert({
    where: { threadId_userId: { threadId, userId: user.id } },
    create: { threadId, userId: user.id, lastReadAt: now },
    update: { lastReadAt: now },
  });
}

/**
 * A message once per submission key (a double tap, or a resend after a lost answer; lib/forms/submission-key.ts): the
 * second copy writes nothing, a new thread included, and gets the thread of the message the first one wrote.
 */
function oneMessagePerSubmission(
  user: SessionUser,
  submissionKey: string | undefined,
  write: () => Promise<string>,
): Promise<{ result: string; duplicate: boolean }> {
  return oncePerSubmission(submissionKey, write, async (key) => {
    const first = await prisma.message.findUnique({
      where: { authorId_submissionKey: { authorId: user.id, submissionKey: key } },
      select: { threadId: true },
    });
    return first?.threadId ?? null;
  });
}

/** Runs a write with an attachment: bytes are stored first and removed again when the transaction fails. */
async function withAttachment<T>(attachment: PreparedAttachment | null, write: () => Promise<T>): Promise<T> {
  await storeAttachment(attachment);
  try {
    return await write();
  } catch (error) {
    await discardAttachment(attachment);
    throw error;
  }
}

export async function startThread(
  user: SessionUser,
  input: NewThreadInput,
  attachment: PreparedAttachment | null = null,
): Promise<{ threadId: string }> {
  const { result: threadId, duplicate } = await oneMessagePerSubmission(user, input.submissionKey, () =>
    withAttachment(attachment, () =>
      prisma.$transaction(async (tx) => {
        const target = await resolveTarget(tx, user, input.recipient);
        const now = clockNow();
        const thread = await tx.thread.create({
          data: { ...target, subject: input.subject, createdById: user.id, createdAt: now, lastMessageAt: now },
          select: { id: true },
        });
        await addMessage(tx, user, thread.id, input, attachment, now);
        return thread.id;
      }),
    ),
  );
  if (!duplicate) await notifyThreadParticipants(user, threadId);
  return { threadId };
}

/** Adds a message to a thread in scope. Parents cannot post into a broadcast: they reply privately. */
export async function postReply(
  user: SessionUser,
  { threadId, ...message }: NewMessage & { threadId: string },
  attachment: PreparedAttachment | null = null,
): Promise<void> {
  if (!isUuid(threadId)) throw new AppError("NOT_FOUND");
  const { duplicate } = await oneMessagePerSubmission(user, message.submissionKey, () =>
    withAttachment(attachment, () =>
      prisma.$transaction(async (tx) => {
        const thread = await tx.thread.findFirst({
          where: { AND: [{ id: threadId }, threadScope(user)] },
          select: { id: true, kind: true },
        });
        if (!thread) throw new AppError("NOT_FOUND");
        if (thread.kind === "BROADCAST" && !isCarer(user)) throw new AppError("FORBIDDEN");
        await addMessage(tx, user, thread.id, message, attachment, clockNow());
        return thread.id;
      }),
    ),
  );
  if (!duplicate) await notifyThreadParticipants(user, threadId);
}

/**
 * A parent answers a broadcast privately: the answer goes into their family's own thread with the group
 * (Thread.replyToId = the broadcast), created on the first answer and reused after that.
 */
export async function replyPrivatelyToBroadcast(
  user: SessionUser,
  { broadcastId, ...message }: NewMessage & { broadcastId: string },
  attachment: PreparedAttachment | null = null,
): Promise<{ threadId: string }> {
  if (!isParent(user) || !isUuid(broadcastId)) throw new AppError("NOT_FOUND");
  const { familyId } = ownFamily(user);
  const { result: threadId, duplicate } = await oneMessagePerSubmission(user, message.submissionKey, () =>
    withAttachment(attachment, () =>
      prisma.$transaction(async (tx) => {
        const broadcast = await tx.thread.findFirst({
          where: { AND: [{ id: broadcastId, kind: "BROADCAST" }, threadScope(user)] },
          select: { id: true, subject: true, groupId: true, locationId: true },
        });
        if (!broadcast?.groupId || !broadcast.locationId) throw new AppError("NOT_FOUND");
        const now = clockNow();
        const existing = await tx.thread.findFirst({
          where: { replyToId: broadcast.id, familyId, kind: "GROUP" },
          select: { id: true },
        });
        const thread =
          existing ??
          (await tx.thread.create({
            data: {
              kind: "GROUP",
              familyId,
              groupId: broadcast.groupId,
              locationId: broadcast.locationId,
              replyToId: broadcast.id,
              subject: `Re: ${broadcast.subject}`.slice(0, 200),
              createdById: user.id,
              createdAt: now,
              lastMessageAt: now,
            },
            select: { id: true },
          }));
        await addMessage(tx, user, thread.id, message, attachment, now);
        return thread.id;
      }),
    ),
  );
  if (!duplicate) await notifyThreadParticipants(user, threadId);
  return { threadId };
}

/** Marks a thread in scope as read up to now (opening it). Silently ignores threads out of scope. */
export async function markThreadRead(user: SessionUser, threadId: string, now: Date = clockNow()): Promise<void> {
  if (!isUuid(threadId)) return;
  const thread = await prisma.thread.findFirst({
    where: { AND: [{ id: threadId }, threadScope(user)] },
    select: { id: true },
  });
  if (!thread) return;
  await prisma.threadRead.upsert({
    where: { threadId_userId: { threadId, userId: user.id } },
    create: { threadId, userId: user.id, lastReadAt: now },
    update: { lastReadAt: now },
  });
}

/**
 * Who hears about a new message: the other side of the thread. A carer's message goes to the family's guardians
 * (all families of the group for a broadcast); a parent's message goes to the group's staff or the location's
 * managers, and to the other guardian. Each user's own settings decide whether and when an e-mail goes out.
 */
async function notifyThreadParticipants(author: SessionUser, threadId: string): Promise<void> {
  const thread = await prisma.thread.findUniqueOrThrow({
    where: { id: threadId },
    select: {
      kind: true,
      familyId: true,
      groupId: true,
      locationId: true,
      group: { select: { name: true } },
      location: { select: { name: true } },
      family: { select: { name: true } },
    },
  });
  const userIds = new Set<string>();
  if (thread.kind === "BROADCAST" && thread.groupId) {
    const guardians = await prisma.user.findMany({
      where: {
        role: "PARENT",
        family: {
          children: { some: { placements: { some: { groupId: thread.groupId, ...placementNotEnded(todayDate()) } } } },
        },
      },
      select: { id: true },
    });
    for (const g of guardians) userIds.add(g.id);
  }
  if (thread.familyId) {
    const guardians = await prisma.user.findMany({
      where: { role: "PARENT", familyId: thread.familyId },
      select: { id: true },
    });
    for (const g of guardians) userIds.add(g.id);
    if (isParent(author)) {
      const carers =
        thread.kind === "GROUP" && thread.groupId
          ? await prisma.user.findMany({
              where: { role: "STAFF", staffMemberships: { some: { groupId: thread.groupId } } },
              select: { id: true },
            })
          : thread.locationId
            ? await prisma.user.findMany({
                where: { role: "MANAGER", managedLocations: { some: { locationId: thread.locationId } } },
                select: { id: true },
              })
            : [];
      for (const c of carers) userIds.add(c.id);
    }
  }
  userIds.delete(author.id);
  const from = isParent(author)
    ? `${thread.family?.name ?? "een gezin"}`
    : thread.kind === "MANAGER"
      ? `de locatiemanager`
      : `groep ${thread.group?.name ?? ""}`;
  await notifyUsers({
    userIds: [...userIds],
    kind: "message",
    subject: `Nieuw bericht van ${from}`.trim(),
    text: "Er staat een nieuw bericht voor je klaar in het ouderportaal.",
    link: `/berichten/${threadId}`,
  });
}
