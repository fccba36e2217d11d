-- CreateTable
CREATE TABLE "ActiveRun" (
    "key" TEXT NOT NULL,
    "executionId" INTEGER NOT NULL,
    "takenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActiveRun_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "ActiveRun_executionId_key" ON "ActiveRun"("executionId");

-- AddForeignKey
ALTER TABLE "ActiveRun" ADD CONSTRAINT "ActiveRun_executionId_fkey" FOREIGN KEY ("executionId") REFERENCES "Execution"("id") ON DELETE CASCADE ON UPDATE CASCADE;
