// Invite and reset tokens: 256 random bits, only their SHA-256 is stored, single use, expiring.
import { createHash, randomBytes } from "node:crypto";
import type { TokenKind } from "../generated/prisma/enums";
import type { Tx, Db } from "../db";
import { now as clockNow } from "../clock";

export const TOKEN_TTL_HOURS: Record<TokenKind, number> = {
  // Activation mails go out about six weeks before the first day, so the link must outlive that.
  INVITE: 24 * 60,
  RESET: 2,
};

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Creates a token for the user and invalidates earlier unused tokens of the same kind. Returns the raw token. */
export async function issueToken(
  db: Tx | Db,
  { userId, kind, now = clockNow() }: { userId: string; kind: TokenKind; now?: Date },
) {
  const token = newToken();
  await db.authToken.updateMany({ where: { userId, kind, usedAt: null }, data: { usedAt: now } });
  await db.authToken.create({
    data: {
      userId,
      kind,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + TOKEN_TTL_HOURS[kind] * 3600_000),
    },
  });
  return token;
}

/** Finds a live token (unused, unexpired). Returns null for anything else: the caller shows one generic message. */
export async function findLiveToken(
  db: Tx | Db,
  { token, kind, now = clockNow() }: { token: string; kind: TokenKind; now?: Date },
) {
  if (!token || token.length > 100) return null;
  const row = await db.authToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      kind: true,
      userId: true,
      expiresAt: true,
      usedAt: true,
      user: { select: { status: true, loginName: true, name: true, email: true } },
    },
  });
  if (!row || row.kind !== kind || row.usedAt || row.expiresAt <= now) return null;
  if (row.user.status === "DEACTIVATED") return null;
  return row;
}
