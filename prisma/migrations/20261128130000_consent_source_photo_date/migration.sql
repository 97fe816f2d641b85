-- Issue 18, consent at the source and a photo's date: a consent choice says where it came from (the parent in the
-- portal, or a paper intake form a beheerder recorded, with the form's date), and a photo says where its date came
-- from (the camera's capture time, the upload time as fallback, or a staff correction).
CREATE TYPE "ConsentSource" AS ENUM ('PORTAL', 'PAPER');
CREATE TYPE "PhotoDateSource" AS ENUM ('CAMERA', 'UPLOAD', 'STAFF');

ALTER TABLE "PhotoConsent"
  ADD COLUMN "source" "ConsentSource" NOT NULL DEFAULT 'PORTAL',
  ADD COLUMN "formDate" DATE;

-- Existing photos were dated by their upload.
ALTER TABLE "Photo" ADD COLUMN "dateSource" "PhotoDateSource" NOT NULL DEFAULT 'UPLOAD';
