-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "holderEmail" TEXT;
