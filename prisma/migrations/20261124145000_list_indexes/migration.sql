-- The audit log's category filter is `action LIKE 'prefix%'` (Prisma startsWith). Under a non-C collation (C.UTF-8,
-- en_US.UTF-8, ...) a default btree cannot serve LIKE, so the filter scanned the whole AuditEvent table; an index with
-- text_pattern_ops can (tests/integration/explain-list-queries.test.ts). schema.prisma lists it as @@index([action, id]):
-- Prisma cannot express a btree operator class; the schema-drift test compares the columns.
CREATE INDEX "AuditEvent_action_id_idx" ON "AuditEvent"("action" text_pattern_ops, "id");
