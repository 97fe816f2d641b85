-- Every write once per submission (issue 16.11): contract change requests, news items, family documents and photos
-- carry the form's (or, for photos, the file's) random submission key, like messages and schriftje entries. A double
-- tap or a resend after a lost answer carries the same key, and these indexes let only the first write through
-- (lib/db/unique.ts oncePerSubmission). NULLs (older rows, clients without the key) never conflict.
ALTER TABLE "ContractChangeRequest" ADD COLUMN "submissionKey" UUID;
CREATE UNIQUE INDEX "ContractChangeRequest_requestedById_submissionKey_key" ON "ContractChangeRequest"("requestedById", "submissionKey");
ALTER TABLE "NewsItem" ADD COLUMN "submissionKey" UUID;
CREATE UNIQUE INDEX "NewsItem_authorId_submissionKey_key" ON "NewsItem"("authorId", "submissionKey");
ALTER TABLE "FamilyDocument" ADD COLUMN "submissionKey" UUID;
CREATE UNIQUE INDEX "FamilyDocument_uploadedById_submissionKey_key" ON "FamilyDocument"("uploadedById", "submissionKey");
ALTER TABLE "Photo" ADD COLUMN "submissionKey" UUID;
CREATE UNIQUE INDEX "Photo_uploadedById_submissionKey_key" ON "Photo"("uploadedById", "submissionKey");
