-- Lead time and cancel window made consistent (issue 14): an approved request can always be cancelled for this many
-- minutes after it became binding (made or approved), even when the cancel window before the day already closed.
ALTER TABLE "Organisation" ADD COLUMN "requestCancelGraceMinutes" INTEGER NOT NULL DEFAULT 15;
