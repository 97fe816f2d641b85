-- Roefjes grants pro rata per contract period, re-granted on a change (issue 14): a delta entry (ADJUSTED) names the
-- calendar year whose grant it corrects. Null for every other row.
ALTER TABLE "CreditEntry" ADD COLUMN "grantYear" INTEGER;
