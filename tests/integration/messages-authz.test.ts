// Authorization matrix for messages: start thread, list, read, reply, broadcast, private reply, read receipts and
// attachment download, for each role, against the real database.
import { beforeAll, describe, expect, it } from "vitest";
import sharp from "sharp";
import { createChild, createFamily, createGuardian, createWorld } from "../../prisma/factories";
import { testDb } from "../db";
import { sessionFor } from "../session";
import {
  findAttachmentForDownload,
  getThread,
  listRecipientOptions,
  listThreads,
  countUnreadThreads,
} from "../../lib/messages/queries";
import { markThreadRead, postReply, replyPrivatelyToBroadcast, startThread } from "../../lib/messages/mutations";
import { prepareAttachment, safeFilename, type PreparedAttachment } from "../../lib/messages/attachments";
import type { Recipient } from "../../lib/messages/schema";
import { flushDueNotifications, notifyUsers } from "../../lib/notifications";
import type { SessionUser } from "../../lib/authz";
import { getStorage } from "../../lib/storage";
import { randomUUID } from "node:crypto";

type World = Awaited<ReturnType<typeof createWorld>>;
let world: World;
let familyC: { id: string };
let parentC: { id: string };
const s: Record<string, SessionUser> = {};
const notFound = expect.objectContaining({ code: "NOT_FOUND" });
const thread = (recipient: Recipient, subject = "Onderwerp", body = "Hallo") => ({ recipient, subject, body });

beforeAll(async () => {
  world = await createWorld(testDb);
  // A second family in group A: broadcasts reach it, private replies of family A do not.
  const family = await createFamily(testDb, { organisationId: world.organisation.id });
  parentC = await createGuardian(testDb, { family });
  await createChild(testDb, { familyId: family.id, groupId: world.groupA.id });
  familyC = family;
  for (const [name, user] of Object.entries({
    parentA: world.parentA,
    parentA2: world.parentA2,
    parentB: world.parentB,
    parentC,
    staffA: world.staffA,
    staffB: world.staffB,
    managerA: world.managerA,
    beheerder: world.beheerder,
    otherBeheerder: world.otherBeheerder,
  })) {
    s[name] = await sessionFor(user.id);
  }
});

describe("starting a thread", () => {
  it("a parent writes to their child's group and location manager, nowhere else", async () => {
    await expect(startThread(s.parentA, thread({ type: "group", groupId: world.groupA.id }))).resolves.toHaveProperty(
      "threadId",
    );
    await expect(
      startThread(s.parentA, thread({ type: "manager", locationId: world.locationA.id })),
    ).resolves.toHaveProperty("threadId");
    await expect(startThread(s.parentA, thread({ type: "group", groupId: world.groupB.id }))).rejects.toEqual(notFound);
    await expect(startThread(s.parentA, thread({ type: "manager", locationId: world.locationB.id }))).rejects.toEqual(
      notFound,
    );
    await expect(startThread(s.parentA, thread({ type: "broadcast", groupId: world.groupA.id }))).rejects.toEqual(
      notFound,
    );
    await expect(
      startThread(s.parentA, thread({ type: "family", groupId: world.groupA.id, familyId: familyC.id })),
    ).rejects.toEqual(notFound);
    await expect(startThread(s.parentA, thread({ type: "group", groupId: "not-a-uuid" }))).rejects.toEqual(notFound);
  });

  it("staff write to families of their group and broadcast to it, nothing else", async () => {
    await expect(
      startThread(s.staffA, thread({ type: "family", groupId: world.groupA.id, familyId: world.familyA.id })),
    ).resolves.toHaveProperty("threadId");
    await expect(
      startThread(s.staffA, thread({ type: "family", groupId: world.groupA.id, familyId: world.familyB.id })),
    ).rejects.toEqual(notFound);
    await expect(
      startThread(s.staffA, thread({ type: "family", groupId: world.groupB.id, familyId: world.familyB.id })),
    ).rejects.toEqual(notFound);
    await expect(startThread(s.staffA, thread({ type: "broadcast", groupId: world.groupB.id }))).rejects.toEqual(
      notFound,
    );
    await expect(startThread(s.staffA, thread({ type: "group", groupId: world.groupA.id }))).rejects.toEqual(notFound);
  });

  it.each(["beheerder", "otherBeheerder"])("%s cannot start any thread", async (who) => {
    await expect(startThread(s[who], thread({ type: "broadcast", groupId: world.groupA.id }))).rejects.toEqual(
      notFound,
    );
    await expect(
      startThread(s[who], thread({ type: "family", groupId: world.groupA.id, familyId: world.familyA.id })),
    ).rejects.toEqual(notFound);
  });

  it("recipient options follow the same scopes", async () => {
    const parent = (await listRecipientOptions(s.parentA)).map((o) => o.value).sort();
    expect(parent).toEqual([`group:${world.groupA.id}`, `manager:${world.locationA.id}`].sort());
    const staff = (await listRecipientOptions(s.staffA)).map((o) => o.value);
    expect(staff).toContain(`broadcast:${world.groupA.id}`);
    expect(staff).toContain(`family:${world.groupA.id}:${world.familyA.id}`);
    expect(staff.join(" ")).not.toContain(world.familyB.id);
    expect(await listRecipientOptions(s.beheerder)).toEqual([]);
  });
});

