-- A message form sends a random key per submission: a retried request or a double tap carries the same key, and this
-- index lets only the first write through (lib/messages/mutations.ts). NULLs (older messages, clients without the key)
-- never conflict.
ALTER TABLE "Message" ADD COLUMN "submissionKey" UUID;
CREATE UNIQUE INDEX "Message_authorId_submissionKey_key" ON "Message"("authorId", "submissionKey");
