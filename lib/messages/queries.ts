// Reading messages. Every query is scoped with threadScope (lib/messages/scope.ts, built on lib/authz).
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { isUuid } from "../ids";
import {
  childScope,
  familyScope,
  groupScope,
  isCarer,
  isParent,
  locationScope,
  placementNotEnded,
  type SessionUser,
} from "../authz";
import { todayDate } from "../time";
import { threadScope, threadScopeWithGroups } from "./scope";

export type ThreadKindValue = "GROUP" | "MANAGER" | "BROADCAST";

/** Who the thread is with, as names; the UI turns it into a translated label. */
export type Counterpart = {
  kind: ThreadKindValue;
  groupName: string | null;
  locationName: string | null;
  familyName: string | null;
  isReplyToBroadcast: boolean;
};

export type ThreadSummary = {
  id: string;
  subject: string;
  counterpart: Counterpart;
  lastMessageAt: Date;
  preview: string;
  unread: boolean;
};

const threadSelect = {
  id: true,
  kind: true,
  subject: true,
  lastMessageAt: true,
  replyToId: true,
  createdAt: true,
  groupId: true,
  familyId: true,
  group: { select: { name: true } },
  location: { select: { name: true } },
  family: { select: { name: true } },
} as const;

type ThreadRow = {
  kind: ThreadKindValue;
  replyToId: string | null;
  group: { name: string } | null;
  location: { name: string } | null;
  family: { name: string } | null;
};

const counterpartOf = (thread: ThreadRow): Counterpart => ({
  kind: thread.kind,
  groupName: thread.group?.name ?? null,
  locationName: thread.location?.name ?? null,
  familyName: thread.family?.name ?? null,
  isReplyToBroadcast: thread.replyToId !== null,
});

const PREVIEW_LENGTH = 120;

/** threadScope(user) for the thread list and unread count, in a form that uses the Thread indexes. */
async function listThreadScope(user: SessionUser) {
  if (!isParent(user)) return threadScope(user);
  const groups = await prisma.group.findMany({ where: groupScope(user), select: { id: true } });
  return threadScopeWithGroups(
    user,
    groups.map((group) => group.id),
  );
}

/** The user's threads, most recent first, with an unread flag (a message after the user last read the thread). */
export async function listThreads(user: SessionUser, { take = 100 }: { take?: number } = {}): Promise<ThreadSummary[]> {
  const threads = await prisma.thread.findMany({
    where: await listThreadScope(user),
    orderBy: [{ lastMessageAt: "desc" }, { id: "desc" }],
    take,
    select: {
      ...threadSelect,
      reads: { where: { userId: user.id }, select: { lastReadAt: true } },
      messages: { orderBy: { createdAt: "desc" }, take: 1, select: { body: true } },
    },
  });
  return threads.map((thread) => ({
    id: thread.id,
    subject: thread.subject,
    counterpart: counterpartOf(thread),
    lastMessageAt: thread.lastMessageAt,
    preview: (thread.messages[0]?.body ?? "").slice(0, PREVIEW_LENGTH),
    unread: isUnread(thread.lastMessageAt, thread.reads[0]?.lastReadAt),
  }));
}

const isUnread = (lastMessageAt: Date, lastReadAt: Date | undefined) => !lastReadAt || lastMessageAt > lastReadAt;

/** Number of threads with something the user has not read yet. */
export async function countUnreadThreads(user: SessionUser): Promise<number> {
  const threads = await prisma.thread.findMany({
    where: await listThreadScope(user),
    select: { lastMessageAt: true, reads: { where: { userId: user.id }, select: { lastReadAt: true } } },
  });
  return threads.filter((thread) => isUnread(thread.lastMessageAt, thread.reads[0]?.lastReadAt)).length;
}

export type MessageView = {
  id: string;
  body: string;
  createdAt: Date;
  authorName: string;
  authorIsCarer: boolean;
  mine: boolean;
  attachments: { id: string; filename: string; mime: string; size: number }[];
};

export type BroadcastReceipt = { familyId: string; familyName: string; read: boolean };