describe("reading and replying", () => {
  let groupThread: string;
  let managerThread: string;
  beforeAll(async () => {
    groupThread = (
      await startThread(
        s.parentA,
        thread({ type: "group", groupId: world.groupA.id }, "Groepsvraag", "Mag Noor een knuffel meenemen?"),
      )
    ).threadId;
    managerThread = (
      await startThread(
        s.parentA,
        thread({ type: "manager", locationId: world.locationA.id }, "Managervraag", "Graag een gesprek."),
      )
    ).threadId;
  });

  it("the family's guardians, the group's staff and the manager see the group thread", async () => {
    for (const who of ["parentA", "parentA2", "staffA", "managerA"]) {
      expect((await listThreads(s[who])).map((t) => t.id)).toContain(groupThread);
      await expect(getThread(s[who], groupThread)).resolves.toMatchObject({ subject: "Groepsvraag" });
    }
  });

  it("staff never see manager threads; the manager does", async () => {
    expect((await listThreads(s.staffA)).map((t) => t.id)).not.toContain(managerThread);
    await expect(getThread(s.staffA, managerThread)).rejects.toEqual(notFound);
    await expect(postReply(s.staffA, { threadId: managerThread, body: "hoi" })).rejects.toEqual(notFound);
    await expect(
      postReply(s.managerA, { threadId: managerThread, body: "Prima, kom maar langs." }),
    ).resolves.toBeUndefined();
  });

  it.each(["parentB", "parentC", "staffB", "beheerder", "otherBeheerder"])(
    "%s cannot list, read, reply to or mark a family A thread",
    async (who) => {
      expect((await listThreads(s[who])).map((t) => t.id)).not.toContain(groupThread);
      await expect(getThread(s[who], groupThread)).rejects.toEqual(notFound);
      await expect(postReply(s[who], { threadId: groupThread, body: "inbraak" })).rejects.toEqual(notFound);
      await markThreadRead(s[who], groupThread);
      expect(await testDb.threadRead.count({ where: { threadId: groupThread, userId: s[who].id } })).toBe(0);
    },
  );

  it("a reply makes the thread unread for the other side until they open it", async () => {
    await postReply(s.staffA, { threadId: groupThread, body: "Natuurlijk!" });
    expect((await listThreads(s.parentA)).find((t) => t.id === groupThread)?.unread).toBe(true);
    expect((await listThreads(s.staffA)).find((t) => t.id === groupThread)?.unread).toBe(false);
    const unreadBefore = await countUnreadThreads(s.parentA);
    await markThreadRead(s.parentA, groupThread);
    expect((await listThreads(s.parentA)).find((t) => t.id === groupThread)?.unread).toBe(false);
    expect(await countUnreadThreads(s.parentA)).toBe(unreadBefore - 1);
  });

  it("staff see when the family read their message; parents do not see when staff read theirs", async () => {
    const { threadId } = await startThread(
      s.staffA,
      thread(
        { type: "family", groupId: world.groupA.id, familyId: world.familyA.id },
        "Luiers",
        "Wil je luiers meenemen?",
      ),
    );
    expect((await getThread(s.staffA, threadId)).familyReadAt).toBeNull();
    await markThreadRead(s.parentA2, threadId);
    expect((await getThread(s.staffA, threadId)).familyReadAt).toBeInstanceOf(Date);
    expect((await getThread(s.parentA, threadId)).familyReadAt).toBeNull();
  });

  it("messages keep script text as text", async () => {
    await postReply(s.parentA, { threadId: groupThread, body: "<script>alert('x')</script>" });
    const view = await getThread(s.staffA, groupThread);
    expect(view.messages.at(-1)?.body).toBe("<script>alert('x')</script>");
  });
});

