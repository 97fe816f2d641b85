// Demo data for a staff day on the tablet (issue 18). Family 100022 (Kramer) belongs to the staff e2e specs
// (tests/e2e/staff-*.spec.ts): Mila Kramer is in Dolfijnen every weekday, her parents have not chosen about photos
// yet (a to-do on their home), and Opa Kramer may pick her up. Called once from seedDemo (prisma/seed.ts).
import type { Dagdeel, PrismaClient } from "../lib/generated/prisma/client";
import { createChild, createFamily, createGuardian } from "./factories";

export const STAFF_DEMO_DEBITEURNUMMER = "100022";

export async function seedStaffDemo(
  db: PrismaClient,
  { organisationId, startDate, password }: { organisationId: string; startDate: string; password: string },
) {
  const dolfijnen = await db.group.findFirstOrThrow({ where: { name: "Dolfijnen", location: { organisationId } } });
  const family = await createFamily(db, {
    organisationId,
    debiteurnummer: STAFF_DEMO_DEBITEURNUMMER,
    name: "Familie Kramer",
  });
  await createGuardian(db, {
    family,
    name: "Sanne Kramer",
    email: `ouder${STAFF_DEMO_DEBITEURNUMMER}@example.nl`,
    password,
  });
  const mila = await createChild(db, {
    familyId: family.id,
    groupId: dolfijnen.id,
    firstName: "Mila",
    lastName: "Kramer",
    birthDate: "2024-02-11",
    startDate,
    // No consentById: no recorded choice, so no photos until the parents (or a paper form) decide.
    consent: { mayPhotograph: false, shareWithGroup: false },
    contractDays: [1, 2, 3, 4, 5].flatMap((weekday) => [
      { weekday, dagdeel: "OCHTEND" as Dagdeel },
      { weekday, dagdeel: "MIDDAG" as Dagdeel },
    ]),
  });
  await db.contactPerson.create({
    data: {
      familyId: family.id,
      childId: mila.id,
      name: "Opa Kramer",
      phone: "06-12345678",
      relation: "opa",
      mayPickUp: true,
      isEmergency: true,
    },
  });
}