export type ThreadView = {
  id: string;
  subject: string;
  counterpart: Counterpart;
  messages: MessageView[];
  /** May the user add a message to this thread? (Parents answer a broadcast privately instead.) */
  canReply: boolean;
  /** Parents on a broadcast: reply privately to the group. The id of their existing private reply thread, if any. */
  privateReply: { existingThreadId: string | null } | null;
  /** The broadcast this thread privately answers, when the user may see it. */
  replyTo: { id: string; subject: string } | null;
  /** Staff and managers on a broadcast: which families have read it. */
  receipts: BroadcastReceipt[] | null;
  /**
   * Staff and managers on a family thread: when the family last read it, so they see their message arrived.
   * Deliberately one-way: parents do not see when staff read theirs, so nobody waits on staff who are busy caring.
   */
  familyReadAt: Date | null;
};

/** One thread with its messages. NOT_FOUND when the thread is not in the user's scope. */
export async function getThread(user: SessionUser, threadId: string): Promise<ThreadView> {
  if (!isUuid(threadId)) throw new AppError("NOT_FOUND");
  const thread = await prisma.thread.findFirst({
    where: { AND: [{ id: threadId }, threadScope(user)] },
    select: {
      ...threadSelect,
      messages: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          body: true,
          createdAt: true,
          authorId: true,
          attachments: { select: { id: true, filename: true, mime: true, size: true } },
        },
      },
    },
  });
  if (!thread) throw new AppError("NOT_FOUND");
  const authors = await prisma.user.findMany({
    where: { id: { in: [...new Set(thread.messages.map((m) => m.authorId))] } },
    select: { id: true, name: true, role: true },
  });
  const authorById = new Map(authors.map((a) => [a.id, a]));
  const isBroadcast = thread.kind === "BROADCAST";
  return {
    id: thread.id,
    subject: thread.subject,
    counterpart: counterpartOf(thread),
    messages: thread.messages.map((message) => {
      const author = authorById.get(message.authorId);
      return {
        id: message.id,
        body: message.body,
        createdAt: message.createdAt,
        authorName: author?.name ?? "",
        authorIsCarer: author ? !isParent(author) : false,
        mine: message.authorId === user.id,
        attachments: message.attachments,
      };
    }),
    canReply: !(isBroadcast && isParent(user)),
    privateReply:
      isBroadcast && isParent(user) ? { existingThreadId: await findPrivateReplyThreadId(user, thread.id) } : null,
    replyTo: thread.replyToId ? await findVisibleThreadHeader(user, thread.replyToId) : null,
    receipts:
      isBroadcast && isCarer(user) && thread.groupId ? await listBroadcastReceipts(thread.id, thread.groupId) : null,
    familyReadAt:
      !isBroadcast && isCarer(user) && thread.familyId ? await findFamilyReadAt(thread.id, thread.familyId) : null,
  };
}

async function findFamilyReadAt(threadId: string, familyId: string): Promise<Date | null> {
  const guardians = await prisma.user.findMany({ where: { familyId, role: "PARENT" }, select: { id: true } });
  const latest = await prisma.threadRead.findFirst({
    where: { threadId, userId: { in: guardians.map((g) => g.id) } },
    orderBy: { lastReadAt: "desc" },
    select: { lastReadAt: true },
  });
  return latest?.lastReadAt ?? null;
}

async function findPrivateReplyThreadId(user: SessionUser, broadcastId: string): Promise<string | null> {
  const reply = await prisma.thread.findFirst({
    where: { AND: [{ replyToId: broadcastId, kind: "GROUP" }, threadScope(user)] },
    select: { id: true },
  });
  return reply?.id ?? null;
}

async function findVisibleThreadHeader(
  user: SessionUser,
  threadId: string,
): Promise<{ id: string; subject: string } | null> {
  return prisma.thread.findFirst({
    where: { AND: [{ id: threadId }, threadScope(user)] },
    select: { id: true, subject: true },
  });
}

