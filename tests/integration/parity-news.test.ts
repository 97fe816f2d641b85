// Authorization matrix for news: organisation-wide items for everyone of the organisation, location items only for
// users whose scope includes the location; publishing and deleting for beheerders; unread state per user.
import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { countUnreadNews, getNewsAttachment, getNewsItem, listNews, markNewsRead } from "../../lib/news/queries";
import { deleteNews, newsRecipientIds, publishNews } from "../../lib/news/mutations";
import type { SessionUser } from "../../lib/auth/session-user";
import { createWorld } from "../../prisma/factories";
import { testDb } from "../db";
import { sessionFor } from "../session";
import { tinyPdf } from "../fixtures/files";

let world: Awaited<ReturnType<typeof createWorld>>;
const as: Record<string, SessionUser> = {};
let orgWide: string;
let locationA: string;
let locationB: string;

beforeAll(async () => {
  world = await createWorld(testDb);
  for (const role of [
    "parentA",
    "parentA2",
    "parentB",
    "staffA",
    "staffB",
    "managerA",
    "beheerder",
    "otherBeheerder",
  ] as const) {
    as[role] = await sessionFor(world[role].id);
  }
  orgWide = (
    await publishNews(as.beheerder, {
      input: { title: "Voor iedereen", body: "Tekst", locationId: "" },
      attachment: null,
    })
  ).id;
  locationA = (
    await publishNews(as.beheerder, {
      input: { title: "Locatie A", body: "Tekst", locationId: world.locationA.id },
      attachment: tinyPdf(),
    })
  ).id;
  locationB = (
    await publishNews(as.beheerder, {
      input: { title: "Locatie B", body: "Tekst", locationId: world.locationB.id },
      attachment: null,
    })
  ).id;
});

const visible = async (user: SessionUser) => (await listNews(user)).map((n) => n.id).sort();

describe("reading news", () => {
  it("organisation news for all, location news only within scope, nothing across organisations", async () => {
    expect(await visible(as.parentA)).toEqual([orgWide, locationA].sort());
    expect(await visible(as.parentA2)).toEqual([orgWide, locationA].sort());
    expect(await visible(as.parentB)).toEqual([orgWide, locationB].sort());
    expect(await visible(as.staffA)).toEqual([orgWide, locationA].sort());
    expect(await visible(as.staffB)).toEqual([orgWide, locationB].sort());
    expect(await visible(as.managerA)).toEqual([orgWide, locationA].sort());
    expect(await visible(as.beheerder)).toEqual([orgWide, locationA, locationB].sort());
    expect(await visible(as.otherBeheerder)).toEqual([]);
  });

  it("newest first", async () => {
    expect((await listNews(as.beheerder)).map((n) => n.title)).toEqual(["Locatie B", "Locatie A", "Voor iedereen"]);
  });

  it("single items and attachments follow the same scope; malformed and unknown ids are NOT_FOUND", async () => {
    expect((await getNewsItem(as.parentA, locationA)).title).toBe("Locatie A");
    expect((await getNewsAttachment(as.parentA, locationA)).mime).toBe("application/pdf");
    for (const [role, id] of [
      ["parentB", locationA],
      ["staffB", locationA],
      ["parentA", locationB],
      ["otherBeheerder", orgWide],
    ] as const) {
      await expect(getNewsItem(as[role], id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getNewsAttachment(as[role], id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    for (const id of ["x", randomUUID()])
      await expect(getNewsItem(as.parentA, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // An item without attachment has no attachment route either.
    await expect(getNewsAttachment(as.parentA, orgWide)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("unread is per user; reading out of scope is a no-op", async () => {
    expect(await countUnreadNews(as.parentA)).toBe(2);
    await markNewsRead(as.parentA, orgWide);
    await markNewsRead(as.parentA, orgWide);
    await markNewsRead(as.parentA, locationB); // not theirs: nothing recorded
    expect(await countUnreadNews(as.parentA)).toBe(1);
    expect((await listNews(as.parentA)).find((n) => n.id === orgWide)?.unread).toBe(false);
    expect(await countUnreadNews(as.parentA2)).toBe(2);
    expect(await testDb.newsRead.count({ where: { newsId: locationB } })).toBe(0);
  });
});

describe("publishing", () => {
  it("only beheerders publish; other-organisation locations are NOT_FOUND; bad attachments are refused", async () => {
    const input = { title: "T", body: "B", locationId: "" };
    for (const role of ["parentA", "staffA", "managerA"] as const) {
      await expect(publishNews(as[role], { input, attachment: null })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(
      publishNews(as.otherBeheerder, { input: { ...input, locationId: world.locationA.id }, attachment: null }),
    ).rejects.toMatchObject({ messageKey: "news.locationUnknown" });
    await expect(
      publishNews(as.beheerder, { input: { ...input, locationId: "malformed" }, attachment: null }),
    ).rejects.toMatchObject({ messageKey: "news.locationUnknown" });
    await expect(publishNews(as.beheerder, { input, attachment: Buffer.from("GIF89a...") })).rejects.toMatchObject({
      messageKey: "news.attachmentWrongType",
    });
    await expect(
      publishNews(as.beheerder, { input, attachment: Buffer.concat([tinyPdf(), Buffer.alloc(1_600_000)]) }),
    ).rejects.toMatchObject({ messageKey: "news.attachmentTooLarge" });
  });

  it("recipients: location news reaches that location's parents, staff and managers; organisation news everyone active", async () => {
    const forA = await newsRecipientIds({
      organisationId: world.organisation.id,
      locationId: world.locationA.id,
      excludeUserId: world.beheerder.id,
    });
    expect(forA.sort()).toEqual([world.parentA.id, world.parentA2.id, world.staffA.id, world.managerA.id].sort());
    const all = await newsRecipientIds({
      organisationId: world.organisation.id,
      locationId: null,
      excludeUserId: world.beheerder.id,
    });
    expect(all).toContain(world.parentB.id);
    expect(all).not.toContain(world.deactivated.id);
    expect(all).not.toContain(world.otherBeheerder.id);
  });

  it("publishing queues a notification mail for the recipients who want news", async () => {
    const before = await testDb.outboxMail.count({ where: { to: world.parentB.email } });
    await publishNews(as.beheerder, {
      input: { title: "Sinterklaas", body: "Hij komt!", locationId: world.locationB.id },
      attachment: null,
    });
    expect(await testDb.outboxMail.count({ where: { to: world.parentB.email } })).toBe(before + 1);
  });

  it("delete: beheerder of the organisation only", async () => {
    const { id } = await publishNews(as.beheerder, {
      input: { title: "Weg", body: "B", locationId: "" },
      attachment: null,
    });
    for (const role of ["parentA", "staffA", "managerA", "otherBeheerder"] as const)
      await expect(deleteNews(as[role], id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await deleteNews(as.beheerder, id);
    await expect(getNewsItem(as.beheerder, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
