// Seeds a database at production scale for the benchmarks: 1 organisation, 40 groups, 600 children, 200k photos
// (with tags), a year of schriftje entries and messages. Set-based SQL (generate_series), so it takes about a minute.
//   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/roef_bench npx tsx bench/seed-scale.ts
// The bench parent is debiteurnummer 500001 (password Zeilboot-Roef-2026), whose child is in the first group.
import pg from "pg";
import { applyMigrations, ensureDatabase } from "../lib/db/migrations.ts";
import { hashPassword } from "../lib/auth/password.ts";

import { BENCH_PASSWORD } from "./common.ts";
const url = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/roef_bench";
const PHOTOS = Number(process.env.BENCH_PHOTOS ?? 200_000);

await ensureDatabase(url);
await applyMigrations({ databaseUrl: url });
const client = new pg.Client({ connectionString: url });
await client.connect();
const step = async (label: string, sql: string, params: unknown[] = []) => {
  const t = Date.now();
  await client.query(sql, params);
  console.log(`${label.padEnd(34)} ${Date.now() - t} ms`);
};
const { rowCount } = await client.query(`SELECT 1 FROM "Organisation" WHERE slug = 'bench'`);
if (rowCount) {
  console.log("bench data already present");
  await seedPlanning();
  await client.end();
  process.exit(0);
}
const passwordHash = await hashPassword(BENCH_PASSWORD);
const started = Date.now();

