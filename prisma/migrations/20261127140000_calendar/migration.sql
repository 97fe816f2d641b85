-- The calendar beheerders keep (lib/calendar): public holidays are generated from two organisation settings, school
-- vacations belong to a region (null = national) and each location chooses its region, and closed days can belong
-- to one location.
CREATE TYPE "SchoolRegion" AS ENUM ('NOORD', 'MIDDEN', 'ZUID');
CREATE TYPE "BevrijdingsdagRule" AS ENUM ('EVERY_YEAR', 'LUSTRUM');

ALTER TABLE "Organisation"
  ADD COLUMN "bevrijdingsdag" "BevrijdingsdagRule" NOT NULL DEFAULT 'EVERY_YEAR',
  ADD COLUMN "closedOnGoodFriday" BOOLEAN NOT NULL DEFAULT false;

ALTER TABLE "Location" ADD COLUMN "region" "SchoolRegion" NOT NULL DEFAULT 'MIDDEN';

-- Existing vacations were organisation-wide: they stay national (region null) until a beheerder assigns a region.
ALTER TABLE "SchoolVacation" ADD COLUMN "region" "SchoolRegion";

ALTER TABLE "ClosedDay" ADD COLUMN "locationId" UUID;
ALTER TABLE "ClosedDay" ADD CONSTRAINT "ClosedDay_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
DROP INDEX "ClosedDay_organisationId_date_key";
-- NULLS NOT DISTINCT: one organisation-wide row per date, and one per location and date.
CREATE UNIQUE INDEX "ClosedDay_organisationId_locationId_date_key" ON "ClosedDay"("organisationId", "locationId", "date") NULLS NOT DISTINCT;
