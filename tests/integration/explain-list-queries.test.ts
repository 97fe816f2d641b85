// Every main list query uses an index (issue 7). A dedicated organisation gets a moderately sized dataset (hundreds of
// families, tens of thousands of diary entries, messages, audit events, requests, ledger entries), ANALYZE, then the
// real query functions run through a query-logging client (explain-list-capture.ts) and every statement they send is
// EXPLAINed with its captured parameters: no Seq Scan on any of the large tables. The photo feed has its own test
// (photos-feed-explain.test.ts).
import "./explain-list-capture";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spy } from "./explain-list-capture";
import { explain, type LoggedQuery } from "../explain";
import { testDb } from "../db";
import { sessionFor } from "../session";
import { createGroup, createLocation, createWorld } from "../../prisma/factories";
import type { SessionUser } from "../../lib/auth/session-user";
import { getDiaryTimeline, listDiaryPhotoCandidates } from "../../lib/diary/queries";
import { listGroupPhotos } from "../../lib/photos/queries";
import { countUnreadThreads, getThread, listThreads } from "../../lib/messages/queries";
import { getParentPlanning, getRoefjesOverview, listDecisionQueue } from "../../lib/planning/queries";
import { listAuditEvents } from "../../lib/audit/queries";
import { listNews } from "../../lib/news/queries";
import { listDocumentsForBeheer, listOwnDocuments } from "../../lib/documents/queries";
import { listChangeRequestsForBeheer } from "../../lib/contracts/queries";

/** The tables seeded large below (empty or tiny tables are rightly seq-scanned). */
const LARGE = [
  "Photo",
  "PhotoTag",
  "DiaryEntry",
  "Thread",
  "Message",
  "ThreadRead",
  "AuditEvent",
  "CareRequest",
  "Absence",
  "CreditEntry",
  "NewsItem",
  "FamilyDocument",
  "ContractChangeRequest",
];

let w: Awaited<ReturnType<typeof createWorld>>;
let parent: SessionUser;
let staff: SessionUser;
let manager: SessionUser;
let admin: SessionUser;
let familyThreadId: string;

