-- Retention bookkeeping per child (issue 6): when the farewell notice (offer of the ZIP export) went out, and when the
-- photos the child is tagged in were removed. Both stay null while the child is in care.
-- AlterTable
ALTER TABLE "Child" ADD COLUMN     "farewellNoticeAt" TIMESTAMP(3),
ADD COLUMN     "photosRemovedAt" TIMESTAMP(3);
