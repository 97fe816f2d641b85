// Login throttling, stored in Postgres so it holds across app instances and restarts.
import "server-only";
import { RateLimiterPostgres, type RateLimiterRes } from "rate-limiter-flexible";
import { pool } from "../db";

const common = { storeClient: pool, storeType: "pool", tableName: "rate_limit", tableCreated: true } as const;

/** 5 failed attempts for one account within 15 minutes locks that account's logins for 15 minutes. */
const perAccount = new RateLimiterPostgres({
  ...common,
  keyPrefix: "login_account",
  points: 5,
  duration: 15 * 60,
  blockDuration: 15 * 60,
});
/** 30 failed attempts from one IP within 15 minutes blocks that IP for 30 minutes (spraying across accounts). */
const perIp = new RateLimiterPostgres({
  ...common,
  keyPrefix: "login_ip",
  points: 30,
  duration: 15 * 60,
  blockDuration: 30 * 60,
});

const accountKey = (login: string) => login.trim().toLowerCase();

export async function isLoginBlocked({ login, ip }: { login: string; ip: string }): Promise<boolean> {
  const [account, address] = await Promise.all([perAccount.get(accountKey(login)), perIp.get(ip)]);
  const blocked = (res: RateLimiterRes | null, limit: number) => res !== null && res.consumedPoints >= limit;
  return blocked(account, 5) || blocked(address, 30);
}

export async function recordLoginFailure({ login, ip }: { login: string; ip: string }): Promise<void> {
  // consume() rejects once the limit is reached; that is the block we want, not an error.
  await Promise.allSettled([perAccount.consume(accountKey(login)), perIp.consume(ip)]);
}

export async function clearLoginFailures({ login }: { login: string }): Promise<void> {
  await perAccount.delete(accountKey(login));
}
