-- The child's essentials (issue 18): one row per child, erased with the child (cascade).
CREATE TABLE "ChildEssentials" (
    "childId" UUID NOT NULL,
    "allergies" TEXT NOT NULL DEFAULT '',
    "diet" TEXT NOT NULL DEFAULT '',
    "medication" TEXT NOT NULL DEFAULT '',
    "medicationPermission" BOOLEAN NOT NULL DEFAULT false,
    "medicalNotes" TEXT NOT NULL DEFAULT '',
    "gpName" TEXT NOT NULL DEFAULT '',
    "gpPhone" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" UUID NOT NULL,
    CONSTRAINT "ChildEssentials_pkey" PRIMARY KEY ("childId")
);

ALTER TABLE "ChildEssentials" ADD CONSTRAINT "ChildEssentials_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE CASCADE ON UPDATE CASCADE;
