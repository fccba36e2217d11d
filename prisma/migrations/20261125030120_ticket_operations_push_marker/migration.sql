-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "pushPending" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "pushRejectedAt" TIMESTAMP(3),
ADD COLUMN     "replacedById" INTEGER,
ADD COLUMN     "stateVersion" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "statusChangedById" TEXT,
ADD COLUMN     "statusNote" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_replacedById_key" ON "Ticket"("replacedById");

-- CreateIndex
CREATE INDEX "Ticket_organizationId_pushPending_status_id_idx" ON "Ticket"("organizationId", "pushPending", "status", "id");

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_replacedById_fkey" FOREIGN KEY ("replacedById") REFERENCES "Ticket"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Backfill the push marker: a state that was never sent as it is now is pending.
UPDATE "Ticket" SET "pushPending" = true
WHERE ("status" IN ('CANCELLED', 'INVALIDATED') AND ("pushedInvalidationReason" IS NULL OR "pushedInvalidationReason" <> "invalidationReason"))
   OR ("status" = 'CONTROLLED' AND "pushedControlAt" IS NULL);
