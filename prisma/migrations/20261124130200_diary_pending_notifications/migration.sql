-- Notifications held back by quiet hours or the daily digest (lib/notifications).
CREATE TABLE "PendingNotification" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "link" TEXT NOT NULL,
    "deliverAfter" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PendingNotification_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "PendingNotification_deliverAfter_idx" ON "PendingNotification"("deliverAfter");

CREATE INDEX "PendingNotification_userId_idx" ON "PendingNotification"("userId");
