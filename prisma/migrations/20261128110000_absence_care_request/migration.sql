-- Afmelden of a booked request (extra day, tegoed day, Roefjes vacation day, ruildag): the absence points at the
-- request it reports (issue 14). Null for contracted dagdelen.
ALTER TABLE "Absence" ADD COLUMN "careRequestId" UUID;
ALTER TABLE "Absence" ADD CONSTRAINT "Absence_careRequestId_fkey" FOREIGN KEY ("careRequestId") REFERENCES "CareRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "Absence_careRequestId_idx" ON "Absence"("careRequestId");
