-- Invites go out by themselves this many days before a family's first placement starts (lib/jobs, "invites.send").
ALTER TABLE "Organisation" ADD COLUMN "inviteLeadDays" INTEGER NOT NULL DEFAULT 42;
