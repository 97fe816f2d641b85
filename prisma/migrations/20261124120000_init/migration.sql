-- Initial schema (drafted with scripts/schema-sql.ts, reviewed by hand).

CREATE TYPE "Role" AS ENUM ('PARENT', 'STAFF', 'MANAGER', 'BEHEERDER');

CREATE TYPE "UserStatus" AS ENUM ('INVITED', 'ACTIVE', 'DEACTIVATED');

CREATE TYPE "CareType" AS ENUM ('KDV', 'BSO');

CREATE TYPE "Dagdeel" AS ENUM ('OCHTEND', 'MIDDAG', 'NASCHOOLS');

CREATE TYPE "TokenKind" AS ENUM ('INVITE', 'RESET');

CREATE TYPE "AbsenceReason" AS ENUM ('ZIEK', 'VAKANTIE', 'OVERIG');

CREATE TYPE "RequestType" AS ENUM ('EXTRA', 'TEGOED', 'VACATION', 'SWAP');

CREATE TYPE "RequestStatus" AS ENUM ('REQUESTED', 'APPROVED', 'DECLINED', 'CANCELLED');

CREATE TYPE "Payment" AS ENUM ('INVOICE', 'TEGOED', 'ROEFJES');

CREATE TYPE "CreditKind" AS ENUM ('TEGOED', 'ROEFJES');

CREATE TYPE "LedgerEntryType" AS ENUM ('EARNED', 'GRANTED', 'SPENT', 'REFUNDED', 'EXPIRED', 'ADJUSTED');

CREATE TYPE "ThreadKind" AS ENUM ('GROUP', 'MANAGER', 'BROADCAST');

CREATE TYPE "DiaryAuthorRole" AS ENUM ('STAFF', 'PARENT');

CREATE TYPE "DocumentCategory" AS ENUM ('FACTUUR', 'JAAROPGAVE', 'CONTRACT', 'OVERIG');

CREATE TYPE "ChangeRequestStatus" AS ENUM ('OPEN', 'HANDLED', 'DECLINED');

CREATE TYPE "EmailMode" AS ENUM ('IMMEDIATE', 'DIGEST', 'OFF');

CREATE TABLE "Organisation" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "infoEmail" TEXT NOT NULL,
    "absenceDeadlineMinutes" INTEGER NOT NULL DEFAULT 540,
    "tegoedValidityDays" INTEGER NOT NULL DEFAULT 365,
    "requestLeadDays" INTEGER NOT NULL DEFAULT 1,
    "requestCancelHours" INTEGER NOT NULL DEFAULT 48,
    "vacationGuaranteeMonths" INTEGER NOT NULL DEFAULT 1,
    "swapEnabled" BOOLEAN NOT NULL DEFAULT true,
    "swapValidityDays" INTEGER NOT NULL DEFAULT 90,
    "photoRetentionDays" INTEGER NOT NULL DEFAULT 92,
    "dataRetentionDays" INTEGER NOT NULL DEFAULT 730,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Location" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "lrkNumber" TEXT NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Location_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "DagdeelDefinition" (
    "id" UUID NOT NULL,
    "locationId" UUID NOT NULL,
    "dagdeel" "Dagdeel" NOT NULL,
    "startMinutes" INTEGER NOT NULL,
    "endMinutes" INTEGER NOT NULL,
    CONSTRAINT "DagdeelDefinition_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Group" (
    "id" UUID NOT NULL,
    "locationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "careType" "CareType" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Group_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "GroupCapacity" (
    "id" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "dagdeel" "Dagdeel" NOT NULL,
    "capacity" INTEGER NOT NULL,
    CONSTRAINT "GroupCapacity_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Family" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "debiteurnummer" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Family_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "status" "UserStatus" NOT NULL DEFAULT 'INVITED',
    "loginName" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT NOT NULL DEFAULT '',
    "passwordHash" TEXT,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "locale" TEXT NOT NULL DEFAULT 'nl',
    "familyId" UUID,
    "emailMode" "EmailMode" NOT NULL DEFAULT 'IMMEDIATE',
    "quietStartMinutes" INTEGER,
    "quietEndMinutes" INTEGER,
    "notifyMessages" BOOLEAN NOT NULL DEFAULT true,
    "notifyDiary" BOOLEAN NOT NULL DEFAULT true,
    "notifyRequests" BOOLEAN NOT NULL DEFAULT true,
    "notifyNews" BOOLEAN NOT NULL DEFAULT true,
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "AuthToken" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" "TokenKind" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuthToken_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "rate_limit" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,
    CONSTRAINT "rate_limit_pkey" PRIMARY KEY ("key")
);

