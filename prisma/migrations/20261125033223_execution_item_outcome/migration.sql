-- CreateIndex
CREATE INDEX "ExecutionItem_executionId_outcome_id_idx" ON "ExecutionItem"("executionId", "outcome", "id");
