// The organisation's swap settings, read by the swap form (queries.ts) and the swap request (mutations.ts).
import "server-only";
import { prisma } from "../db";

export type SwapSettings = { swapEnabled: boolean; swapValidityDays: number };

export const loadSwapSettings = (organisationId: string): Promise<SwapSettings> =>
  prisma.organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: { swapEnabled: true, swapValidityDays: true },
  });
