-- Photo visibility (issue 3): "has at least one tag" as a column. The parent rule needs "untagged photos only with
-- noChildren"; as `noChildren OR EXISTS (tags)` Postgres plans a hashed scan of every PhotoTag row per feed page
-- (~50 ms at 200k photos), as a column it is a plain filter on the (groupId, takenAt DESC, id) index scan.
-- Tags are written once, with the photo, so the flag cannot drift.
-- AlterTable
ALTER TABLE "Photo" ADD COLUMN     "tagged" BOOLEAN NOT NULL DEFAULT false;

-- Backfill
UPDATE "Photo" SET "tagged" = EXISTS (SELECT 1 FROM "PhotoTag" WHERE "PhotoTag"."photoId" = "Photo"."id");

-- Keep "tagged" true to its name whoever writes tags (upload, retention's tag deletes, future tag editing): a photo
-- whose last tag is removed must fall back to the untagged rule (invisible to parents unless noChildren), never
-- become "tagged with nobody" (which would pass the every-tag consent check vacuously).
CREATE FUNCTION "photo_tag_sync_tagged"() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE "Photo" SET "tagged" = EXISTS (SELECT 1 FROM "PhotoTag" WHERE "PhotoTag"."photoId" = OLD."photoId") WHERE "id" = OLD."photoId";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE "Photo" SET "tagged" = true WHERE "id" = NEW."photoId" AND NOT "tagged";
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "PhotoTag_sync_tagged" AFTER INSERT OR UPDATE OR DELETE ON "PhotoTag"
  FOR EACH ROW EXECUTE FUNCTION "photo_tag_sync_tagged"();
