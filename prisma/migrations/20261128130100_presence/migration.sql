-- Presence (issue 18): check-in and check-out per child and care day, with who collected the child. One row per child
-- and day; the list per group and day reads the (groupId, date) index.
CREATE TABLE "Presence" (
    "id" UUID NOT NULL,
    "childId" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "checkedInAt" TIMESTAMP(3) NOT NULL,
    "checkedInById" UUID NOT NULL,
    "checkedOutAt" TIMESTAMP(3),
    "checkedOutById" UUID,
    "pickedUpByContactId" UUID,
    "pickedUpByUserId" UUID,
    "pickedUpByName" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Presence_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "Presence_groupId_date_idx" ON "Presence"("groupId", "date");

CREATE UNIQUE INDEX "Presence_childId_date_key" ON "Presence"("childId", "date");

ALTER TABLE "Presence" ADD CONSTRAINT "Presence_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "Presence" ADD CONSTRAINT "Presence_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
