-- Trigram indexes below need pg_trgm (PGlite loads it; on PostgreSQL it ships with contrib and is trusted).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "AuditLog_organizationId_id_idx" ON "AuditLog"("organizationId", "id");

-- CreateIndex
CREATE INDEX "Contact_lastName_trgm_idx" ON "Contact" USING GIN ("lastName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Contact_firstName_trgm_idx" ON "Contact" USING GIN ("firstName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "DistributionEntry_oldContactId_occurredAt_idx" ON "DistributionEntry"("oldContactId", "occurredAt");

-- CreateIndex
CREATE INDEX "DistributionEntry_newContactId_occurredAt_idx" ON "DistributionEntry"("newContactId", "occurredAt");
