-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'OPERATOR', 'VIEWER');

-- CreateEnum
CREATE TYPE "ProductKind" AS ENUM ('EVENT', 'MATCH', 'OPEN_PASS', 'SERVICE', 'MEMBERSHIP_CARD', 'SEASON_CARD');

-- CreateEnum
CREATE TYPE "ContactKind" AS ENUM ('INDIVIDUAL', 'RELAY');

-- CreateEnum
CREATE TYPE "ContactOrigin" AS ENUM ('BACKOFFICE', 'TIXNGO_DISTRIBUTION');

-- CreateEnum
CREATE TYPE "TicketStatus" AS ENUM ('NOT_PRINTED', 'PRINTED', 'CONTROLLED', 'INVALIDATED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "InvalidationReason" AS ENUM ('CANCELLED', 'INVALIDATED', 'REPRINT', 'RESALE');

-- CreateEnum
CREATE TYPE "TixngoStatus" AS ENUM ('INJECTED', 'DOWNLOADED', 'ASSIGNED', 'PENDING_TRANSFER', 'FAILURE_TRANSFER', 'TRANSFERRED', 'BT_ACTIVATED', 'MANUAL_ACTIVATED', 'OFFLINE_ACTIVATED', 'ONLINE_ACTIVATED', 'ACTIVATED', 'DEACTIVATED', 'CONTROLLED', 'DELETION_PENDING', 'DELETED', 'DEFAULT', 'INVALID', 'PENDING', 'FAILURE');

-- CreateEnum
CREATE TYPE "DistributionAction" AS ENUM ('DISTRIBUTE');

-- CreateEnum
CREATE TYPE "DistributionStatus" AS ENUM ('PENDING', 'CONFIRMED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "InterfaceType" AS ENUM ('TIXNGO', 'TIXNGO_WITH_TEMPLATE');

-- CreateEnum
CREATE TYPE "ScheduleFunction" AS ENUM ('TICKET_INJECTION', 'RETRIEVE_TICKET_STATUS', 'PUSH_CANCELLED_TICKETS', 'PUSH_CONTROLLED_TICKETS', 'INJECT_DIGITAL_PRIVILEGES');

-- CreateEnum
CREATE TYPE "LaunchMode" AS ENUM ('MANUAL', 'AUTOMATIC');

-- CreateEnum
CREATE TYPE "ExecutionStatus" AS ENUM ('QUEUED', 'RUNNING', 'OK', 'WARNING', 'ERROR', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ExecutionTrigger" AS ENUM ('MANUAL', 'AUTOMATIC');

-- CreateEnum
CREATE TYPE "ItemOutcome" AS ENUM ('SENT', 'ACCEPTED', 'REJECTED', 'SKIPPED', 'UPDATED', 'FAILED', 'SIMULATED');

-- CreateEnum
CREATE TYPE "LogLevel" AS ENUM ('DEBUG', 'INFO', 'WARN', 'ERROR');

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'EUR',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "lastSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Site" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "line1" TEXT,
    "line2" TEXT,
    "line3" TEXT,
    "zip" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,
    "website" TEXT,

    CONSTRAINT "Site_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Season" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,

    CONSTRAINT "Season_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "seasonId" TEXT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ProductKind" NOT NULL,
    "family" TEXT NOT NULL,
    "validFrom" TIMESTAMP(3),
    "validTo" TIMESTAMP(3),
    "tixngoDefinitionSyncedAt" TIMESTAMP(3),

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Performance" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "siteId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3),
    "tixngoEventSyncedAt" TIMESTAMP(3),

    CONSTRAINT "Performance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tariff" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Tariff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SeatCategory" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "SeatCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SalesChannel" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "SalesChannel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PointOfSale" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "salesChannelId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "PointOfSale_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contact" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "kind" "ContactKind" NOT NULL DEFAULT 'INDIVIDUAL',
    "temporary" BOOLEAN NOT NULL DEFAULT false,
    "hasInternetAccount" BOOLEAN NOT NULL DEFAULT false,
    "origin" "ContactOrigin" NOT NULL DEFAULT 'BACKOFFICE',
    "title" TEXT,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "birthDate" DATE,
    "email" TEXT,
    "nationality" TEXT,
    "idNumber" TEXT,
    "mobilePhone" TEXT,
    "countryCode" TEXT,
    "language" TEXT,
    "consentInstitutionEmail" BOOLEAN,
    "consentThirdPartyEmail" BOOLEAN,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "File" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "purchaserId" TEXT NOT NULL,
    "salesChannelId" TEXT NOT NULL,
    "pointOfSaleId" TEXT,
    "purchasedAt" TIMESTAMP(3) NOT NULL,
    "currency" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "File_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket" (
    "id" SERIAL NOT NULL,
    "organizationId" TEXT NOT NULL,
    "taxNumber" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "performanceId" TEXT,
    "tariffId" TEXT,
    "seatCategoryId" TEXT,
    "culturalContactId" TEXT,
    "barcode" TEXT NOT NULL,
    "priceCents" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "gate" TEXT,
    "block" TEXT,
    "row" TEXT,
    "seat" TEXT,
    "status" "TicketStatus" NOT NULL DEFAULT 'NOT_PRINTED',
    "statusChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "invalidationReason" "InvalidationReason",
    "controlledAt" TIMESTAMP(3),
    "holderFirstName" TEXT,
    "holderLastName" TEXT,
    "holderBirthDate" DATE,
    "holderIdNumber" TEXT,
    "holderCountryCode" TEXT,
    "holderBirthRegion" TEXT,
    "holderBirthPlace" TEXT,
    "printedAt" TIMESTAMP(3),
    "printedById" TEXT,
    "injectedByScheduleId" TEXT,
    "pushedInvalidationReason" "InvalidationReason",
    "pushedInvalidationAt" TIMESTAMP(3),
    "pushedInvalidationScheduleId" TEXT,
    "pushedControlAt" TIMESTAMP(3),
    "pushedControlScheduleId" TEXT,
    "tixngoStatus" "TixngoStatus",
    "tixngoStatusChangedAt" TIMESTAMP(3),
    "tixngoActivationMethod" TEXT,
    "tixngoOwner" JSONB,
    "tixngoOwnerEmail" TEXT,
    "tixngoHolder" JSONB,
    "tixngoLastSequence" BIGINT,
    "tixngoLastSyncAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Ticket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TicketTransaction" (
    "id" BIGSERIAL NOT NULL,
    "ticketId" INTEGER NOT NULL,
    "sequence" BIGINT NOT NULL,
    "status" "TixngoStatus" NOT NULL,
    "statusChangedAt" TIMESTAMP(3) NOT NULL,
    "actor" TEXT NOT NULL,
    "activationMethod" TEXT,
    "owner" JSONB,
    "holder" JSONB,
    "previousOwner" JSONB,
    "transfer" JSONB,
    "executionId" INTEGER,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TicketTransaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DistributionEntry" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "ticketId" INTEGER NOT NULL,
    "action" "DistributionAction" NOT NULL DEFAULT 'DISTRIBUTE',
    "status" "DistributionStatus" NOT NULL,
    "oldContactId" TEXT NOT NULL,
    "newContactId" TEXT NOT NULL,
    "transferKey" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "executionId" INTEGER,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DistributionEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Interface" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "InterfaceType" NOT NULL,
    "apiUrl" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "apiKeyCipher" TEXT NOT NULL,
    "apiKeyHint" TEXT NOT NULL,
    "failureEmails" TEXT[],
    "customParameters" JSONB NOT NULL DEFAULT '[]',
    "ticketTemplate" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Interface_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Schedule" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "interfaceId" TEXT NOT NULL,
    "function" "ScheduleFunction" NOT NULL,
    "name" TEXT NOT NULL,
    "launchMode" "LaunchMode" NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "frequencyMinutes" INTEGER,
    "cron" TEXT,
    "startAt" TIMESTAMP(3),
    "endAt" TIMESTAMP(3),
    "nextRunAt" TIMESTAMP(3),
    "settings" JSONB NOT NULL DEFAULT '{}',
    "paginationKey" TEXT,
    "notifyOnWarning" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Schedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScheduleUpload" (
    "id" TEXT NOT NULL,
    "scheduleId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScheduleUpload_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Execution" (
    "id" SERIAL NOT NULL,
    "organizationId" TEXT NOT NULL,
    "scheduleId" TEXT NOT NULL,
    "function" "ScheduleFunction" NOT NULL,
    "trigger" "ExecutionTrigger" NOT NULL,
    "triggeredById" TEXT,
    "status" "ExecutionStatus" NOT NULL DEFAULT 'QUEUED',
    "simulation" BOOLEAN NOT NULL DEFAULT false,
    "jobId" TEXT,
    "queuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "heartbeatAt" TIMESTAMP(3),
    "cancelRequestedAt" TIMESTAMP(3),
    "totalCount" INTEGER,
    "readCount" INTEGER NOT NULL DEFAULT 0,
    "sentCount" INTEGER NOT NULL DEFAULT 0,
    "acceptedCount" INTEGER NOT NULL DEFAULT 0,
    "rejectedCount" INTEGER NOT NULL DEFAULT 0,
    "skippedCount" INTEGER NOT NULL DEFAULT 0,
    "message" TEXT,
    "paginationKeyBefore" TEXT,
    "paginationKeyAfter" TEXT,

    CONSTRAINT "Execution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExecutionItem" (
    "id" BIGSERIAL NOT NULL,
    "executionId" INTEGER NOT NULL,
    "ticketId" INTEGER,
    "taxNumber" TEXT NOT NULL,
    "outcome" "ItemOutcome" NOT NULL,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExecutionItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExecutionLog" (
    "id" BIGSERIAL NOT NULL,
    "executionId" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "level" "LogLevel" NOT NULL,
    "message" TEXT NOT NULL,
    "data" JSONB,

    CONSTRAINT "ExecutionLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "organizationId" TEXT NOT NULL,
    "userId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "changes" JSONB,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_code_key" ON "Organization"("code");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_organizationId_idx" ON "User"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Site_organizationId_code_key" ON "Site"("organizationId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Season_organizationId_code_key" ON "Season"("organizationId", "code");

-- CreateIndex
CREATE INDEX "Product_organizationId_kind_idx" ON "Product"("organizationId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Product_organizationId_code_key" ON "Product"("organizationId", "code");

-- CreateIndex
CREATE INDEX "Performance_productId_idx" ON "Performance"("productId");

-- CreateIndex
CREATE UNIQUE INDEX "Performance_organizationId_code_key" ON "Performance"("organizationId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Tariff_organizationId_code_key" ON "Tariff"("organizationId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "SeatCategory_organizationId_code_key" ON "SeatCategory"("organizationId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "SalesChannel_organizationId_code_key" ON "SalesChannel"("organizationId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "PointOfSale_organizationId_code_key" ON "PointOfSale"("organizationId", "code");

-- CreateIndex
CREATE INDEX "Contact_organizationId_email_idx" ON "Contact"("organizationId", "email");

-- CreateIndex
CREATE INDEX "Contact_organizationId_lastName_id_idx" ON "Contact"("organizationId", "lastName", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Contact_organizationId_number_key" ON "Contact"("organizationId", "number");

-- CreateIndex
CREATE INDEX "File_purchaserId_idx" ON "File"("purchaserId");

-- CreateIndex
CREATE UNIQUE INDEX "File_organizationId_number_key" ON "File"("organizationId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_taxNumber_key" ON "Ticket"("taxNumber");

-- CreateIndex
CREATE INDEX "Ticket_organizationId_id_idx" ON "Ticket"("organizationId", "id");

-- CreateIndex
CREATE INDEX "Ticket_organizationId_status_id_idx" ON "Ticket"("organizationId", "status", "id");

-- CreateIndex
CREATE INDEX "Ticket_organizationId_status_statusChangedAt_idx" ON "Ticket"("organizationId", "status", "statusChangedAt");

-- CreateIndex
CREATE INDEX "Ticket_organizationId_tixngoStatus_id_idx" ON "Ticket"("organizationId", "tixngoStatus", "id");

-- CreateIndex
CREATE INDEX "Ticket_organizationId_tixngoOwnerEmail_idx" ON "Ticket"("organizationId", "tixngoOwnerEmail");

-- CreateIndex
CREATE INDEX "Ticket_fileId_idx" ON "Ticket"("fileId");

-- CreateIndex
CREATE INDEX "Ticket_culturalContactId_idx" ON "Ticket"("culturalContactId");

-- CreateIndex
CREATE INDEX "Ticket_performanceId_idx" ON "Ticket"("performanceId");

-- CreateIndex
CREATE INDEX "TicketTransaction_ticketId_statusChangedAt_idx" ON "TicketTransaction"("ticketId", "statusChangedAt");

-- CreateIndex
CREATE UNIQUE INDEX "TicketTransaction_ticketId_sequence_key" ON "TicketTransaction"("ticketId", "sequence");

-- CreateIndex
CREATE INDEX "DistributionEntry_ticketId_occurredAt_idx" ON "DistributionEntry"("ticketId", "occurredAt");

-- CreateIndex
CREATE INDEX "DistributionEntry_organizationId_occurredAt_idx" ON "DistributionEntry"("organizationId", "occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "DistributionEntry_ticketId_transferKey_key" ON "DistributionEntry"("ticketId", "transferKey");

-- CreateIndex
CREATE UNIQUE INDEX "Interface_organizationId_key" ON "Interface"("organizationId");

-- CreateIndex
CREATE INDEX "Schedule_organizationId_function_idx" ON "Schedule"("organizationId", "function");

-- CreateIndex
CREATE INDEX "Schedule_launchMode_enabled_nextRunAt_idx" ON "Schedule"("launchMode", "enabled", "nextRunAt");

-- CreateIndex
CREATE UNIQUE INDEX "Schedule_organizationId_name_key" ON "Schedule"("organizationId", "name");

-- CreateIndex
CREATE INDEX "ScheduleUpload_scheduleId_uploadedAt_idx" ON "ScheduleUpload"("scheduleId", "uploadedAt");

-- CreateIndex
CREATE INDEX "Execution_organizationId_id_idx" ON "Execution"("organizationId", "id");

-- CreateIndex
CREATE INDEX "Execution_scheduleId_status_endedAt_idx" ON "Execution"("scheduleId", "status", "endedAt");

-- CreateIndex
CREATE INDEX "Execution_status_function_idx" ON "Execution"("status", "function");

-- CreateIndex
CREATE INDEX "ExecutionItem_executionId_id_idx" ON "ExecutionItem"("executionId", "id");

-- CreateIndex
CREATE INDEX "ExecutionItem_ticketId_idx" ON "ExecutionItem"("ticketId");

-- CreateIndex
CREATE INDEX "ExecutionLog_executionId_id_idx" ON "ExecutionLog"("executionId", "id");

-- CreateIndex
CREATE INDEX "AuditLog_organizationId_at_idx" ON "AuditLog"("organizationId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Site" ADD CONSTRAINT "Site_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Season" ADD CONSTRAINT "Season_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_seasonId_fkey" FOREIGN KEY ("seasonId") REFERENCES "Season"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Performance" ADD CONSTRAINT "Performance_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Performance" ADD CONSTRAINT "Performance_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Performance" ADD CONSTRAINT "Performance_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tariff" ADD CONSTRAINT "Tariff_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeatCategory" ADD CONSTRAINT "SeatCategory_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SalesChannel" ADD CONSTRAINT "SalesChannel_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointOfSale" ADD CONSTRAINT "PointOfSale_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointOfSale" ADD CONSTRAINT "PointOfSale_salesChannelId_fkey" FOREIGN KEY ("salesChannelId") REFERENCES "SalesChannel"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "File" ADD CONSTRAINT "File_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "File" ADD CONSTRAINT "File_purchaserId_fkey" FOREIGN KEY ("purchaserId") REFERENCES "Contact"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "File" ADD CONSTRAINT "File_salesChannelId_fkey" FOREIGN KEY ("salesChannelId") REFERENCES "SalesChannel"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "File" ADD CONSTRAINT "File_pointOfSaleId_fkey" FOREIGN KEY ("pointOfSaleId") REFERENCES "PointOfSale"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "File"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_performanceId_fkey" FOREIGN KEY ("performanceId") REFERENCES "Performance"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_tariffId_fkey" FOREIGN KEY ("tariffId") REFERENCES "Tariff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_seatCategoryId_fkey" FOREIGN KEY ("seatCategoryId") REFERENCES "SeatCategory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_culturalContactId_fkey" FOREIGN KEY ("culturalContactId") REFERENCES "Contact"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_printedById_fkey" FOREIGN KEY ("printedById") REFERENCES "PointOfSale"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TicketTransaction" ADD CONSTRAINT "TicketTransaction_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TicketTransaction" ADD CONSTRAINT "TicketTransaction_executionId_fkey" FOREIGN KEY ("executionId") REFERENCES "Execution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DistributionEntry" ADD CONSTRAINT "DistributionEntry_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DistributionEntry" ADD CONSTRAINT "DistributionEntry_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DistributionEntry" ADD CONSTRAINT "DistributionEntry_oldContactId_fkey" FOREIGN KEY ("oldContactId") REFERENCES "Contact"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DistributionEntry" ADD CONSTRAINT "DistributionEntry_newContactId_fkey" FOREIGN KEY ("newContactId") REFERENCES "Contact"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DistributionEntry" ADD CONSTRAINT "DistributionEntry_executionId_fkey" FOREIGN KEY ("executionId") REFERENCES "Execution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interface" ADD CONSTRAINT "Interface_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Schedule" ADD CONSTRAINT "Schedule_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Schedule" ADD CONSTRAINT "Schedule_interfaceId_fkey" FOREIGN KEY ("interfaceId") REFERENCES "Interface"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Schedule" ADD CONSTRAINT "Schedule_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScheduleUpload" ADD CONSTRAINT "ScheduleUpload_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "Schedule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Execution" ADD CONSTRAINT "Execution_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Execution" ADD CONSTRAINT "Execution_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "Schedule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Execution" ADD CONSTRAINT "Execution_triggeredById_fkey" FOREIGN KEY ("triggeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExecutionItem" ADD CONSTRAINT "ExecutionItem_executionId_fkey" FOREIGN KEY ("executionId") REFERENCES "Execution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExecutionItem" ADD CONSTRAINT "ExecutionItem_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExecutionLog" ADD CONSTRAINT "ExecutionLog_executionId_fkey" FOREIGN KEY ("executionId") REFERENCES "Execution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
