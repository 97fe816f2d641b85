-- Two households (issue 14): a child of separated parents belongs to its Child.familyId and to every family listed here.
-- Each household keeps its own debiteurnummer, invoices, messages, care requests and contacts; they share the child's
-- schriftje and photos (lib/authz/family.ts ownChildren).
CREATE TABLE "ChildHousehold" (
    "childId" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ChildHousehold_pkey" PRIMARY KEY ("childId", "familyId")
);

CREATE INDEX "ChildHousehold_familyId_idx" ON "ChildHousehold"("familyId");

ALTER TABLE "ChildHousehold" ADD CONSTRAINT "ChildHousehold_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "ChildHousehold" ADD CONSTRAINT "ChildHousehold_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE CASCADE ON UPDATE CASCADE;
