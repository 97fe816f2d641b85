// The parent's privacy page: retention periods and which children are in the farewell period (notice sent).
import "server-only";
import { prisma } from "../db";
import { assertRole, familyScope, type SessionUser } from "../authz";

export async function getPrivacyOverview(user: SessionUser) {
  assertRole(user, "PARENT");
  const [organisation, leaving] = await Promise.all([
    prisma.organisation.findUniqueOrThrow({
      where: { id: user.organisationId },
      select: { photoRetentionDays: true, dataRetentionDays: true },
    }),
    prisma.child.findMany({
      where: { family: familyScope(user), farewellNoticeAt: { not: null } },
      select: { id: true, firstName: true },
    }),
  ]);
  return { ...organisation, leaving };
}
