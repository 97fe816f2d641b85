// Credential check for the login form. Parents sign in with their debiteurnummer (second guardian: debiteurnummer-2),
// everyone may also use their e-mail address. Unknown account and wrong password give the same answer and take
// the same time; attempts are throttled per account and per client address (lib/auth/throttle.ts).
import "server-only";
import { z } from "zod";
import { prisma } from "../db";
import { writeAudit } from "../audit/log";
import { burnPasswordCheck, verifyPassword } from "./password";
import { claimLoginAttempt, loginAccountKey, refundLoginAttempt } from "./throttle";
import { now as clockNow } from "../clock";

export const DEBITEURNUMMER_PATTERN = /^\d{4,10}(-\d)?$/;

export const LoginSchema = z.object({
  login: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(200),
});

export type LoginFailure = "malformed" | "invalid" | "throttled";
export type LoginResult = { ok: true; userId: string; sessionVersion: number } | { ok: false; reason: LoginFailure };

/** Normalises what the user typed: e-mail addresses lower-cased, debiteurnummers as typed. Null when neither. */
export function normaliseLogin(login: string): string | null {
  const value = login.trim();
  if (value.includes("@"))
    return z.string().email().safeParse(value.toLowerCase()).success ? value.toLowerCase() : null;
  return DEBITEURNUMMER_PATTERN.test(value) ? value : null;
}

export async function authenticate({
  login,
  password,
  ip,
}: {
  login: string;
  password: string;
  ip: string;
}): Promise<LoginResult> {
  const parsed = LoginSchema.safeParse({ login, password });
  const name = parsed.success ? normaliseLogin(parsed.data.login) : null;
  if (!parsed.success || !name) return { ok: false, reason: "malformed" };

  const user = await prisma.user.findFirst({
    where: name.includes("@") ? { email: name } : { loginName: name },
    select: { id: true, organisationId: true, status: true, passwordHash: true, sessionVersion: true },
  });
  // The point is taken before the password is checked (lib/auth/throttle.ts), keyed on the account, not the name.
  const attempt = { accountKey: loginAccountKey({ userId: user?.id ?? null, name }), ip };
  if (!(await claimLoginAttempt(attempt))) {
    await writeAudit({
      action: "login.throttled",
      actorId: user?.id ?? null,
      organisationId: user?.organisationId ?? null,
      ip,
      meta: { login: name },
    });
    return { ok: false, reason: "throttled" };
  }

  let passwordOk = false;
  if (user?.passwordHash) passwordOk = await verifyPassword(user.passwordHash, parsed.data.password);
  else await burnPasswordCheck(parsed.data.password);

  // Invited (not yet activated) and deactivated accounts fail exactly like a wrong password; the point stays taken.
  if (!user || !passwordOk || user.status !== "ACTIVE") {
    await writeAudit({
      action: "login.failed",
      actorId: user?.id ?? null,
      organisationId: user?.organisationId ?? null,
      ip,
    });
    return { ok: false, reason: "invalid" };
  }

  await refundLoginAttempt(attempt);
  await prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: clockNow() } });
  await writeAudit({ action: "login.succeeded", actorId: user.id, organisationId: user.organisationId, ip });
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}
