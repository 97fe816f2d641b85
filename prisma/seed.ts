// Demo data: Kindercentra de Roef with two locations, KDV and BSO groups, 20 families, staff, a manager and two
// beheerders. Deterministic (fixed names, numbers and dates) and idempotent (does nothing when de Roef exists).
//   DATABASE_URL=... npx tsx prisma/seed.ts
import type { PrismaClient } from "../lib/generated/prisma/client";
import type { Dagdeel } from "../lib/generated/prisma/enums";
import { createPrismaClient } from "../lib/db/create-client";
import { dateOnly } from "../lib/time";
import { hashToken } from "../lib/auth/tokens";
import { inviteMail } from "../lib/mail/templates";
import { seedDiaryDemo } from "./seed-diary";
import {
  createChild,
  createFamily,
  createGroup,
  createGuardian,
  createLocation,
  createManager,
  createStaff,
  createUser,
} from "./factories";
import { seedPlanningDemo } from "./seed-planning";
import { seedParityDemo } from "./seed-parity";

export const DEMO_PASSWORD = "Zeilboot-Roef-2026";
export const DEMO_SLUG = "de-roef";

export const DEMO_LOGINS = [
  { role: "Ouder (KDV, Dolfijnen)", login: "100001", password: DEMO_PASSWORD },
  { role: "Ouder (BSO, Kapiteins)", login: "100002", password: DEMO_PASSWORD },
  { role: "Pedagogisch medewerker (Dolfijnen)", login: "anna@deroef.example", password: DEMO_PASSWORD },
  { role: "Pedagogisch medewerker (Kapiteins)", login: "bram@deroef.example", password: DEMO_PASSWORD },
  { role: "Locatiemanager (beide locaties)", login: "manager@deroef.example", password: DEMO_PASSWORD },
  { role: "Beheerder", login: "beheer@deroef.example", password: DEMO_PASSWORD },
  { role: "Beheerder", login: "beheer2@deroef.example", password: DEMO_PASSWORD },
];

/** A fixed demo invite link for family 100020 (not yet activated), so the activation flow can be tried at once. */
export const DEMO_INVITE_TOKEN = "demo-activatie-100020-roef";

const FAMILY_NAMES = [
  "Jansen",
  "de Vries",
  "Bakker",
  "Visser",
  "Smit",
  "Meijer",
  "de Boer",
  "Mulder",
  "de Groot",
  "Bos",
  "Vos",
  "Peters",
  "Hendriks",
  "van Leeuwen",
  "Dekker",
  "Brouwer",
  "de Wit",
  "Dijkstra",
  "Smits",
  "de Graaf",
];
const PARENT_FIRST = [
  "Sanne",
  "Mark",
  "Lotte",
  "Thomas",
  "Eva",
  "Daan",
  "Femke",
  "Ruben",
  "Iris",
  "Joost",
  "Anouk",
  "Bas",
  "Lisa",
  "Koen",
  "Marloes",
  "Tim",
  "Ilse",
  "Niels",
  "Esther",
  "Pieter",
];
const CHILD_FIRST = [
  "Noor",
  "Sem",
  "Julia",
  "Liam",
  "Mila",
  "Finn",
  "Tess",
  "Luuk",
  "Sara",
  "Milan",
  "Zoë",
  "Levi",
  "Nova",
  "Jesse",
  "Lynn",
  "Mees",
  "Saar",
  "Bram",
  "Fleur",
  "Jens",
  "Yara",
  "Thijs",
  "Evi",
  "Siem",
];

