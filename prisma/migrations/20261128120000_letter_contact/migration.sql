-- The letter's contact (issue 14): the group's own phone number for the "Vragen en contact" page, and the
-- organisation's contact mailbox as the letter to parents names it (the old placeholder addresses are replaced).
ALTER TABLE "Group" ADD COLUMN "phone" TEXT NOT NULL DEFAULT '';

UPDATE "Organisation" SET "infoEmail" = 'info@kindercentraderoef.nl'
WHERE "infoEmail" IN ('info@deroef.nl', 'info@deroef.example');