describe("broadcasts", () => {
  let broadcast: string;
  beforeAll(async () => {
    broadcast = (
      await startThread(
        s.staffA,
        thread({ type: "broadcast", groupId: world.groupA.id }, "Zwemkleding mee", "Vrijdag zwemmen!"),
      )
    ).threadId;
  });

  it("reaches every family of the group and no other", async () => {
    for (const who of ["parentA", "parentA2", "parentC", "staffA", "managerA"])
      expect((await listThreads(s[who])).map((t) => t.id)).toContain(broadcast);
    for (const who of ["parentB", "staffB", "beheerder", "otherBeheerder"]) {
      expect((await listThreads(s[who])).map((t) => t.id)).not.toContain(broadcast);
      await expect(getThread(s[who], broadcast)).rejects.toEqual(notFound);
    }
  });

  it("parents cannot post into the broadcast; they reply privately to the group", async () => {
    await expect(postReply(s.parentA, { threadId: broadcast, body: "Top" })).rejects.toEqual(
      expect.objectContaining({ code: "FORBIDDEN" }),
    );
    const { threadId } = await replyPrivatelyToBroadcast(s.parentA, {
      broadcastId: broadcast,
      body: "Noor heeft geen zwempak, is dat erg?",
    });
    // A second answer goes into the same private thread.
    expect(
      (await replyPrivatelyToBroadcast(s.parentA2, { broadcastId: broadcast, body: "Ik koop er een." })).threadId,
    ).toBe(threadId);
    const reply = await testDb.thread.findUniqueOrThrow({ where: { id: threadId } });
    expect(reply).toMatchObject({
      kind: "GROUP",
      replyToId: broadcast,
      familyId: world.familyA.id,
      groupId: world.groupA.id,
    });
    await expect(getThread(s.staffA, threadId)).resolves.toMatchObject({ replyTo: { id: broadcast } });
    // The other family of the group never sees family A's private answer.
    await expect(getThread(s.parentC, threadId)).rejects.toEqual(notFound);
    expect((await listThreads(s.parentC)).map((t) => t.id)).not.toContain(threadId);
    await expect(getThread(s.parentA, broadcast)).resolves.toMatchObject({
      canReply: false,
      privateReply: { existingThreadId: threadId },
    });
  });

  it.each(["parentB", "staffA", "beheerder"])("%s cannot reply privately to it", async (who) => {
    await expect(replyPrivatelyToBroadcast(s[who], { broadcastId: broadcast, body: "x" })).rejects.toEqual(notFound);
  });

  it("staff see which families read it; parents see no receipts", async () => {
    const before = await getThread(s.staffA, broadcast);
    expect(before.receipts?.map((r) => r.familyId).sort()).toEqual([world.familyA.id, familyC.id].sort());
    await markThreadRead(s.parentC, broadcast);
    const after = await getThread(s.staffA, broadcast);
    expect(after.receipts?.find((r) => r.familyId === familyC.id)?.read).toBe(true);
    expect((await getThread(s.parentC, broadcast)).receipts).toBeNull();
  });
});