beforeAll(async () => {
  w = await createWorld(testDb);
  [parent, staff, manager, admin] = await Promise.all([
    sessionFor(w.parentA.id),
    sessionFor(w.staffA.id),
    sessionFor(w.managerA.id),
    sessionFor(w.beheerder.id),
  ]);
  // 38 more groups at a location nobody in the test manages: requests and threads spread over 40 groups.
  const elsewhere = await createLocation(testDb, { organisationId: w.organisation.id });
  for (let i = 0; i < 38; i++) await createGroup(testDb, { locationId: elsewhere.id, careType: i % 2 ? "BSO" : "KDV" });
  const org = w.organisation.id;
  const sql = (text: string, ...params: unknown[]) => testDb.$executeRawUnsafe(text, ...params);
  await sql(
    `INSERT INTO "Family" (id, "organisationId", debiteurnummer, name) SELECT gen_random_uuid(), $1::uuid, 'explain-' || gen_random_uuid(), 'explain-seed' FROM generate_series(1, 400)`,
    org,
  );
  await sql(
    `INSERT INTO "Child" (id, "familyId", "firstName", "lastName", "birthDate") SELECT gen_random_uuid(), f.id, 'Kind', 'Seed', DATE '2022-01-01' FROM "Family" f WHERE f."organisationId" = $1::uuid AND f.name = 'explain-seed'`,
    org,
  );
  // Seeded children (plus childA) with a group each, numbered for spreading rows.
  const kids = `WITH g AS (SELECT gr.id, row_number() OVER (ORDER BY gr.id) - 1 AS n FROM "Group" gr JOIN "Location" l ON l.id = gr."locationId" WHERE l."organisationId" = $1::uuid),
    k AS (SELECT c.id, c."familyId", row_number() OVER (ORDER BY c.id) AS n FROM "Child" c JOIN "Family" f ON f.id = c."familyId" WHERE f."organisationId" = $1::uuid),
    kg AS (SELECT k.id, k."familyId", k.n, g.id AS "groupId" FROM k JOIN g ON g.n = k.n % (SELECT count(*) FROM g))`;
  await sql(
    `${kids} INSERT INTO "DiaryEntry" (id, "childId", date, "authorId", "authorRole", body, "updatedAt")
     SELECT gen_random_uuid(), kg.id, CURRENT_DATE - d, $2::uuid, 'STAFF', 'Dag ' || d, now() FROM kg, generate_series(0, 29) AS d`,
    org,
    w.staffA.id,
  );
  await sql(
    `${kids} INSERT INTO "Thread" (id, kind, "familyId", "groupId", subject, "createdById", "lastMessageAt")
     SELECT gen_random_uuid(), 'GROUP', kg."familyId", kg."groupId", 'Onderwerp ' || t, $2::uuid, now() - t * interval '1 hour' FROM kg, generate_series(1, 25) AS t`,
    org,
    w.staffA.id,
  );
  await sql(
    `INSERT INTO "Message" (id, "threadId", "authorId", body, "createdAt")
     SELECT gen_random_uuid(), t.id, $2::uuid, 'Bericht ' || m, now() - m * interval '1 minute'
     FROM "Thread" t JOIN "Family" f ON f.id = t."familyId", generate_series(1, 4) AS m WHERE f."organisationId" = $1::uuid`,
    org,
    w.staffA.id,
  );
  await sql(
    `INSERT INTO "ThreadRead" ("threadId", "userId", "lastReadAt") SELECT t.id, u.id, now() FROM "Thread" t JOIN "Family" f ON f.id = t."familyId" JOIN "User" u ON u."organisationId" = f."organisationId" AND u.role <> 'PARENT' WHERE f."organisationId" = $1::uuid`,
    org,
  );
  await sql(
    `INSERT INTO "AuditEvent" ("organisationId", "actorId", action, "childId", "createdAt")
     SELECT CASE WHEN i % 2 = 0 THEN $1::uuid ELSE $2::uuid END, $3::uuid,
            CASE WHEN i % 100 = 0 THEN 'consent.changed' WHEN i % 499 = 0 THEN 'privacy.export' ELSE 'login.success' END,
            CASE WHEN i % 100 = 0 THEN $4::uuid END, now() - i * interval '1 minute'
     FROM generate_series(1, 40000) AS i`,
    org,
    w.otherOrganisation.id,
    w.beheerder.id,
    w.childA.id,
  );
  await sql(
    `${kids} INSERT INTO "CareRequest" (id, "batchId", "childId", "familyId", "groupId", type, date, dagdeel, payment, "costMinutes", status, "requestedById", "createdAt")
     SELECT gen_random_uuid(), gen_random_uuid(), kg.id, kg."familyId", kg."groupId", 'EXTRA', CURRENT_DATE + (r * 7 - 90), 'OCHTEND', 'INVOICE', 300,
            (CASE WHEN r % 5 = 0 THEN 'REQUESTED' ELSE 'APPROVED' END)::"RequestStatus", $2::uuid, now() - r * interval '1 day'
     FROM kg, generate_series(1, 25) AS r`,
    org,
    w.parentA.id,
  );
  await sql(
    `${kids} INSERT INTO "Absence" (id, "childId", date, dagdeel, reason, "reportedById")
     SELECT gen_random_uuid(), kg.id, CURRENT_DATE + (a * 5 - 60), 'MIDDAG', 'ZIEK', $2::uuid FROM kg, generate_series(1, 25) AS a`,
    org,
    w.parentA.id,
  );
  await sql(
    `${kids} INSERT INTO "CreditEntry" (id, "childId", kind, type, minutes, "validFrom", "expiresOn")
     SELECT gen_random_uuid(), kg.id, (CASE WHEN e % 2 = 0 THEN 'TEGOED' ELSE 'ROEFJES' END)::"CreditKind", 'EARNED', 60, CURRENT_DATE - e * 3, CURRENT_DATE + 200 - e * 3 FROM kg, generate_series(1, 25) AS e`,
    org,
  );
  await sql(
    `${kids} INSERT INTO "ContractChangeRequest" (id, "childId", "requestedById", kind, "effectiveDate", status, "handledAt", "createdAt")
     SELECT gen_random_uuid(), kg.id, $2::uuid, 'ADD_DAY', CURRENT_DATE + 40, (CASE WHEN c = 1 THEN 'OPEN' ELSE 'HANDLED' END)::"ChangeRequestStatus", now() - c * interval '1 day', now() - c * interval '2 day'
     FROM kg, generate_series(1, 10) AS c`,
    org,
    w.parentA.id,
  );
  await sql(
    `INSERT INTO "NewsItem" (id, "organisationId", title, body, "authorId", "publishedAt")
     SELECT gen_random_uuid(), CASE WHEN i % 10 = 0 THEN $1::uuid ELSE $2::uuid END, 'Nieuws', 'Tekst', $3::uuid, now() - i * interval '1 hour' FROM generate_series(1, 4000) AS i`,
    org,
    w.otherOrganisation.id,
    w.beheerder.id,
  );
  await sql(
    `${kids} INSERT INTO "FamilyDocument" (id, "familyId", title, category, "storageKey", size, "uploadedById", "createdAt")
     SELECT gen_random_uuid(), kg."familyId", 'Factuur ' || d, 'FACTUUR', 'k/' || gen_random_uuid(), 1000, $2::uuid, now() - d * interval '30 day' FROM kg, generate_series(1, 6) AS d`,
    org,
    w.beheerder.id,
  );
  // Photos across all 40 groups (the child feed itself: photos-feed-explain.test.ts); nine in ten have a child tagged.
  await sql(
    `WITH g AS (SELECT gr.id, row_number() OVER (ORDER BY gr.id) AS n FROM "Group" gr JOIN "Location" l ON l.id = gr."locationId" WHERE l."organisationId" = $1::uuid)
     INSERT INTO "Photo" ("id","groupId","takenOn","takenAt","uploadedById","noChildren","contentHash","width","height","thumbKey","displayKey","downloadKey")
     SELECT gen_random_uuid(), g.id, (CURRENT_DATE - (i % 300)), now() - (i * INTERVAL '13 minutes') - g.n * INTERVAL '1 minute', $2::uuid, i % 10 = 0, md5(g.id::text || i), 10, 10, 'k', 'k', 'k'
     FROM g, generate_series(1, 750) AS i`,
    org,
    w.staffA.id,
  );
  await sql(
    `${kids}, one AS (SELECT DISTINCT ON (kg."groupId") kg.id, kg."groupId" FROM kg ORDER BY kg."groupId", kg.id)
     INSERT INTO "PhotoTag" ("photoId", "childId") SELECT p.id, one.id FROM "Photo" p JOIN one ON one."groupId" = p."groupId" WHERE NOT p."noChildren"
     ON CONFLICT DO NOTHING`,
    org,
  );
  await sql(
    `INSERT INTO "PhotoTag" ("photoId", "childId") SELECT p.id, $2::uuid FROM "Photo" p WHERE p."groupId" = $1::uuid AND NOT p."noChildren" ON CONFLICT DO NOTHING`,
    w.groupA.id,
    w.childA.id,
  );
  familyThreadId = (await testDb.thread.findFirstOrThrow({ where: { familyId: w.familyA.id }, select: { id: true } }))
    .id;
  for (const table of LARGE) await sql(`ANALYZE "${table}"`);
}, 120_000);

