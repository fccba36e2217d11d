-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "injectionSkippedAt" TIMESTAMP(3);
