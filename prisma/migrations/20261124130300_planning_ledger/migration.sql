-- Planning: idempotency guards for the append-only credit ledger (partial unique indexes; Prisma's schema language
-- cannot express them, so they live only here, like the live-absence/live-request indexes of the init migration).

-- Roefjes are granted once per child and calendar year (validFrom = 1 January). Granting is idempotent:
-- INSERT ... ON CONFLICT DO NOTHING, so two requests that both materialise the year's grant cannot double it.
CREATE UNIQUE INDEX "CreditEntry_granted_once_key" ON "CreditEntry"("childId", "kind", "validFrom") WHERE "type" = 'GRANTED';

-- An absence earns at most one tegoed lot, and a withdrawal reverses it at most once.
CREATE UNIQUE INDEX "CreditEntry_earned_once_key" ON "CreditEntry"("absenceId") WHERE "type" = 'EARNED';
CREATE UNIQUE INDEX "CreditEntry_absence_reversal_key" ON "CreditEntry"("absenceId") WHERE "type" = 'ADJUSTED' AND "absenceId" IS NOT NULL;

-- A lot expires at most once (the optional expiry job writes one EXPIRED row for what remained).
CREATE UNIQUE INDEX "CreditEntry_expired_once_key" ON "CreditEntry"("lotId") WHERE "type" = 'EXPIRED';