await client.query("BEGIN");
await step(
  "organisation + 4 locations",
  `
  WITH org AS (INSERT INTO "Organisation" (id, name, slug, "infoEmail") VALUES (gen_random_uuid(), 'Bench Kinderopvang', 'bench', 'info@bench.example') RETURNING id)
  INSERT INTO "Location" (id, "organisationId", name, "lrkNumber") SELECT gen_random_uuid(), org.id, 'Locatie ' || n, (200000000 + n)::text FROM org, generate_series(1, 4) n`,
);
await step(
  "40 groups",
  `
  INSERT INTO "Group" (id, "locationId", name, "careType")
  SELECT gen_random_uuid(), l.id, 'Groep ' || l.name || '-' || n, CASE WHEN n % 3 = 0 THEN 'BSO'::"CareType" ELSE 'KDV'::"CareType" END
    FROM "Location" l JOIN "Organisation" o ON o.id = l."organisationId" AND o.slug = 'bench', generate_series(1, 10) n`,
);
await step(
  "600 families + parents",
  `
  WITH f AS (
    INSERT INTO "Family" (id, "organisationId", debiteurnummer, name)
    SELECT gen_random_uuid(), o.id, (500000 + n)::text, 'Familie Bench ' || n FROM "Organisation" o, generate_series(1, 600) n WHERE o.slug = 'bench'
    RETURNING id, "organisationId", debiteurnummer)
  INSERT INTO "User" (id, "organisationId", role, status, "loginName", email, name, "passwordHash", "familyId")
  SELECT gen_random_uuid(), f."organisationId", 'PARENT', 'ACTIVE', f.debiteurnummer, 'ouder' || f.debiteurnummer || '@bench.example', 'Ouder ' || f.debiteurnummer, $1, f.id FROM f`,
  [passwordHash],
);
await step(
  "600 children + placements",
  `
  WITH g AS (SELECT id, row_number() OVER (ORDER BY name) - 1 AS idx FROM "Group" WHERE "locationId" IN (SELECT l.id FROM "Location" l JOIN "Organisation" o ON o.id = l."organisationId" WHERE o.slug = 'bench')),
       f AS (SELECT id, debiteurnummer::int - 500001 AS idx FROM "Family" WHERE debiteurnummer::int BETWEEN 500001 AND 500600),
       c AS (INSERT INTO "Child" (id, "familyId", "firstName", "lastName", "birthDate", "consentPhotograph", "consentShareGroup")
             SELECT gen_random_uuid(), f.id, 'Kind' || f.idx, 'Bench', DATE '2023-01-01' + (f.idx % 700), f.idx % 13 <> 12, f.idx % 7 <> 6 FROM f
             RETURNING id, "familyId")
  INSERT INTO "Placement" (id, "childId", "groupId", "startDate")
  SELECT gen_random_uuid(), c.id, g.id, DATE '2025-01-01' FROM c JOIN f ON f.id = c."familyId" JOIN g ON g.idx = f.idx % 40`,
);
await step(
  "staff: one per group",
  `
  INSERT INTO "User" (id, "organisationId", role, status, "loginName", email, name, "passwordHash")
  SELECT gen_random_uuid(), o.id, 'STAFF', 'ACTIVE', 'staff' || n || '@bench.example', 'staff' || n || '@bench.example', 'Staff ' || n, $1
    FROM "Organisation" o, generate_series(1, 40) n WHERE o.slug = 'bench'`,
  [passwordHash],
);
await step(
  "staff memberships",
  `
  INSERT INTO "StaffMembership" (id, "userId", "groupId")
  SELECT gen_random_uuid(), u.id, g.id
    FROM (SELECT id, row_number() OVER (ORDER BY email) AS n FROM "User" WHERE email LIKE 'staff%@bench.example') u
    JOIN (SELECT id, row_number() OVER (ORDER BY name) AS n FROM "Group" WHERE name LIKE 'Groep Locatie%') g ON g.n = u.n`,
);
await step(
  `${PHOTOS} photos over a year`,
  `
  INSERT INTO "Photo" (id, "groupId", "takenOn", "takenAt", caption, "uploadedById", "contentHash", width, height, "thumbKey", "displayKey", "downloadKey")
  SELECT gen_random_uuid(), g.id, (ts AT TIME ZONE 'Europe/Amsterdam')::date, ts, 'Foto ' || n, s."userId", md5(n::text), 1600, 1200,
         'bench/thumb.webp', 'bench/display.webp', 'bench/download.jpg'
    FROM generate_series(1, $1::int) n
    JOIN LATERAL (SELECT id FROM "Group" WHERE name LIKE 'Groep Locatie%' ORDER BY name OFFSET (n % 40) LIMIT 1) g ON true
    JOIN LATERAL (SELECT "userId" FROM "StaffMembership" WHERE "groupId" = g.id LIMIT 1) s ON true
    CROSS JOIN LATERAL (SELECT TIMESTAMP '2025-11-24 08:00' + (n * (365 * 24 * 3600 / $1::float)) * INTERVAL '1 second' AS ts) t`,
  [PHOTOS],
);
await step(
  "photo tags (1-2 children each)",
  `
  INSERT INTO "PhotoTag" ("photoId", "childId")
  SELECT p.id, c.id FROM "Photo" p
    JOIN LATERAL (SELECT pl."childId" AS id FROM "Placement" pl WHERE pl."groupId" = p."groupId" ORDER BY pl."childId" OFFSET (abs(hashtext(p.id::text)) % 15) LIMIT 1 + (abs(hashtext(p.caption)) % 2)) c ON true
   WHERE p."groupId" IN (SELECT id FROM "Group" WHERE name LIKE 'Groep Locatie%')`,
);
await step(
  "a year of schriftje entries",
  `
  INSERT INTO "DiaryEntry" (id, "childId", date, "authorId", "authorRole", body, "updatedAt")
  SELECT gen_random_uuid(), c.id, d::date, s."userId", 'STAFF', 'Fijne dag gehad, goed gegeten en lekker gespeeld.', now()
    FROM "Child" c JOIN "Placement" pl ON pl."childId" = c.id JOIN LATERAL (SELECT "userId" FROM "StaffMembership" WHERE "groupId" = pl."groupId" LIMIT 1) s ON true
    CROSS JOIN generate_series(DATE '2025-11-24', DATE '2026-11-23', INTERVAL '1 day') d
   WHERE c."lastName" = 'Bench' AND extract(isodow FROM d) <= 5 AND (abs(hashtext(c.id::text || d::text)) % 5) < 2`,
);
await step(
  "message threads + messages",
  `
  WITH t AS (
    INSERT INTO "Thread" (id, kind, "familyId", "groupId", subject, "createdById", "lastMessageAt")
    SELECT gen_random_uuid(), 'GROUP', f.id, pl."groupId", 'Vraag ' || n, u.id, TIMESTAMP '2025-11-24' + n * INTERVAL '1 day'
      FROM "Family" f JOIN "User" u ON u."familyId" = f.id JOIN "Child" c ON c."familyId" = f.id JOIN "Placement" pl ON pl."childId" = c.id
      CROSS JOIN generate_series(1, 12) n WHERE f.debiteurnummer::int BETWEEN 500001 AND 500600
    RETURNING id, "createdById", "lastMessageAt")
  INSERT INTO "Message" (id, "threadId", "authorId", body, "createdAt")
  SELECT gen_random_uuid(), t.id, t."createdById", 'Bericht ' || m, t."lastMessageAt" + m * INTERVAL '1 hour' FROM t CROSS JOIN generate_series(1, 3) m`,
);
await client.query("COMMIT");
await seedPlanning();
await client.query("ANALYZE");
console.log(`bench seed done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
await client.end();

/**
 * Dagdeel times per location and a full-week contract per child (KDV: OCHTEND + MIDDAG, BSO: NASCHOOLS, Monday to
 * Friday), so afmelden has contracted dagdelen to report (bench/soak.ts). Added after the first version of this seed:
 * idempotent, and also run on a database seeded before (which skips everything above).
 */
async function seedPlanning() {
  await step(
    "dagdeel times per location",
    `
    INSERT INTO "DagdeelDefinition" (id, "locationId", dagdeel, "startMinutes", "endMinutes")
    SELECT gen_random_uuid(), l.id, d.dagdeel::"Dagdeel", d.s, d.e
      FROM "Location" l JOIN "Organisation" o ON o.id = l."organisationId" AND o.slug = 'bench',
           (VALUES ('OCHTEND', 450, 780), ('MIDDAG', 780, 1110), ('NASCHOOLS', 840, 1110)) AS d(dagdeel, s, e)
    ON CONFLICT ("locationId", dagdeel) DO NOTHING`,
  );
  await step(
    "full-week contracts",
    `
    WITH c AS (
      INSERT INTO "Contract" (id, "childId", "careType", "startDate", "vacationMinutesPerYear", "hourlyRateCents")
      SELECT gen_random_uuid(), c.id, g."careType", pl."startDate", CASE WHEN g."careType" = 'BSO' THEN 12000 ELSE 0 END, CASE WHEN g."careType" = 'BSO' THEN 930 ELSE 1045 END
        FROM "Child" c JOIN "Placement" pl ON pl."childId" = c.id JOIN "Group" g ON g.id = pl."groupId"
       WHERE c."lastName" = 'Bench' AND NOT EXISTS (SELECT 1 FROM "Contract" k WHERE k."childId" = c.id)
      RETURNING id, "careType")
    INSERT INTO "ContractDay" (id, "contractId", weekday, dagdeel)
    SELECT gen_random_uuid(), c.id, w, d::"Dagdeel"
      FROM c CROSS JOIN generate_series(1, 5) w
      CROSS JOIN LATERAL unnest(CASE WHEN c."careType" = 'BSO' THEN ARRAY['NASCHOOLS'] ELSE ARRAY['OCHTEND', 'MIDDAG'] END) d`,
  );
}
