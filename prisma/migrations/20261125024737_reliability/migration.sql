-- AlterEnum
ALTER TYPE "ExecutionStatus" ADD VALUE 'INTERRUPTED';

-- AlterTable
ALTER TABLE "Schedule" ADD COLUMN     "failingSince" TIMESTAMP(3),
ADD COLUMN     "failureMailAt" TIMESTAMP(3),
ADD COLUMN     "failuresSinceMail" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "DistributionEntry_executionId_idx" ON "DistributionEntry"("executionId");

-- CreateIndex
CREATE INDEX "Execution_endedAt_idx" ON "Execution"("endedAt");

-- CreateIndex
CREATE INDEX "TicketTransaction_executionId_idx" ON "TicketTransaction"("executionId");
