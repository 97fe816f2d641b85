-- The schriftje form sends a random key per submission, like the message form (20261124210000): a double tap or a
-- resend after a lost answer writes one entry (lib/diary/mutations.ts). NULLs never conflict.
ALTER TABLE "DiaryEntry" ADD COLUMN "submissionKey" UUID;
CREATE UNIQUE INDEX "DiaryEntry_authorId_submissionKey_key" ON "DiaryEntry"("authorId", "submissionKey");
