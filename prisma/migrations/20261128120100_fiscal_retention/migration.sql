-- Fiscal retention (issue 14): erasing a family that left keeps its invoices, jaaropgaven, contracts and care
-- requests for the tax authorities (Organisation.fiscalRetentionYears, default 7), visible to beheerders only, and the
-- retention job removes them afterwards (lib/privacy/fiscal.ts).
ALTER TABLE "Organisation" ADD COLUMN "fiscalRetentionYears" INTEGER NOT NULL DEFAULT 7;

CREATE TYPE "FiscalRecordKind" AS ENUM ('CONTRACT', 'CARE_REQUEST', 'DOCUMENT');

CREATE TABLE "FiscalRecord" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "kind" "FiscalRecordKind" NOT NULL,
    "debiteurnummer" TEXT NOT NULL,
    "familyName" TEXT NOT NULL,
    "childName" TEXT NOT NULL DEFAULT '',
    "title" TEXT NOT NULL,
    "category" "DocumentCategory",
    "storageKey" TEXT,
    "size" INTEGER NOT NULL DEFAULT 0,
    "data" JSONB,
    "recordDate" DATE NOT NULL,
    "retainUntil" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FiscalRecord_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "FiscalRecord_organisationId_debiteurnummer_idx" ON "FiscalRecord"("organisationId", "debiteurnummer");

CREATE INDEX "FiscalRecord_retainUntil_idx" ON "FiscalRecord"("retainUntil");

ALTER TABLE "FiscalRecord" ADD CONSTRAINT "FiscalRecord_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