CREATE TABLE "StaffMembership" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    CONSTRAINT "StaffMembership_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ManagerLocation" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "locationId" UUID NOT NULL,
    CONSTRAINT "ManagerLocation_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Child" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "consentPhotograph" BOOLEAN NOT NULL DEFAULT false,
    "consentShareGroup" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Child_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Placement" (
    "id" UUID NOT NULL,
    "childId" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    CONSTRAINT "Placement_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Contract" (
    "id" UUID NOT NULL,
    "childId" UUID NOT NULL,
    "careType" "CareType" NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "vacationMinutesPerYear" INTEGER NOT NULL DEFAULT 0,
    "hourlyRateCents" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Contract_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ContractDay" (
    "id" UUID NOT NULL,
    "contractId" UUID NOT NULL,
    "weekday" INTEGER NOT NULL,
    "dagdeel" "Dagdeel" NOT NULL,
    CONSTRAINT "ContractDay_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "PhotoConsent" (
    "id" UUID NOT NULL,
    "childId" UUID NOT NULL,
    "mayPhotograph" BOOLEAN NOT NULL,
    "shareWithGroup" BOOLEAN NOT NULL,
    "recordedById" UUID NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PhotoConsent_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Photo" (
    "id" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "takenOn" DATE NOT NULL,
    "takenAt" TIMESTAMP(3) NOT NULL,
    "caption" TEXT NOT NULL DEFAULT '',
    "uploadedById" UUID NOT NULL,
    "noChildren" BOOLEAN NOT NULL DEFAULT false,
    "contentHash" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "thumbKey" TEXT NOT NULL,
    "displayKey" TEXT NOT NULL,
    "downloadKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Photo_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "PhotoTag" (
    "photoId" UUID NOT NULL,
    "childId" UUID NOT NULL,
    CONSTRAINT "PhotoTag_pkey" PRIMARY KEY ("photoId", "childId")
);

CREATE TABLE "DiaryEntry" (
    "id" UUID NOT NULL,
    "childId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "authorId" UUID NOT NULL,
    "authorRole" "DiaryAuthorRole" NOT NULL,
    "body" TEXT NOT NULL,
    "items" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "DiaryEntry_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "DiaryEntryPhoto" (
    "entryId" UUID NOT NULL,
    "photoId" UUID NOT NULL,
    CONSTRAINT "DiaryEntryPhoto_pkey" PRIMARY KEY ("entryId", "photoId")
);

