// Reads for the signed-out account pages (activation and password reset links).
import "server-only";
import type { TokenKind } from "../generated/prisma/enums";
import { prisma } from "../db";
import { findLiveToken } from "../auth/tokens";

/** Who a live invite or reset link belongs to (only what the page shows); null for any other token. */
export async function findTokenHolder(token: string, kind: TokenKind): Promise<{ loginName: string } | null> {
  const live = await findLiveToken(prisma, { token, kind });
  return live ? { loginName: live.user.loginName } : null;
}
