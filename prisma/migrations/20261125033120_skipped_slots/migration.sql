-- AlterEnum
ALTER TYPE "ExecutionStatus" ADD VALUE 'SKIPPED';

-- DropIndex
DROP INDEX "Execution_status_function_idx";

-- CreateIndex
CREATE INDEX "Execution_status_function_queuedAt_idx" ON "Execution"("status", "function", "queuedAt");