describe("one message per submission (double tap, resend after a lost answer)", () => {
  const messagesWith = (submissionKey: string) =>
    testDb.message.findMany({ where: { submissionKey }, select: { threadId: true, authorId: true } });

  it("a reply sent twice with the same key, one after the other or at the same moment, is written once", async () => {
    const { threadId } = await startThread(
      s.parentA,
      thread({ type: "group", groupId: world.groupA.id }, "Dubbel", "Eerste"),
    );
    const key = randomUUID();
    await postReply(s.parentA, { threadId, body: "Zwemles morgen", submissionKey: key });
    await postReply(s.parentA, { threadId, body: "Zwemles morgen", submissionKey: key });
    const together = randomUUID();
    await Promise.all([
      postReply(s.parentA, { threadId, body: "Tegelijk", submissionKey: together }),
      postReply(s.parentA, { threadId, body: "Tegelijk", submissionKey: together }),
    ]);
    expect(await messagesWith(key)).toHaveLength(1);
    expect(await messagesWith(together)).toHaveLength(1);
    expect((await getThread(s.staffA, threadId)).messages.map((m) => m.body)).toEqual([
      "Eerste",
      "Zwemles morgen",
      "Tegelijk",
    ]);
  });

  it("a new thread sent twice at the same moment makes one thread, and both answers lead to it", async () => {
    const key = randomUUID();
    const input = {
      ...thread({ type: "manager", locationId: world.locationA.id }, "Eén keer", "Vraag"),
      submissionKey: key,
    };
    const [first, second] = await Promise.all([startThread(s.parentA, input), startThread(s.parentA, input)]);
    expect(second.threadId).toBe(first.threadId);
    expect(await messagesWith(key)).toHaveLength(1);
    expect(await testDb.thread.count({ where: { subject: "Eén keer" } })).toBe(1);
  });

  it("a private answer to a broadcast sent twice at the same moment makes one thread with one message", async () => {
    const { threadId: broadcastId } = await startThread(
      s.staffA,
      thread({ type: "broadcast", groupId: world.groupA.id }, "Uitje", "Laarzen mee"),
    );
    const key = randomUUID();
    const [first, second] = await Promise.all([
      replyPrivatelyToBroadcast(s.parentC, { broadcastId, body: "Komt goed", submissionKey: key }),
      replyPrivatelyToBroadcast(s.parentC, { broadcastId, body: "Komt goed", submissionKey: key }),
    ]);
    expect(second.threadId).toBe(first.threadId);
    expect(await messagesWith(key)).toHaveLength(1);
    expect(await testDb.thread.count({ where: { replyToId: broadcastId } })).toBe(1);
  });

  it("the second copy's attachment bytes are removed again", async () => {
    const { threadId } = await startThread(
      s.parentA,
      thread({ type: "group", groupId: world.groupA.id }, "Bijlage", "Zie bijlage"),
    );
    const key = randomUUID();
    const bytes = Buffer.from("%PDF-1.4\n%dubbel\n");
    const copy = (storageKey: string): PreparedAttachment => ({
      storageKey,
      bytes,
      mime: "application/pdf",
      filename: "brief.pdf",
    });
    const [a, b] = [`attachments/test-${randomUUID()}`, `attachments/test-${randomUUID()}`];
    await postReply(s.parentA, { threadId, body: "Brief", submissionKey: key }, copy(a));
    await postReply(s.parentA, { threadId, body: "Brief", submissionKey: key }, copy(b));
    expect(await getStorage().get(a)).not.toBeNull();
    expect(await getStorage().get(b)).toBeNull();
    expect(await testDb.attachment.count({ where: { storageKey: { in: [a, b] } } })).toBe(1);
  });

  it("keys are per author, and messages without a key are never merged", async () => {
    const { threadId } = await startThread(
      s.parentA,
      thread({ type: "group", groupId: world.groupA.id }, "Per auteur", "Start"),
    );
    const key = randomUUID();
    await postReply(s.parentA, { threadId, body: "Van ouder", submissionKey: key });
    await postReply(s.staffA, { threadId, body: "Van staf", submissionKey: key });
    await postReply(s.parentA, { threadId, body: "Zonder sleutel" });
    await postReply(s.parentA, { threadId, body: "Zonder sleutel" });
    expect(await messagesWith(key)).toHaveLength(2);
    expect((await getThread(s.parentA, threadId)).messages.filter((m) => m.body === "Zonder sleutel")).toHaveLength(2);
  });
});