afterAll(async () => {
  delete (globalThis as { __roefDb?: unknown }).__roefDb;
  await spy.prisma.$disconnect();
  await spy.pool.end();
});

/** Runs a list function, then EXPLAINs every statement it sent; returns the seq scans on large tables. */
async function seqScansOf(
  run: () => Promise<unknown>,
): Promise<{ statements: number; seqScans: { table: string; query: string; params: string }[] }> {
  spy.logged.length = 0;
  await run();
  const statements: LoggedQuery[] = spy.logged.filter((q) => /^\s*SELECT/i.test(q.query));
  const seqScans: { table: string; query: string; params: string }[] = [];
  for (const statement of statements) {
    for (const node of await explain(spy.pool, statement)) {
      if (node["Node Type"] === "Seq Scan" && LARGE.includes(node["Relation Name"] ?? ""))
        seqScans.push({ table: node["Relation Name"]!, query: statement.query, params: statement.params });
    }
  }
  return { statements: statements.length, seqScans };
}

describe("list queries use indexes on the large tables", () => {
  const cases: [string, () => Promise<unknown>][] = [
    ["diary timeline (parent)", () => getDiaryTimeline(parent, w.childA.id)],
    ["group photos (staff)", () => listGroupPhotos(staff, { groupId: w.groupA.id })],
    ["diary photo candidates (staff)", () => listDiaryPhotoCandidates(staff, w.childA.id)],
    ["thread list (parent)", () => listThreads(parent)],
    ["thread list (staff)", () => listThreads(staff)],
    ["thread list (manager)", () => listThreads(manager)],
    ["unread thread count (parent)", () => countUnreadThreads(parent)],
    ["thread messages (parent)", () => getThread(parent, familyThreadId)],
    ["planning: requests and absences for a child", () => getParentPlanning(parent, w.childA.id)],
    ["credit ledger (tegoed/roefjes overview)", () => getRoefjesOverview(parent, w.childA.id)],
    ["audit log page", () => listAuditEvents(admin)],
    ["audit log page 2", () => listAuditEvents(admin, { before: "1000000" })],
    ["audit log filtered by child", () => listAuditEvents(admin, { childId: w.childA.id })],
    ["audit log filtered by category", () => listAuditEvents(admin, { category: "privacy" })],
    ["audit log filtered by person", () => listAuditEvents(admin, { actorId: w.parentA.id })],
    ["news list (parent)", () => listNews(parent)],
    ["documents list (parent)", () => listOwnDocuments(parent)],
    [
      "documents list (beheer, one family)",
      () => listDocumentsForBeheer(admin, { debiteurnummer: w.familyA.debiteurnummer }),
    ],
    ["approval queue (manager)", () => listDecisionQueue(manager)],
    ["contract change queue (beheer)", () => listChangeRequestsForBeheer(admin)],
  ];
  it.each(cases)("%s", async (_name, run) => {
    const { statements, seqScans } = await seqScansOf(run);
    expect(statements).toBeGreaterThan(0);
    expect(seqScans).toEqual([]);
  });
});
