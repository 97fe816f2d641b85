// EXPLAIN helpers shared by the query-plan tests: a Prisma client that records every SQL statement it sends (with its
// parameters), and a plan walker. tests/integration/photos-feed-explain.test.ts and explain-list-queries.test.ts.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";

export type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; Plans?: PlanNode[] };
export const flattenPlan = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(flattenPlan)];
export type LoggedQuery = { query: string; params: string };

/** A Prisma client on its own pool that logs every query into `logged`. */
export function createSpyClient(url: string) {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const logged: LoggedQuery[] = [];
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool), log: [{ emit: "event", level: "query" }] });
  prisma.$on("query", (event) => logged.push({ query: event.query, params: event.params }));
  return { pool, prisma, logged };
}

/** EXPLAIN (FORMAT JSON) of a captured statement with its captured parameters: every node of the plan. */
export async function explain(pool: pg.Pool, { query, params }: LoggedQuery): Promise<PlanNode[]> {
  const client = await pool.connect();
  try {
    const result = await client.query(`EXPLAIN (FORMAT JSON) ${query}`, JSON.parse(params) as unknown[]);
    return flattenPlan((result.rows[0]["QUERY PLAN"] as { Plan: PlanNode }[])[0].Plan);
  } finally {
    client.release();
  }
}