export async function seedDemo(db: PrismaClient, { log = console.log }: { log?: (line: string) => void } = {}) {
  const existing = await db.organisation.findUnique({ where: { slug: DEMO_SLUG } });
  if (existing) {
    log("demo data already present: seed skipped");
    return { seeded: false };
  }
  const org = await db.organisation.create({
    data: { name: "Kindercentra de Roef", slug: DEMO_SLUG, infoEmail: "info@deroef.example" },
  });
  const organisationId = org.id;
  const centrum = await createLocation(db, { organisationId, name: "De Roef Centrum", lrkNumber: "123456789" });
  const haven = await createLocation(db, { organisationId, name: "De Roef Haven", lrkNumber: "987654321" });
  const dolfijnen = await createGroup(db, { locationId: centrum.id, name: "Dolfijnen", careType: "KDV", capacity: 12 });
  const zeesterren = await createGroup(db, {
    locationId: centrum.id,
    name: "Zeesterren",
    careType: "KDV",
    capacity: 12,
  });
  const kapiteins = await createGroup(db, { locationId: centrum.id, name: "Kapiteins", careType: "BSO", capacity: 20 });
  const krabbetjes = await createGroup(db, { locationId: haven.id, name: "Krabbetjes", careType: "KDV", capacity: 12 });
  const matrozen = await createGroup(db, { locationId: haven.id, name: "Matrozen", careType: "BSO", capacity: 20 });
  const groups = [dolfijnen, kapiteins, zeesterren, krabbetjes, matrozen];

  await createStaff(db, {
    organisationId,
    groupIds: [dolfijnen.id],
    name: "Anna de Jong",
    email: "anna@deroef.example",
    password: DEMO_PASSWORD,
  });
  await createStaff(db, {
    organisationId,
    groupIds: [kapiteins.id],
    name: "Bram Kok",
    email: "bram@deroef.example",
    password: DEMO_PASSWORD,
  });
  await createStaff(db, {
    organisationId,
    groupIds: [zeesterren.id],
    name: "Carmen Lopes",
    email: "carmen@deroef.example",
    password: DEMO_PASSWORD,
  });
  await createStaff(db, {
    organisationId,
    groupIds: [krabbetjes.id, matrozen.id],
    name: "Dewi Pranata",
    email: "dewi@deroef.example",
    password: DEMO_PASSWORD,
  });
  await createManager(db, {
    organisationId,
    locationIds: [centrum.id, haven.id],
    name: "Marieke Hoekstra",
    email: "manager@deroef.example",
    password: DEMO_PASSWORD,
  });
  await createUser(db, {
    organisationId,
    role: "BEHEERDER",
    name: "Hanneke Verbeek",
    email: "beheer@deroef.example",
    password: DEMO_PASSWORD,
  });
  await createUser(db, {
    organisationId,
    role: "BEHEERDER",
    name: "Youssef Amrani",
    email: "beheer2@deroef.example",
    password: DEMO_PASSWORD,
  });

  let childIndex = 0;
  for (let i = 0; i < 20; i++) {
    const debiteurnummer = String(100001 + i);
    const lastName = FAMILY_NAMES[i];
    const family = await createFamily(db, { organisationId, debiteurnummer, name: `Familie ${lastName}` });
    // Family 100020 starts in January: invited, not yet activated (the letter: activation before the child starts).
    const invited = i === 19;
    const guardian = await createGuardian(db, {
      family,
      name: `${PARENT_FIRST[i]} ${lastName}`,
      email: `ouder${debiteurnummer}@example.nl`,
      status: invited ? "INVITED" : "ACTIVE",
      password: invited ? null : DEMO_PASSWORD,
    });
    if (i % 3 === 0 && !invited) {
      await createGuardian(db, {
        family,
        index: 2,
        name: `${PARENT_FIRST[(i + 7) % 20]} ${lastName}`,
        email: `ouder${debiteurnummer}-2@example.nl`,
        password: DEMO_PASSWORD,
      });
    }
    const group = groups[i % groups.length];
    const kids = i % 4 === 0 ? 2 : 1;
    for (let k = 0; k < kids; k++) {
      const careType = k === 1 ? "BSO" : group.careType;
      const childGroup = k === 1 ? (group.locationId === centrum.id ? kapiteins : matrozen) : group;
      // Varied consent so the consent rules are visible in the demo: every 5th child no sharing, every 7th no photos.
      const consent = { mayPhotograph: childIndex % 7 !== 6, shareWithGroup: childIndex % 5 !== 4 };
      const days: { weekday: number; dagdeel: Dagdeel }[] =
        careType === "KDV"
          ? [1 + (i % 3), 3 + (i % 3)].flatMap((weekday) => [
              { weekday, dagdeel: "OCHTEND" as Dagdeel },
              { weekday, dagdeel: "MIDDAG" as Dagdeel },
            ])
          : [
              { weekday: 1 + (i % 2), dagdeel: "NASCHOOLS" },
              { weekday: 4, dagdeel: "NASCHOOLS" },
            ];
      await createChild(db, {
        familyId: family.id,
        groupId: childGroup.id,
        firstName: CHILD_FIRST[childIndex % CHILD_FIRST.length],
        lastName,
        careType,
        birthDate:
          careType === "KDV"
            ? `202${3 + (childIndex % 2)}-0${1 + (childIndex % 9)}-1${childIndex % 10}`
            : `201${7 + (childIndex % 3)}-0${1 + (childIndex % 9)}-2${childIndex % 8}`,
        startDate: invited ? "2027-01-04" : "2025-01-06",
        consent,
        consentById: guardian.id,
        contractDays: days,
        vacationMinutesPerYear: careType === "BSO" ? 200 * 60 : 0,
      });
      childIndex++;
    }
    if (invited) {
      // A live invite with a known token, plus its mail in the dev outbox.
      await db.authToken.create({
        data: {
          userId: guardian.id,
          kind: "INVITE",
          tokenHash: hashToken(DEMO_INVITE_TOKEN),
          expiresAt: new Date(Date.now() + 60 * 24 * 3600_000),
        },
      });
      const appUrl = process.env.APP_URL ?? "http://localhost:3000";
      await db.outboxMail.create({
        data: inviteMail({
          to: guardian.email,
          name: guardian.name,
          loginName: debiteurnummer,
          link: `${appUrl}/activeren/${DEMO_INVITE_TOKEN}`,
        }),
      });
    }
  }

  const vacations = [
    ["Kerstvakantie 2026", "2026-12-19", "2027-01-03"],
    ["Voorjaarsvakantie 2027", "2027-02-13", "2027-02-21"],
    ["Meivakantie 2027", "2027-04-24", "2027-05-09"],
    ["Zomervakantie 2027", "2027-07-17", "2027-08-29"],
    ["Herfstvakantie 2027", "2027-10-16", "2027-10-24"],
  ] as const;
  await db.schoolVacation.createMany({
    data: vacations.map(([name, start, end]) => ({
      organisationId,
      name,
      startDate: dateOnly(start),
      endDate: dateOnly(end),
    })),
  });
  const closed = [
    ["2026-12-25", "Eerste Kerstdag"],
    ["2026-12-26", "Tweede Kerstdag"],
    ["2027-01-01", "Nieuwjaarsdag"],
    ["2027-03-29", "Tweede Paasdag"],
    ["2027-04-27", "Koningsdag"],
    ["2027-05-05", "Bevrijdingsdag"],
    ["2027-05-06", "Hemelvaartsdag"],
    ["2027-05-17", "Tweede Pinksterdag"],
  ] as const;
  await db.closedDay.createMany({
    data: closed.map(([date, name]) => ({ organisationId, date: dateOnly(date), name })),
  });
  await seedPlanningDemo(db, { organisationId });
  await seedDiaryDemo(db, { organisationId });
  await seedParityDemo(db, { organisationId });
  log(`seeded ${org.name}: 2 locations, ${groups.length} groups, 20 families, ${childIndex} children`);
  return { seeded: true };
}

export function printDemoLogins(baseUrl: string, log = console.log) {
  log(`\nDemo logins (password for all: ${DEMO_PASSWORD}):`);
  for (const demo of DEMO_LOGINS) log(`  ${demo.role.padEnd(40)} ${demo.login}`);
  log(`  Activatie demo (gezin 100020):          ${baseUrl}/activeren/${DEMO_INVITE_TOKEN}`);
}

// Run directly: seed DATABASE_URL.
if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const { prisma, pool } = createPrismaClient(url, { max: 2 });
  await seedDemo(prisma);
  printDemoLogins(process.env.APP_URL ?? "http://localhost:3000");
  await prisma.$disconnect();
  await pool.end();
}
