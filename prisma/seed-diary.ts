// Demo schriftje entries and messages for de Roef (called once from prisma/seed.ts). Dates are relative to the seed
// day so the demo always shows "yesterday" and "today"; everything else is fixed. Uses family 100001 (Dolfijnen)
// and the Dolfijnen group; e2e tests of this feature use other families.
import type { PrismaClient } from "../lib/generated/prisma/client";
import { now as clockNow } from "../lib/clock";
import { addCalendarDays, todayDate } from "../lib/time";

export async function seedDiaryDemo(
  db: PrismaClient,
  { organisationId, now = clockNow() }: { organisationId: string; now?: Date },
): Promise<void> {
  const anna = await db.user.findUniqueOrThrow({ where: { email: "anna@deroef.example" }, select: { id: true } });
  const family = await db.family.findUniqueOrThrow({
    where: { debiteurnummer: "100001" },
    select: { id: true, guardians: { select: { id: true }, take: 1 } },
  });
  const dolfijnen = await db.group.findFirstOrThrow({
    where: { name: "Dolfijnen", location: { organisationId } },
    select: { id: true, locationId: true },
  });
  const child = await db.child.findFirstOrThrow({
    where: { familyId: family.id, placements: { some: { groupId: dolfijnen.id } } },
    select: { id: true },
  });
  const parentId = family.guardians[0].id;
  const today = todayDate(now);
  const yesterday = addCalendarDays(today, -1);

  await db.diaryEntry.createMany({
    data: [
      {
        childId: child.id,
        date: yesterday,
        authorId: anna.id,
        authorRole: "STAFF",
        body: "Noor heeft een fijne dag gehad en veel buiten gespeeld in de zandbak.",
        items: { eten: "Goed gegeten", slapen: "12:30 - 14:00", activiteiten: "Buiten gespeeld" },
      },
      {
        childId: child.id,
        date: today,
        authorId: parentId,
        authorRole: "PARENT",
        body: "Noor heeft vannacht wat onrustig geslapen, misschien is ze vandaag wat moe.",
      },
    ],
  });

  const broadcast = await db.thread.create({
    data: {
      kind: "BROADCAST",
      groupId: dolfijnen.id,
      locationId: dolfijnen.locationId,
      subject: "Vrijdag naar het zwembad",
      createdById: anna.id,
      createdAt: now,
      lastMessageAt: now,
    },
  });
  await db.message.create({
    data: {
      threadId: broadcast.id,
      authorId: anna.id,
      body: "Vrijdag gaan we met de groep naar het pierenbad. Wil je zwemkleding en een handdoek meegeven?",
      createdAt: now,
    },
  });

  const thread = await db.thread.create({
    data: {
      kind: "GROUP",
      familyId: family.id,
      groupId: dolfijnen.id,
      locationId: dolfijnen.locationId,
      subject: "Opa haalt Noor op",
      createdById: parentId,
      createdAt: now,
      lastMessageAt: now,
    },
  });
  await db.message.createMany({
    data: [
      { threadId: thread.id, authorId: parentId, body: "Donderdag haalt opa Noor op, rond 17:00.", createdAt: now },
      {
        threadId: thread.id,
        authorId: anna.id,
        body: "Dank je, we hebben het genoteerd!",
        createdAt: new Date(now.getTime() + 1000),
      },
    ],
  });
  await db.thread.update({ where: { id: thread.id }, data: { lastMessageAt: new Date(now.getTime() + 1000) } });
}
