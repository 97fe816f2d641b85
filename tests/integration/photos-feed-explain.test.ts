// The parent feed query must use the index Photo(groupId, takenAt DESC, id): we capture the SQL Prisma really sends
// for listChildPhotos' where-input and run EXPLAIN on it with the same parameters (helpers in tests/explain.ts, shared
// with explain-list-queries.test.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../db";
import { sessionFor } from "../session";
import { createChild, createFamily, createGuardian, createWorld } from "../../prisma/factories";
import { childFeedWhere } from "../../lib/photos/queries";
import { createSpyClient, explain } from "../explain";

const { pool, prisma: spy, logged } = createSpyClient(process.env.DATABASE_URL!);

let parent: Awaited<ReturnType<typeof sessionFor>>;
let childId: string;

beforeAll(async () => {
  const w = await createWorld(testDb);
  const family = await createFamily(testDb, { organisationId: w.organisation.id });
  const guardian = await createGuardian(testDb, { family });
  childId = (await createChild(testDb, { familyId: family.id, groupId: w.groupA.id })).id;
  parent = await sessionFor(guardian.id);
  // Enough rows in this group and others that the planner has a real choice.
  for (const groupId of [w.groupA.id, w.groupB.id]) {
    await testDb.$executeRawUnsafe(
      `INSERT INTO "Photo" ("id","groupId","takenOn","takenAt","uploadedById","noChildren","contentHash","width","height","thumbKey","displayKey","downloadKey")
       SELECT gen_random_uuid(), $1::uuid, (DATE '2026-01-01' + (i % 300)), TIMESTAMP '2026-01-01' + (i * INTERVAL '7 minutes'), $2::uuid, true, md5(i::text), 10, 10, 'k', 'k', 'k'
       FROM generate_series(1, 20000) AS i`,
      groupId,
      w.staffA.id,
    );
  }
  await testDb.$executeRawUnsafe(`ANALYZE "Photo"`);
  await testDb.$executeRawUnsafe(`ANALYZE "PhotoTag"`);
});

afterAll(async () => {
  await spy.$disconnect();
  await pool.end();
});

describe("feed query plan", () => {
  it("uses the (groupId, takenAt DESC, id) index, without sorting the whole group", async () => {
    const where = await childFeedWhere(parent, childId);
    logged.length = 0;
    const rows = await spy.photo.findMany({
      where,
      orderBy: [{ takenAt: "desc" }, { id: "asc" }],
      take: 25,
      select: { id: true },
    });
    expect(rows.length).toBe(25);
    const feedQuery = logged.find((q) => q.query.includes(`"Photo"`) && /ORDER BY/i.test(q.query));
    expect(feedQuery).toBeDefined();
    const nodes = await explain(pool, feedQuery!);
    expect(nodes.some((n) => n["Index Name"] === "Photo_groupId_takenAt_id_idx")).toBe(true);
    expect(nodes.filter((n) => n["Relation Name"] === "Photo" && n["Node Type"] === "Seq Scan")).toEqual([]);
  });
});
