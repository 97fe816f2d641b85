// Demo data: Kindercentra de Roef with two locations, KDV and BSO groups, 22 families (100021 is a second household
// of the child of 100007; 100022, Kramer, is the staff demo family of prisma/seed-staff.ts), staff, a manager and
// two beheerders. Idempotent (does nothing when de Roef exists). Names and numbers are fixed; every date is relative to the clock (lib/clock), so the demo and the e2e tests work on any
// day: placements started well over a year ago, children are KDV or BSO age today, and the calendar
// (prisma/seed-calendar.ts) has a coming vacation and closed day.
//   DATABASE_URL=... npx tsx prisma/seed.ts
import type { PrismaClient } from "../lib/generated/prisma/client";
import type { Dagdeel } from "../lib/generated/prisma/enums";
import { createPrismaClient } from "../lib/db/create-client";
import { now as clockNow } from "../lib/clock";
import { addCalendarDays, isoWeekday, todayDate, toIsoDate } from "../lib/time";
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
import { seedCalendarDemo } from "./seed-calendar";
import { seedPlanningDemo } from "./seed-planning";
import { seedParityDemo } from "./seed-parity";
import { STAFF_DEMO_DEBITEURNUMMER, seedStaffDemo } from "./seed-staff";

export const DEMO_PASSWORD = "Zeilboot-Roef-2026";
export const DEMO_SLUG = "de-roef";
/** The contact mailbox of the letter to parents (Organisation.infoEmail). */
export const DEMO_CONTACT_EMAIL = "info@kindercentraderoef.nl";

/** A second household (separated parents) of the child of family 100007: its own debiteurnummer and account. */
export const DEMO_SECOND_HOUSEHOLD = "100021";

export const DEMO_LOGINS = [
  { role: "Ouder (KDV, Dolfijnen)", login: "100001", password: DEMO_PASSWORD },
  { role: "Ouder (BSO, Kapiteins)", login: "100002", password: DEMO_PASSWORD },
  { role: "Ouder, tweede huishouden (kind van 100007)", login: DEMO_SECOND_HOUSEHOLD, password: DEMO_PASSWORD },
  { role: "Ouder (Kramer, nog geen fotokeuze)", login: STAFF_DEMO_DEBITEURNUMMER, password: DEMO_PASSWORD },
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

/** The Monday on or before a date. */
const mondayOf = (date: Date) => addCalendarDays(date, 1 - isoWeekday(date));

export async function seedDemo(
  db: PrismaClient,
  { log = console.log, now = clockNow() }: { log?: (line: string) => void; now?: Date } = {},
) {
  const today = todayDate(now);
  // Everyone started on a Monday well over a year ago; family 100020 starts on a Monday about six weeks from now
  // (the letter: the activation mail goes out before the child starts).
  const startedLongAgo = toIsoDate(mondayOf(addCalendarDays(today, -400)));
  const startsSoon = toIsoDate(mondayOf(addCalendarDays(today, 45)));
  const yearsAgo = (years: number, days: number) =>
    toIsoDate(addCalendarDays(today, -Math.round(years * 365.25) - days));
  const existing = await db.organisation.findUnique({ where: { slug: DEMO_SLUG } });
  if (existing) {
    log("demo data already present: seed skipped");
    return { seeded: false };
  }
  const org = await db.organisation.create({
    data: { name: "Kindercentra de Roef", slug: DEMO_SLUG, infoEmail: DEMO_CONTACT_EMAIL },
  });
  const organisationId = org.id;
  // De Roef's absence deadlines (issue 14): a KDV or vacation morning before care starts at 07:30, after-school care
  // before school ends (12:00); afternoons use the general 09:00 on the day.
  await db.absenceDeadline.createMany({
    data: [
      { organisationId, careType: "KDV", dagdeel: "OCHTEND", daysBefore: 0, minutes: 7 * 60 + 30 },
      { organisationId, careType: "BSO", dagdeel: "NASCHOOLS", daysBefore: 0, minutes: 12 * 60 },
      { organisationId, careType: "BSO", dagdeel: "OCHTEND", daysBefore: 0, minutes: 7 * 60 + 30 },
    ],
  });
  const centrum = await createLocation(db, { organisationId, name: "De Roef Centrum", lrkNumber: "123456789" });
  const haven = await createLocation(db, { organisationId, name: "De Roef Haven", lrkNumber: "987654321" });
  // Two regions, so the demo shows region-specific school vacations (Centrum follows midden, Haven noord).
  await db.location.update({ where: { id: haven.id }, data: { region: "NOORD" } });
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
  // Each group's own phone (fictional numbers), shown to parents on "Vragen en contact".
  for (const [index, group] of groups.entries())
    await db.group.update({
      where: { id: group.id },
      data: { phone: `0255 51 00 ${String(index + 1).padStart(2, "0")}` },
    });

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
  const manager = await createManager(db, {
    organisationId,
    locationIds: [centrum.id, haven.id],
    name: "Marieke Hoekstra",
    email: "manager@deroef.example",
    password: DEMO_PASSWORD,
  });
  await db.user.update({ where: { id: manager.id }, data: { phone: "0255 51 00 90" } });
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
        // KDV children are 1-3 years old today, BSO children 6-8.
        birthDate:
          careType === "KDV"
            ? yearsAgo(1 + (childIndex % 3), childIndex * 11)
            : yearsAgo(6 + (childIndex % 3), childIndex * 13),
        startDate: invited ? startsSoon : startedLongAgo,
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
          expiresAt: new Date(now.getTime() + 60 * 24 * 3600_000),
        },
      });
      const appUrl = process.env.APP_URL ?? "http://localhost:3000";
      await db.outboxMail.create({
        data: inviteMail({
          to: guardian.email,
          name: guardian.name,
          loginName: debiteurnummer,
          link: `${appUrl}/activeren/${DEMO_INVITE_TOKEN}`,
          contactEmail: DEMO_CONTACT_EMAIL,
        }),
      });
    }
  }

  // Two households: the child of family 100007 also lives with its other parent, household 100021, which has its
  // own debiteurnummer, invoices, messages and requests, and shares the child's schriftje and photos.
  const firstHousehold = await db.family.findUniqueOrThrow({
    where: { debiteurnummer: "100007" },
    select: { name: true, children: { select: { id: true } } },
  });
  const secondHousehold = await createFamily(db, {
    organisationId,
    debiteurnummer: DEMO_SECOND_HOUSEHOLD,
    name: `${firstHousehold.name} (tweede huishouden)`,
  });
  await createGuardian(db, {
    family: secondHousehold,
    name: `Ruben ${firstHousehold.name.replace(/^Familie /, "")}`,
    email: `ouder${DEMO_SECOND_HOUSEHOLD}@example.nl`,
    password: DEMO_PASSWORD,
  });
  await db.childHousehold.createMany({
    data: firstHousehold.children.map((child) => ({ childId: child.id, familyId: secondHousehold.id })),
  });

  await seedCalendarDemo(db, { organisationId, today, studyDayLocationId: haven.id });
  await seedPlanningDemo(db, { organisationId, now });
  await seedDiaryDemo(db, { organisationId, now });
  await seedParityDemo(db, { organisationId, now });
  await seedStaffDemo(db, { organisationId, startDate: startedLongAgo, password: DEMO_PASSWORD });
  log(`seeded ${org.name}: 2 locations, ${groups.length} groups, 22 families, ${childIndex} children`);
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
