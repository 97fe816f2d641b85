// Benchmark: the parent photo feed (listChildPhotos: visibility rule + keyset page) on 200k+ photos, 10 concurrent
// requests, p50/p95/p99. Measures the data access layer against Postgres (what every feed page request runs), not
// React rendering.
//   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/roef_bench_photos BENCH_PHOTOS=200000 BENCH_SECONDS=15 \
//     npx vitest run --config bench/vitest.config.ts
// The database is dropped and recreated (its name must contain "bench").
import pg from "pg";
import { it } from "vitest";

it("photo feed benchmark", async () => {
  const url = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/roef_bench_photos";
  const dbName = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!dbName.includes("bench")) throw new Error(`refusing to recreate ${dbName}: the name must contain "bench"`);
  process.env.DATABASE_URL = url;
  const PHOTOS = Number(process.env.BENCH_PHOTOS ?? 200_000);
  const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
  const CONCURRENCY = 10;

  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${dbName}"`);
  await client.end();

  const { applyMigrations } = await import("../lib/db/migrations");
  await applyMigrations({ databaseUrl: url });
  const { prisma } = await import("../lib/db");
  const { createChild, createFamily, createGroup, createGuardian, createLocation, createOrganisation, createStaff } =
    await import("../prisma/factories");
  const { listChildPhotos } = await import("../lib/photos/queries");

  // A group of 12 children, one of them without share consent; the photos spread over two years and four groups.
  const org = await createOrganisation(prisma);
  const location = await createLocation(prisma, { organisationId: org.id });
  const groups = [];
  for (let i = 0; i < 4; i++) groups.push(await createGroup(prisma, { locationId: location.id }));
  const staff = await createStaff(prisma, { organisationId: org.id, groupIds: groups.map((g) => g.id) });
  const family = await createFamily(prisma, { organisationId: org.id });
  const parent = await createGuardian(prisma, { family });
  const child = await createChild(prisma, { familyId: family.id, groupId: groups[0].id, startDate: "2024-01-01" });
  const others = [];
  for (let i = 0; i < 11; i++) {
    const f = await createFamily(prisma, { organisationId: org.id });
    others.push(
      await createChild(prisma, {
        familyId: f.id,
        groupId: groups[0].id,
        startDate: "2024-01-01",
        consent: { mayPhotograph: true, shareWithGroup: i !== 0 },
      }),
    );
  }
  const started = Date.now();
  await prisma.$executeRawUnsafe(
    `INSERT INTO "Photo" ("id","groupId","takenOn","takenAt","uploadedById","noChildren","contentHash","width","height","thumbKey","displayKey","downloadKey")
   SELECT gen_random_uuid(), ($1::uuid[])[1 + i % 4], (TIMESTAMP '2024-01-01' + (i * INTERVAL '5 minutes'))::date, TIMESTAMP '2024-01-01' + (i * INTERVAL '5 minutes'),
          $2::uuid, (i % 10 = 0), md5(i::text), 10, 10, 'k', 'k', 'k'
   FROM generate_series(1, $3::int) AS i`,
    groups.map((g) => g.id),
    staff.id,
    PHOTOS,
  );
  // Tag most photos of group 0 with one or two children (the no-share child on some of them).
  const childIds = [child.id, ...others.map((c) => c.id)];
  await prisma.$executeRawUnsafe(
    `INSERT INTO "PhotoTag" ("photoId","childId")
   SELECT p.id, ($1::uuid[])[1 + (abs(hashtext(p.id::text)) % 12)] FROM "Photo" p WHERE p."groupId" = $2::uuid AND NOT p."noChildren"
   UNION
   SELECT p.id, ($1::uuid[])[1 + (abs(hashtext(p.id::text || 'x')) % 12)] FROM "Photo" p WHERE p."groupId" = $2::uuid AND NOT p."noChildren"`,
    childIds,
    groups[0].id,
  );
  await prisma.$executeRawUnsafe(`UPDATE "Photo" SET "tagged" = true WHERE "id" IN (SELECT "photoId" FROM "PhotoTag")`);
  await prisma.$executeRawUnsafe(`ANALYZE`);
  const tags = await prisma.photoTag.count();
  console.log(`seeded ${PHOTOS} photos, ${tags} tags in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  // The SessionUser the session loader would build for this parent (lib/auth/session.ts pulls in next-auth).
  const user = {
    id: parent.id,
    role: "PARENT" as const,
    organisationId: org.id,
    name: parent.name,
    locale: "nl",
    familyId: family.id,
    staffGroupIds: [],
    managedLocationIds: [],
  };
  const first = await listChildPhotos(user, { childId: child.id });
  const cursors: (string | null)[] = [null, first.nextCursor];
  let cursor = first.nextCursor;
  for (let i = 0; i < 20 && cursor; i++) {
    cursor = (await listChildPhotos(user, { childId: child.id, cursor })).nextCursor;
    cursors.push(cursor);
  }
  console.log(`first page: ${first.photos.length} photos visible`);

  const latencies: number[] = [];
  const deadline = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, worker) => {
      for (let n = worker; Date.now() < deadline; n++) {
        const start = performance.now();
        await listChildPhotos(user, { childId: child.id, cursor: cursors[n % cursors.length] });
        latencies.push(performance.now() - start);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1);
  console.log(
    `${latencies.length} feed pages in ${SECONDS} s at ${CONCURRENCY} concurrent: p50 ${pct(50)} ms, p95 ${pct(95)} ms, p99 ${pct(99)} ms`,
  );
  await prisma.$disconnect();
});
