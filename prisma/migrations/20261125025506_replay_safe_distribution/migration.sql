-- AlterEnum
ALTER TYPE "ItemOutcome" ADD VALUE 'ALREADY_APPLIED';

-- AlterTable
ALTER TABLE "DistributionEntry" ADD COLUMN     "outcomeKey" TEXT,
ADD COLUMN     "resolvedBy" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "DistributionEntry_ticketId_outcomeKey_key" ON "DistributionEntry"("ticketId", "outcomeKey");