describe("attachments", () => {
  let png: Buffer;
  beforeAll(async () => {
    png = await sharp({ create: { width: 20, height: 20, channels: 3, background: "#0f766e" } })
      .withMetadata()
      .png()
      .toBuffer();
  });

  const prepared = async (bytes: Buffer | string, name: string, type = "application/octet-stream") =>
    prepareAttachment(new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], name, { type }));

  it("are accepted by content and downloadable only inside the thread's scope", async () => {
    const result = await prepared(png, "../../etc/passwd.png");
    if (!("attachment" in result) || !result.attachment) throw new Error("expected an attachment");
    const attachment: PreparedAttachment = result.attachment;
    expect(attachment.mime).toBe("image/png");
    expect(attachment.filename).toBe("passwd.png");
    const { threadId } = await startThread(
      s.parentA,
      thread({ type: "group", groupId: world.groupA.id }, "Foto", "Kijk"),
      attachment,
    );
    const view = await getThread(s.staffA, threadId);
    const attachmentId = view.messages[0].attachments[0].id;
    for (const who of ["parentA", "parentA2", "staffA", "managerA"])
      expect(await findAttachmentForDownload(s[who], attachmentId)).toMatchObject({ mime: "image/png" });
    for (const who of ["parentB", "parentC", "staffB", "beheerder", "otherBeheerder"])
      expect(await findAttachmentForDownload(s[who], attachmentId)).toBeNull();
    expect(await findAttachmentForDownload(s.parentA, "../../etc/passwd")).toBeNull();
  });

  it("wrong types, disguised files, broken images and huge files get clear i18n keys", async () => {
    expect(await prepared("<script>alert(1)</script>", "evil.png", "image/png")).toEqual({
      problem: "messages.attachmentType",
    });
    expect(await prepared("MZ\x90\x00", "setup.pdf", "application/pdf")).toEqual({
      problem: "messages.attachmentType",
    });
    expect(await prepared(Buffer.concat([png.subarray(0, 16), Buffer.alloc(64)]), "broken.png")).toEqual({
      problem: "messages.attachmentUnreadable",
    });
    expect(await prepared(Buffer.alloc(1_600_000), "huge.jpg")).toEqual({ problem: "messages.attachmentTooLarge" });
    expect(await prepareAttachment(null)).toEqual({ attachment: null });
    const pdf = await prepared("%PDF-1.4\n%fake but signed\n", "brief.exe");
    expect("attachment" in pdf && pdf.attachment?.filename).toBe("brief.pdf");
  });

  it("file names are made safe for headers and display", () => {
    expect(safeFilename('a"b<c>\r\n.jpg', "image/jpeg")).toBe("abc.jpg");
    expect(safeFilename("", "application/pdf")).toBe("bijlage.pdf");
    expect(safeFilename("C:\\Users\\x\\rapport.PDF", "application/pdf")).toBe("rapport.pdf");
  });
});

