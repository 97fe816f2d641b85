-- AVG exports a beheerder prepares for a family (issue 16, item 6): delivered to the family, never to the beheerder,
-- with the recorded reason. The family is told by e-mail; a guardian's first download afterwards is noted.
CREATE TABLE "PrivacyExportRequest" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "requestedById" UUID,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "firstDownloadedAt" TIMESTAMP(3),
    CONSTRAINT "PrivacyExportRequest_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "PrivacyExportRequest_familyId_createdAt_idx" ON "PrivacyExportRequest"("familyId", "createdAt");

ALTER TABLE "PrivacyExportRequest" ADD CONSTRAINT "PrivacyExportRequest_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "PrivacyExportRequest" ADD CONSTRAINT "PrivacyExportRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
