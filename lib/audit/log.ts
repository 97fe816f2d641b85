// Append-only audit trail. Writes never throw into the caller's flow (an audit hiccup must not block a parent),
// but failures are logged.
import "server-only";
import { prisma, type Tx } from "../db";
import { logger } from "../logger";

export type AuditInput = {
  action: string;
  actorId?: string | null;
  organisationId?: string | null;
  entityType?: string;
  entityId?: string;
  childId?: string | null;
  familyId?: string | null;
  ip?: string;
  meta?: Record<string, unknown>;
};

export async function writeAudit(input: AuditInput, db: Tx | typeof prisma = prisma): Promise<void> {
  try {
    await db.auditEvent.create({
      data: {
        action: input.action,
        actorId: input.actorId ?? null,
        organisationId: input.organisationId ?? null,
        entityType: input.entityType ?? "",
        entityId: input.entityId ?? "",
        childId: input.childId ?? null,
        familyId: input.familyId ?? null,
        ip: input.ip ?? "",
        meta: (input.meta ?? undefined) as never,
      },
    });
  } catch (error) {
    logger.error({ err: error, action: input.action }, "audit write failed");
  }
}