describe("message notifications", () => {
  const mailsTo = async (userId: string, since: Date) => {
    const user = await testDb.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
    return testDb.outboxMail.findMany({ where: { to: user.email, createdAt: { gte: since } } });
  };

  it("a parent's message mails the group's staff, not other staff or families; bodies never go in the mail", async () => {
    const since = new Date();
    await startThread(s.parentA, thread({ type: "group", groupId: world.groupA.id }, "Vraag", "Geheime inhoud"));
    const staffMails = await mailsTo(world.staffA.id, since);
    expect(staffMails).toHaveLength(1);
    expect(staffMails[0].text).not.toContain("Geheime inhoud");
    expect(await mailsTo(world.parentA2.id, since)).toHaveLength(1);
    expect(await mailsTo(world.staffB.id, since)).toHaveLength(0);
    expect(await mailsTo(world.parentB.id, since)).toHaveLength(0);
    expect(await mailsTo(world.parentA.id, since)).toHaveLength(0);
  });

  it("digest users get held-back notifications once, combined, when the digest is due", async () => {
    await testDb.user.update({ where: { id: parentC.id }, data: { emailMode: "DIGEST" } });
    const since = new Date();
    await startThread(s.staffA, thread({ type: "broadcast", groupId: world.groupA.id }, "Eén", "1"));
    await startThread(
      s.staffA,
      thread({ type: "family", groupId: world.groupA.id, familyId: familyC.id }, "Twee", "2"),
    );
    expect(await mailsTo(parentC.id, since)).toHaveLength(0);
    expect(await testDb.pendingNotification.count({ where: { userId: parentC.id } })).toBe(2);
    expect(await flushDueNotifications({ now: new Date(Date.now() - 60_000), userIds: [parentC.id] })).toBe(0);
    expect(await flushDueNotifications({ now: new Date(Date.now() + 2 * 86_400_000), userIds: [parentC.id] })).toBe(1);
    const mails = await mailsTo(parentC.id, since);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toContain("2 nieuwe meldingen");
    expect(await testDb.pendingNotification.count({ where: { userId: parentC.id } })).toBe(0);
    expect(await flushDueNotifications({ now: new Date(Date.now() + 2 * 86_400_000), userIds: [parentC.id] })).toBe(0);
  });

  it("quiet hours hold mail back; switching a kind off drops it", async () => {
    await testDb.user.update({
      where: { id: world.parentB.id },
      data: { emailMode: "IMMEDIATE", quietStartMinutes: 21 * 60, quietEndMinutes: 7 * 60 },
    });
    const since = new Date();
    const night = new Date("2026-11-24T23:30:00Z"); // 00:30 in Amsterdam
    await notifyUsers(
      { userIds: [world.parentB.id], kind: "message", subject: "Nacht", text: "x", link: "/berichten" },
      night,
    );
    expect(await mailsTo(world.parentB.id, since)).toHaveLength(0);
    const pending = await testDb.pendingNotification.findFirstOrThrow({ where: { userId: world.parentB.id } });
    expect(pending.deliverAfter).toEqual(new Date("2026-11-25T06:00:00Z"));
    // They switch message mail off before the morning: nothing goes out.
    await testDb.user.update({ where: { id: world.parentB.id }, data: { notifyMessages: false } });
    expect(await flushDueNotifications({ now: new Date("2026-11-25T06:00:00Z"), userIds: [world.parentB.id] })).toBe(0);
    expect(await testDb.pendingNotification.count({ where: { userId: world.parentB.id } })).toBe(0);
  });

  it("deactivated users get no mail", async () => {
    const since = new Date();
    await startThread(
      s.staffA,
      thread({ type: "family", groupId: world.groupA.id, familyId: world.familyA.id }, "Voor A", "x"),
    );
    expect(await mailsTo(world.deactivated.id, since)).toHaveLength(0);
  });
});
