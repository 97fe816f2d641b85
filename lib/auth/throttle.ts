// Login throttling, stored in Postgres so it holds across app instances and restarts.
//
// Every attempt takes its point BEFORE the password is checked, in one atomic statement per key (rate-limiter-
// flexible's upsert): 40 parallel wrong passwords get exactly 5 password checks, not "however many read the counter
// before the first failure was written". A right password gives the points back. The account key is the account
// itself, not what was typed, so the debiteurnummer, the e-mail address and any other login of one user share it.
import "server-only";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { pool } from "../db";

const common = { storeClient: pool, storeType: "pool", tableName: "rate_limit", tableCreated: true } as const;

/** 5 attempts on one account within 15 minutes; the 6th and later are refused for 15 minutes. */
const perAccount = new RateLimiterPostgres({
  ...common,
  keyPrefix: "login_account",
  points: 5,
  duration: 15 * 60,
  blockDuration: 15 * 60,
});
/** 30 attempts from one address within 15 minutes (spraying across accounts) block it for 30 minutes. */
const perIp = new RateLimiterPostgres({
  ...common,
  keyPrefix: "login_ip",
  points: 30,
  duration: 15 * 60,
  blockDuration: 30 * 60,
});

/**
 * The per-account key: the user's id when the name belongs to an account, else the normalised name (so an unknown
 * name is throttled exactly like a known one and the answer tells nothing about which names exist).
 */
export const loginAccountKey = ({ userId, name }: { userId: string | null; name: string }) =>
  userId ? `user:${userId}` : `name:${name.trim().toLowerCase()}`;

export type LoginAttempt = { accountKey: string; ip: string };

/** consume() rejects with a RateLimiterRes when the limit is reached: that is the block, not an error. */
async function take(limiter: RateLimiterPostgres, key: string): Promise<boolean> {
  try {
    await limiter.consume(key);
    return true;
  } catch (error) {
    if (error instanceof RateLimiterRes) return false;
    throw error;
  }
}

/**
 * Takes one point from the account and one from the address. False means throttled: the password must not be
 * checked, and nothing stays taken from the address.
 */
export async function claimLoginAttempt({ accountKey, ip }: LoginAttempt): Promise<boolean> {
  if (!(await take(perAccount, accountKey))) return false;
  if (await take(perIp, ip)) return true;
  await perAccount.reward(accountKey, 1);
  return false;
}

/** The password was right: the account starts afresh (as before a failure) and the address gets its point back. */
export async function refundLoginAttempt({ accountKey, ip }: LoginAttempt): Promise<void> {
  await Promise.all([perAccount.delete(accountKey), perIp.reward(ip, 1)]);
}
