// Demo data for the Konnect-parity features: news, emergency contacts and pick-up persons, an open contract change
// request. Called once from seedDemo (prisma/seed.ts). Families 100009 and 100010 are left untouched: the parity
// e2e spec uses them. Family documents are not seeded (they need file storage; beheerders upload them).
import type { PrismaClient } from "../lib/generated/prisma/client";
import { now as clockNow } from "../lib/clock";
import { addCalendarDays, todayDate } from "../lib/time";

export async function seedParityDemo(
  db: PrismaClient,
  { organisationId, now: seedNow = clockNow() }: { organisationId: string; now?: Date },
) {
  const beheerder = await db.user.findFirstOrThrow({
    where: { organisationId, role: "BEHEERDER" },
    orderBy: { email: "asc" },
    select: { id: true },
  });
  const { infoEmail } = await db.organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: { infoEmail: true },
  });
  const haven = await db.location.findFirstOrThrow({
    where: { organisationId, name: "De Roef Haven" },
    select: { id: true },
  });
  const now = seedNow.getTime();
  await db.newsItem.createMany({
    data: [
      {
        organisationId,
        title: "Welkom in het nieuwe ouderportaal",
        body: `Vanaf nu vind je hier het nieuws van de Roef, je documenten en je contract. Vragen? Mail naar ${infoEmail}.`,
        authorId: beheerder.id,
        publishedAt: new Date(now - 7 * 24 * 3600_000),
      },
      {
        organisationId,
        locationId: haven.id,
        title: "Zomerfeest op De Roef Haven",
        body: "Op de laatste vrijdag voor de zomervakantie vieren we het zomerfeest. Ouders zijn vanaf 16:00 welkom.",
        authorId: beheerder.id,
        publishedAt: new Date(now - 2 * 24 * 3600_000),
      },
    ],
  });

  const family = (debiteurnummer: string) =>
    db.family.findUniqueOrThrow({
      where: { debiteurnummer },
      select: {
        id: true,
        children: { select: { id: true }, orderBy: { birthDate: "desc" } },
        guardians: { select: { id: true }, orderBy: { loginName: "asc" } },
      },
    });
  const jansen = await family("100001");
  const deVries = await family("100002");
  await db.contactPerson.createMany({
    data: [
      {
        familyId: jansen.id,
        name: "Gerda Jansen",
        phone: "06 11122233",
        relation: "oma",
        isEmergency: true,
        mayPickUp: true,
      },
      {
        familyId: jansen.id,
        name: "Ahmed el Idrissi",
        phone: "06 44455566",
        relation: "buurman",
        isEmergency: false,
        mayPickUp: true,
      },
      {
        familyId: deVries.id,
        childId: deVries.children[0]?.id ?? null,
        name: "Kees de Vries",
        phone: "+31 20 1234567",
        relation: "opa",
        isEmergency: true,
        mayPickUp: false,
      },
    ],
  });

  // Guardians' own phone numbers, so staff see whom to call first.
  const guardians = await db.user.findMany({
    where: { organisationId, role: "PARENT" },
    select: { id: true, loginName: true },
  });
  for (const guardian of guardians) {
    const digits = guardian.loginName.replace(/\D/g, "").padEnd(8, "0").slice(-8);
    await db.user.update({ where: { id: guardian.id }, data: { phone: `06 ${digits}` } });
  }

  // An open request in the beheer queue (family 100003, KDV on Wednesday and Friday, asks for Tuesday morning).
  const bakker = await family("100003");
  if (bakker.children[0] && bakker.guardians[0]) {
    await db.contractChangeRequest.create({
      data: {
        childId: bakker.children[0].id,
        requestedById: bakker.guardians[0].id,
        kind: "ADD_DAY",
        weekday: 2,
        dagdeel: "OCHTEND",
        effectiveDate: addCalendarDays(todayDate(seedNow), 45),
        comment: "Ik ga vanaf dan een dag extra werken.",
      },
    });
  }
  return { news: 2, contacts: 3, changeRequests: 1 };
}
