-- Absence deadlines per care type and dagdeel (issue 14). No row = the organisation's general deadline on the day.
CREATE TABLE "AbsenceDeadline" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "careType" "CareType" NOT NULL,
    "dagdeel" "Dagdeel" NOT NULL,
    "daysBefore" INTEGER NOT NULL DEFAULT 0,
    "minutes" INTEGER NOT NULL,
    CONSTRAINT "AbsenceDeadline_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "AbsenceDeadline_organisationId_careType_dagdeel_key" ON "AbsenceDeadline"("organisationId", "careType", "dagdeel");

ALTER TABLE "AbsenceDeadline" ADD CONSTRAINT "AbsenceDeadline_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
