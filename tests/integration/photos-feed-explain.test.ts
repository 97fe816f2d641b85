// The parent feed query must use the index Photo(groupId, takenAt DESC, id): we capture the SQL Prisma really sends
// for listChildPhotos' where-input and run EXPLAIN on it with the same parameters.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { testDb } from "../db";
import { sessionFor } from "../session";
import { createChild, createFamily, createGuardian, createWorld } from "../../prisma/factories";
import { childFeedWhere } from "../../lib/photos/queries";

const url = process.env.DATABASE_URL!;
const pool = new pg.Pool({ connectionString: url, max: 2 });
const logged: { query: string; params: string }[] = [];
const spy = new PrismaClient({ adapter: new PrismaPg(pool), log: [{ emit: "event", level: "query" }] });
spy.$on("query", (event) => logged.push({ query: event.query, params: event.params }));

type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; Plans?: PlanNode[] };
const flattenPlan = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(flattenPlan)];

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
    const rows = await spy.photo.findMany({ where, orderBy: [{ takenAt: "desc" }, { id: "asc" }], take: 25, select: { id: true } });
    expect(rows.length).toBe(25);
    const feedQuery = logged.find((q) => q.query.includes(`"Photo"`) && /ORDER BY/i.test(q.query));
    expect(feedQuery).toBeDefined();
    const params = JSON.parse(feedQuery!.params) as unknown[];
    const client = await pool.connect();
    try {
      const result = await client.query(`EXPLAIN (FORMAT JSON) ${feedQuery!.query}`, params);
      const nodes = flattenPlan((result.rows[0]["QUERY PLAN"] as { Plan: PlanNode }[])[0].Plan);
      expect(nodes.some((n) => n["Index Name"] === "Photo_groupId_takenAt_id_idx")).toBe(true);
      expect(nodes.filter((n) => n["Relation Name"] === "Photo" && n["Node Type"] === "Seq Scan")).toEqual([]);
    } finally {
      client.release();
    }
  });
});
