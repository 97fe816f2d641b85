-- Contract change requests name the weekday and dagdeel they add or stop (ADD_DAY / STOP_DAY), so beheerders
-- see exactly what is asked instead of parsing free text. Both stay null for END_CONTRACT.
ALTER TABLE "ContractChangeRequest" ADD COLUMN "weekday" INTEGER;
ALTER TABLE "ContractChangeRequest" ADD COLUMN "dagdeel" "Dagdeel";