CREATE TABLE "Thread" (
    "id" UUID NOT NULL,
    "kind" "ThreadKind" NOT NULL,
    "familyId" UUID,
    "groupId" UUID,
    "locationId" UUID,
    "replyToId" UUID,
    "subject" TEXT NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastMessageAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Thread_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Message" (
    "id" UUID NOT NULL,
    "threadId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Attachment" (
    "id" UUID NOT NULL,
    "messageId" UUID NOT NULL,
    "storageKey" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "filename" TEXT NOT NULL,
    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ThreadRead" (
    "threadId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "lastReadAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "ThreadRead_pkey" PRIMARY KEY ("threadId", "userId")
);

CREATE TABLE "SchoolVacation" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    CONSTRAINT "SchoolVacation_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ClosedDay" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "name" TEXT NOT NULL,
    CONSTRAINT "ClosedDay_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Absence" (
    "id" UUID NOT NULL,
    "childId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "dagdeel" "Dagdeel" NOT NULL,
    "reason" "AbsenceReason" NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "reportedById" UUID NOT NULL,
    "reportedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" TIMESTAMP(3),
    "earnedMinutes" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Absence_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "CareRequest" (
    "id" UUID NOT NULL,
    "batchId" UUID NOT NULL,
    "childId" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "type" "RequestType" NOT NULL,
    "date" DATE NOT NULL,
    "dagdeel" "Dagdeel" NOT NULL,
    "payment" "Payment" NOT NULL,
    "costMinutes" INTEGER NOT NULL,
    "status" "RequestStatus" NOT NULL DEFAULT 'REQUESTED',
    "guaranteed" BOOLEAN NOT NULL DEFAULT false,
    "swapFromDate" DATE,
    "swapFromDagdeel" "Dagdeel",
    "expiresAt" TIMESTAMP(3),
    "comment" TEXT NOT NULL DEFAULT '',
    "decisionReason" TEXT NOT NULL DEFAULT '',
    "requestedById" UUID NOT NULL,
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CareRequest_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "CreditEntry" (
    "id" UUID NOT NULL,
    "childId" UUID NOT NULL,
    "kind" "CreditKind" NOT NULL,
    "type" "LedgerEntryType" NOT NULL,
    "minutes" INTEGER NOT NULL,
    "lotId" UUID,
    "validFrom" DATE NOT NULL,
    "expiresOn" DATE NOT NULL,
    "careRequestId" UUID,
    "absenceId" UUID,
    "note" TEXT NOT NULL DEFAULT '',
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CreditEntry_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ContractChangeRequest" (
    "id" UUID NOT NULL,
    "childId" UUID NOT NULL,
    "requestedById" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "details" TEXT NOT NULL DEFAULT '',
    "effectiveDate" DATE NOT NULL,
    "endDate" DATE,
    "comment" TEXT NOT NULL DEFAULT '',
    "status" "ChangeRequestStatus" NOT NULL DEFAULT 'OPEN',
    "handledById" UUID,
    "handledAt" TIMESTAMP(3),
    "handlerNote" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ContractChangeRequest_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "NewsItem" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "locationId" UUID,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "attachmentKey" TEXT,
    "attachmentMime" TEXT,
    "authorId" UUID NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "NewsItem_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "NewsRead" (
    "newsId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "readAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "NewsRead_pkey" PRIMARY KEY ("newsId", "userId")
);

CREATE TABLE "FamilyDocument" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "category" "DocumentCategory" NOT NULL,
    "storageKey" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "uploadedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FamilyDocument_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ContactPerson" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "childId" UUID,
    "name" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "relation" TEXT NOT NULL DEFAULT '',
    "isEmergency" BOOLEAN NOT NULL DEFAULT false,
    "mayPickUp" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "ContactPerson_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "PushSubscription" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "endpoint" TEXT NOT NULL,
    "p256dh" TEXT NOT NULL,
    "auth" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PushSubscription_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "organisationId" UUID,
    "actorId" UUID,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL DEFAULT '',
    "entityId" TEXT NOT NULL DEFAULT '',
    "childId" UUID,
    "familyId" UUID,
    "ip" TEXT NOT NULL DEFAULT '',
    "meta" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "OutboxMail" (
    "id" UUID NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "error" TEXT,
    CONSTRAINT "OutboxMail_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

CREATE INDEX "Location_organisationId_idx" ON "Location"("organisationId");

CREATE UNIQUE INDEX "DagdeelDefinition_locationId_dagdeel_key" ON "DagdeelDefinition"("locationId", "dagdeel");

CREATE INDEX "Group_locationId_idx" ON "Group"("locationId");

CREATE UNIQUE INDEX "GroupCapacity_groupId_dagdeel_key" ON "GroupCapacity"("groupId", "dagdeel");

CREATE UNIQUE INDEX "Family_debiteurnummer_key" ON "Family"("debiteurnummer");

CREATE INDEX "Family_organisationId_idx" ON "Family"("organisationId");

CREATE UNIQUE INDEX "User_loginName_key" ON "User"("loginName");

CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

CREATE INDEX "User_familyId_idx" ON "User"("familyId");

CREATE UNIQUE INDEX "AuthToken_tokenHash_key" ON "AuthToken"("tokenHash");

CREATE INDEX "AuthToken_userId_idx" ON "AuthToken"("userId");

CREATE INDEX "StaffMembership_groupId_idx" ON "StaffMembership"("groupId");

CREATE UNIQUE INDEX "StaffMembership_userId_groupId_key" ON "StaffMembership"("userId", "groupId");

CREATE INDEX "ManagerLocation_locationId_idx" ON "ManagerLocation"("locationId");

CREATE UNIQUE INDEX "ManagerLocation_userId_locationId_key" ON "ManagerLocation"("userId", "locationId");

CREATE INDEX "Child_familyId_idx" ON "Child"("familyId");

CREATE INDEX "Placement_childId_idx" ON "Placement"("childId");

CREATE INDEX "Placement_groupId_startDate_idx" ON "Placement"("groupId", "startDate");

CREATE INDEX "Contract_childId_idx" ON "Contract"("childId");

CREATE UNIQUE INDEX "ContractDay_contractId_weekday_dagdeel_key" ON "ContractDay"("contractId", "weekday", "dagdeel");

CREATE INDEX "PhotoConsent_childId_recordedAt_idx" ON "PhotoConsent"("childId", "recordedAt");

CREATE INDEX "Photo_groupId_takenAt_id_idx" ON "Photo"("groupId", "takenAt" DESC, "id");

CREATE INDEX "PhotoTag_childId_idx" ON "PhotoTag"("childId");

CREATE INDEX "DiaryEntry_childId_date_idx" ON "DiaryEntry"("childId", "date" DESC);

CREATE INDEX "Thread_familyId_lastMessageAt_idx" ON "Thread"("familyId", "lastMessageAt" DESC);

CREATE INDEX "Thread_groupId_lastMessageAt_idx" ON "Thread"("groupId", "lastMessageAt" DESC);

CREATE INDEX "Thread_locationId_lastMessageAt_idx" ON "Thread"("locationId", "lastMessageAt" DESC);

CREATE INDEX "Message_threadId_createdAt_idx" ON "Message"("threadId", "createdAt");

CREATE INDEX "Attachment_messageId_idx" ON "Attachment"("messageId");

CREATE INDEX "ThreadRead_userId_idx" ON "ThreadRead"("userId");

CREATE INDEX "SchoolVacation_organisationId_startDate_idx" ON "SchoolVacation"("organisationId", "startDate");

CREATE UNIQUE INDEX "ClosedDay_organisationId_date_key" ON "ClosedDay"("organisationId", "date");

CREATE INDEX "Absence_childId_date_idx" ON "Absence"("childId", "date");

CREATE INDEX "CareRequest_childId_date_idx" ON "CareRequest"("childId", "date");

CREATE INDEX "CareRequest_groupId_date_dagdeel_idx" ON "CareRequest"("groupId", "date", "dagdeel");

CREATE INDEX "CareRequest_status_createdAt_idx" ON "CareRequest"("status", "createdAt");

CREATE INDEX "CreditEntry_childId_kind_expiresOn_idx" ON "CreditEntry"("childId", "kind", "expiresOn");

CREATE INDEX "CreditEntry_lotId_idx" ON "CreditEntry"("lotId");

CREATE INDEX "ContractChangeRequest_childId_idx" ON "ContractChangeRequest"("childId");

CREATE INDEX "ContractChangeRequest_status_createdAt_idx" ON "ContractChangeRequest"("status", "createdAt");

CREATE INDEX "NewsItem_organisationId_publishedAt_idx" ON "NewsItem"("organisationId", "publishedAt" DESC);

CREATE INDEX "FamilyDocument_familyId_createdAt_idx" ON "FamilyDocument"("familyId", "createdAt" DESC);

CREATE INDEX "ContactPerson_familyId_idx" ON "ContactPerson"("familyId");

CREATE UNIQUE INDEX "PushSubscription_endpoint_key" ON "PushSubscription"("endpoint");

CREATE INDEX "PushSubscription_userId_idx" ON "PushSubscription"("userId");

CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt" DESC);

CREATE INDEX "AuditEvent_actorId_createdAt_idx" ON "AuditEvent"("actorId", "createdAt");

CREATE INDEX "AuditEvent_childId_createdAt_idx" ON "AuditEvent"("childId", "createdAt");

CREATE INDEX "AuditEvent_action_createdAt_idx" ON "AuditEvent"("action", "createdAt");

CREATE INDEX "OutboxMail_createdAt_idx" ON "OutboxMail"("createdAt" DESC);

ALTER TABLE "Location" ADD CONSTRAINT "Location_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "DagdeelDefinition" ADD CONSTRAINT "DagdeelDefinition_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "Group" ADD CONSTRAINT "Group_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "GroupCapacity" ADD CONSTRAINT "GroupCapacity_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "Family" ADD CONSTRAINT "Family_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "User" ADD CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "User" ADD CONSTRAINT "User_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "AuthToken" ADD CONSTRAINT "AuthToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "StaffMembership" ADD CONSTRAINT "StaffMembership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "StaffMembership" ADD CONSTRAINT "StaffMembership_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "ManagerLocation" ADD CONSTRAINT "ManagerLocation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "ManagerLocation" ADD CONSTRAINT "ManagerLocation_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "Child" ADD CONSTRAINT "Child_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "Placement" ADD CONSTRAINT "Placement_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "Placement" ADD CONSTRAINT "Placement_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "Contract" ADD CONSTRAINT "Contract_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "ContractDay" ADD CONSTRAINT "ContractDay_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "PhotoConsent" ADD CONSTRAINT "PhotoConsent_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "Photo" ADD CONSTRAINT "Photo_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "PhotoTag" ADD CONSTRAINT "PhotoTag_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "Photo"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "PhotoTag" ADD CONSTRAINT "PhotoTag_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "DiaryEntry" ADD CONSTRAINT "DiaryEntry_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "DiaryEntryPhoto" ADD CONSTRAINT "DiaryEntryPhoto_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "DiaryEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "DiaryEntryPhoto" ADD CONSTRAINT "DiaryEntryPhoto_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "Photo"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "Thread" ADD CONSTRAINT "Thread_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "Thread" ADD CONSTRAINT "Thread_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "Thread" ADD CONSTRAINT "Thread_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "Message" ADD CONSTRAINT "Message_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "Thread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "ThreadRead" ADD CONSTRAINT "ThreadRead_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "Thread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "SchoolVacation" ADD CONSTRAINT "SchoolVacation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "ClosedDay" ADD CONSTRAINT "ClosedDay_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "Absence" ADD CONSTRAINT "Absence_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "CareRequest" ADD CONSTRAINT "CareRequest_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "CareRequest" ADD CONSTRAINT "CareRequest_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "CreditEntry" ADD CONSTRAINT "CreditEntry_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "ContractChangeRequest" ADD CONSTRAINT "ContractChangeRequest_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "NewsItem" ADD CONSTRAINT "NewsItem_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "NewsItem" ADD CONSTRAINT "NewsItem_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "NewsRead" ADD CONSTRAINT "NewsRead_newsId_fkey" FOREIGN KEY ("newsId") REFERENCES "NewsItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "FamilyDocument" ADD CONSTRAINT "FamilyDocument_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "ContactPerson" ADD CONSTRAINT "ContactPerson_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "ContactPerson" ADD CONSTRAINT "ContactPerson_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "PushSubscription" ADD CONSTRAINT "PushSubscription_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Partial unique indexes Prisma's schema language cannot express: one live absence per child, day and dagdeel,
-- and one open or approved request per child, day and dagdeel.
CREATE UNIQUE INDEX "Absence_live_key" ON "Absence"("childId", "date", "dagdeel") WHERE "withdrawnAt" IS NULL;
CREATE UNIQUE INDEX "CareRequest_live_key" ON "CareRequest"("childId", "date", "dagdeel") WHERE "status" IN ('REQUESTED', 'APPROVED');

-- The ledger is append-only: forbid UPDATE and DELETE of credit rows except when the whole child is erased
-- (retention), which runs with the session setting roef.allow_ledger_delete = 'on'.
CREATE FUNCTION "credit_entry_append_only"() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('roef.allow_ledger_delete', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'CreditEntry is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER "CreditEntry_append_only" BEFORE UPDATE OR DELETE ON "CreditEntry"
  FOR EACH ROW EXECUTE FUNCTION "credit_entry_append_only"();
