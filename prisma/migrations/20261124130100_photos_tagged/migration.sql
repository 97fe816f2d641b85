-- Photo visibility (issue 3): "has at least one tag" as a column. The parent rule needs "untagged photos only with
-- noChildren"; as `noChildren OR EXISTS (tags)` Postgres plans a hashed scan of every PhotoTag row per feed page
-- (~50 ms at 200k photos), as a column it is a plain filter on the (groupId, takenAt DESC, id) index scan.
-- Tags are written once, with the photo, so the flag cannot drift.
-- AlterTable
ALTER TABLE "Photo" ADD COLUMN     "tagged" BOOLEAN NOT NULL DEFAULT false;

-- Backfill
UPDATE "Photo" SET "tagged" = EXISTS (SELECT 1 FROM "PhotoTag" WHERE "PhotoTag"."photoId" = "Photo"."id");