/** The families of the group (placed now or later) and whether any of their guardians opened the broadcast. */
async function listBroadcastReceipts(threadId: string, groupId: string): Promise<BroadcastReceipt[]> {
  const families = await prisma.family.findMany({
    where: { children: { some: { placements: { some: { groupId, ...placementNotEnded(todayDate()) } } } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, guardians: { select: { id: true } } },
  });
  const reads = await prisma.threadRead.findMany({
    where: { threadId, userId: { in: families.flatMap((f) => f.guardians.map((g) => g.id)) } },
    select: { userId: true },
  });
  const readers = new Set(reads.map((r) => r.userId));
  return families.map((family) => ({
    familyId: family.id,
    familyName: family.name,
    read: family.guardians.some((g) => readers.has(g.id)),
  }));
}

export type RecipientOption = {
  value: string;
  kind: "group" | "manager" | "family" | "broadcast";
  groupName: string;
  locationName: string;
  familyName: string;
  childNames: string;
};

/** Who the user may start a thread with; the same scopes the mutations check. */
export async function listRecipientOptions(user: SessionUser): Promise<RecipientOption[]> {
  const today = todayDate();
  if (isParent(user)) {
    const groups = await prisma.group.findMany({
      where: { AND: [groupScope(user, today), { active: true }] },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        location: { select: { name: true } },
        placements: {
          where: { AND: [{ child: childScope(user, today) }, placementNotEnded(today)] },
          select: { child: { select: { firstName: true } } },
        },
      },
    });
    const locations = await prisma.location.findMany({
      where: locationScope(user, today),
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    });
    return [
      ...groups.map((g) => ({
        value: `group:${g.id}`,
        kind: "group" as const,
        groupName: g.name,
        locationName: g.location.name,
        familyName: "",
        childNames: g.placements.map((p) => p.child.firstName).join(", "),
      })),
      ...locations.map((l) => ({
        value: `manager:${l.id}`,
        kind: "manager" as const,
        groupName: "",
        locationName: l.name,
        familyName: "",
        childNames: "",
      })),
    ];
  }
  if (!isCarer(user)) return [];
  const groups = await prisma.group.findMany({
    where: { AND: [groupScope(user, today), { active: true }] },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      location: { select: { name: true } },
      placements: {
        where: { AND: [placementNotEnded(today), { child: { family: familyScope(user, today) } }] },
        orderBy: { child: { family: { name: "asc" } } },
        select: {
          child: {
            select: {
              firstName: true,
              family: { select: { id: true, name: true } },
              // A child of separated parents: each household is its own recipient.
              households: { select: { family: { select: { id: true, name: true } } } },
            },
          },
        },
      },
    },
  });
  return groups.flatMap((g) => {
    const families = new Map<string, { name: string; children: string[] }>();
    for (const { child } of g.placements) {
      for (const family of [child.family, ...child.households.map((h) => h.family)]) {
        const entry = families.get(family.id) ?? { name: family.name, children: [] };
        if (!entry.children.includes(child.firstName)) entry.children.push(child.firstName);
        families.set(family.id, entry);
      }
    }
    return [
      {
        value: `broadcast:${g.id}`,
        kind: "broadcast" as const,
        groupName: g.name,
        locationName: g.location.name,
        familyName: "",
        childNames: "",
      },
      ...[...families].map(([familyId, f]) => ({
        value: `family:${g.id}:${familyId}`,
        kind: "family" as const,
        groupName: g.name,
        locationName: g.location.name,
        familyName: f.name,
        childNames: f.children.join(", "),
      })),
    ];
  });
}

export type AttachmentDownload = { storageKey: string; mime: string; filename: string; size: number; threadId: string };

/**
 * Security-critical: the only way attachment bytes are found. The attachment's message must be in a thread of the
 * user's threadScope; anything else is NOT_FOUND (null).
 */
export async function findAttachmentForDownload(
  user: SessionUser,
  attachmentId: string,
): Promise<AttachmentDownload | null> {
  if (!isUuid(attachmentId)) return null;
  const attachment = await prisma.attachment.findFirst({
    where: { AND: [{ id: attachmentId }, { message: { thread: threadScope(user) } }] },
    select: { storageKey: true, mime: true, filename: true, size: true, message: { select: { threadId: true } } },
  });
  if (!attachment) return null;
  return {
    storageKey: attachment.storageKey,
    mime: attachment.mime,
    filename: attachment.filename,
    size: attachment.size,
    threadId: attachment.message.threadId,
  };
}
