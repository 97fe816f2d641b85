// Account life cycle: invite -> activate, forgot -> reset, deactivate. Tokens are single use and stored hashed.
import "server-only";
import { RateLimiterPostgres } from "rate-limiter-flexible";
import { prisma, pool } from "../db";
import { env } from "../env";
import { AppError } from "../errors";
import { isUuid } from "../ids";
import { writeAudit } from "../audit/log";
import { hasRole, userAdminScope, type SessionUser } from "../authz";
import { checkPasswordPolicy, hashPassword, type PasswordProblem } from "../auth/password";
import { findLiveToken, issueToken } from "../auth/tokens";
import { normaliseLogin } from "../auth/login";
import { queueMail } from "../mail/send";
import { inviteMail, resetMail } from "../mail/templates";
import { organisationContactEmail } from "../contacts/help";
import { enqueueJob } from "../jobs/enqueue";
import { addCalendarDays, todayDate } from "../time";
import type { Tx } from "../db";
import { now as clockNow } from "../clock";

const appLink = (path: string) => new URL(path, env.APP_URL).toString();

type InviteUser = {
  id: string;
  name: string;
  email: string;
  loginName: string;
  organisationId: string;
  familyId: string | null;
};

/** Issues an activation token, queues the invite mail with it and writes the audit event, in the caller's transaction. */
async function issueInvite(tx: Tx, user: InviteUser, actorId: string | null, automatic = false): Promise<void> {
  const token = await issueToken(tx, { userId: user.id, kind: "INVITE" });
  const contactEmail = await organisationContactEmail(user.organisationId, tx);
  await queueMail(
    inviteMail({
      to: user.email,
      name: user.name,
      loginName: user.loginName,
      link: appLink(`/activeren/${token}`),
      contactEmail,
    }),
    tx,
  );
  await writeAudit(
    {
      action: "account.invited",
      actorId,
      organisationId: user.organisationId,
      entityType: "User",
      entityId: user.id,
      familyId: user.familyId,
      ...(automatic ? { meta: { automatic: true } } : {}),
    },
    tx,
  );
}

/** Beheerder sends (or re-sends) the activation e-mail to a user of their organisation. */
export async function sendInvite(actor: SessionUser, userId: string): Promise<{ email: string }> {
  if (!isUuid(userId)) throw new AppError("NOT_FOUND");
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findFirst({
      where: { AND: [{ id: userId }, userAdminScope(actor)] },
      select: {
        id: true,
        name: true,
        email: true,
        loginName: true,
        status: true,
        organisationId: true,
        familyId: true,
      },
    });
    if (!user) throw new AppError("NOT_FOUND");
    // Re-inviting a deactivated account re-opens it for activation (status INVITED, no password).
    if (user.status !== "INVITED") {
      if (user.status === "ACTIVE") throw new AppError("CONFLICT");
      await tx.user.update({
        where: { id: user.id },
        data: { status: "INVITED", passwordHash: null, sessionVersion: { increment: 1 } },
      });
    }
    await issueInvite(tx, user, actor.id);
    return { email: user.email };
  });
}

/** At most this many accounts are invited in one click (a CSV import is at most a few hundred rows). */
export const INVITE_BATCH_MAX = 1000;

/**
 * Beheerder invites, in one step, the guardians a CSV import just created (issue 14, beheer basics). Only parent
 * accounts of the beheerder's organisation that are still INVITED and never got an invite are sent one, so a second
 * click, or an id that is not such an account, sends nothing. Everything commits together. Returns the counts.
 */
export async function inviteGuardians(
  actor: SessionUser,
  userIds: string[],
): Promise<{ invited: number; skipped: number }> {
  const ids = [...new Set(userIds)];
  if (!hasRole(actor, "BEHEERDER") || ids.length > INVITE_BATCH_MAX || ids.some((id) => !isUuid(id)))
    throw new AppError("NOT_FOUND");
  return prisma.$transaction(
    async (tx) => {
      const users = await tx.user.findMany({
        where: {
          AND: [
            { id: { in: ids } },
            userAdminScope(actor),
            { role: "PARENT", status: "INVITED", tokens: { none: { kind: "INVITE" } } },
          ],
        },
        orderBy: { loginName: "asc" },
        select: { id: true, name: true, email: true, loginName: true, organisationId: true, familyId: true },
      });
      let invited = 0;
      for (const user of users) {
        // Claimed like the daily job does: a click at the same time (or the job) re-checks after this lock.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`invite:${user.id}`}))`;
        if ((await tx.authToken.count({ where: { userId: user.id, kind: "INVITE" } })) > 0) continue;
        await issueInvite(tx, user, actor.id);
        invited++;
      }
      return { invited, skipped: ids.length - invited };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

/**
 * The daily "invites.send" job: parents whose account was never invited get their activation e-mail by themselves
 * once a placement of their family starts within the organisation's `inviteLeadDays` (default 42, "about six weeks
 * before the first day", as de Roef's letter says), or has already started. An account a beheerder invited by hand
 * (any INVITE token, used or not) is left alone, and so is a deactivated one. Safe to run twice: each account is
 * claimed under an advisory lock and re-checked inside its transaction. Returns the number of invites sent.
 */
export async function sendDueInvites({ now = clockNow() }: { now?: Date } = {}): Promise<number> {
  const today = todayDate(now);
  const organisations = await prisma.organisation.findMany({ select: { id: true, inviteLeadDays: true } });
  let sent = 0;
  for (const organisation of organisations) {
    const horizon = addCalendarDays(today, organisation.inviteLeadDays);
    const due = await prisma.user.findMany({
      where: {
        organisationId: organisation.id,
        role: "PARENT",
        status: "INVITED",
        tokens: { none: { kind: "INVITE" } },
        family: {
          children: {
            some: {
              placements: {
                some: { startDate: { lte: horizon }, OR: [{ endDate: null }, { endDate: { gte: today } }] },
              },
            },
          },
        },
      },
      select: { id: true },
      orderBy: { createdAt: "asc" },
    });
    for (const { id } of due) {
      const invited = await prisma.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`invite:${id}`}))`;
        const user = await tx.user.findFirst({
          where: { id, status: "INVITED", tokens: { none: { kind: "INVITE" } } },
          select: { id: true, name: true, email: true, loginName: true, organisationId: true, familyId: true },
        });
        if (!user) return false;
        await issueInvite(tx, user, null, true);
        return true;
      });
      if (invited) sent++;
    }
  }
  return sent;
}

export type PasswordInput = { password: string; passwordConfirm: string };
export type PasswordFieldErrors = { password?: PasswordProblem | "mismatch" };

function passwordProblem(input: PasswordInput, userInputs: string[]): PasswordFieldErrors {
  if (input.password !== input.passwordConfirm) return { password: "mismatch" };
  const problem = checkPasswordPolicy(input.password, userInputs);
  return problem ? { password: problem } : {};
}

export type TokenPasswordResult =
  | { ok: true }
  | { ok: false; tokenInvalid: true }
  | { ok: false; fieldErrors: PasswordFieldErrors };

/** Sets the password from an invite or reset link. Ends every other session of the user (sessionVersion bump). */
export async function setPasswordWithToken({
  token,
  kind,
  ...input
}: PasswordInput & { token: string; kind: "INVITE" | "RESET" }): Promise<TokenPasswordResult> {
  const live = await findLiveToken(prisma, { token, kind });
  if (!live) return { ok: false, tokenInvalid: true };
  if (kind === "RESET" && live.user.status !== "ACTIVE") return { ok: false, tokenInvalid: true };
  const problems = passwordProblem(input, [live.user.loginName, live.user.name, live.user.email]);
  if (problems.password) return { ok: false, fieldErrors: problems };

  const passwordHash = await hashPassword(input.password);
  const used = await prisma.$transaction(async (tx) => {
    // Mark used with a guarded update so two simultaneous submissions cannot both succeed.
    const claimed = await tx.authToken.updateMany({
      where: { id: live.id, usedAt: null },
      data: { usedAt: clockNow() },
    });
    if (claimed.count !== 1) return false;
    const user = await tx.user.update({
      where: { id: live.userId },
      data: { passwordHash, status: "ACTIVE", sessionVersion: { increment: 1 } },
      select: { id: true, organisationId: true, familyId: true },
    });
    await writeAudit(
      {
        action: kind === "INVITE" ? "account.activated" : "account.password_reset",
        actorId: user.id,
        organisationId: user.organisationId,
        entityType: "User",
        entityId: user.id,
        familyId: user.familyId,
      },
      tx,
    );
    return true;
  });
  return used ? { ok: true } : { ok: false, tokenInvalid: true };
}

const resetLimiter = new RateLimiterPostgres({
  storeClient: pool,
  storeType: "pool",
  tableName: "rate_limit",
  tableCreated: true,
  keyPrefix: "reset_request",
  points: 3,
  duration: 60 * 60,
});

/**
 * "Forgot password". SECURITY: the request does exactly the same database work for an unknown, an invited and an
 * active account (one rate-limit update and one job insert carrying the typed name), so neither the answer nor its
 * timing tells them apart; the lookup, the token and the mail are the job's work (preparePasswordReset).
 * Limited to 3 requests per login per hour.
 */
export async function requestPasswordReset({ login }: { login: string }): Promise<{ throttled: boolean }> {
  const name = normaliseLogin(login);
  if (!name) return { throttled: false };
  try {
    await resetLimiter.consume(name);
  } catch {
    return { throttled: true };
  }
  await enqueueJob("account.password-reset", { login: name });
  return { throttled: false };
}

/** The "account.password-reset" job: only an active account gets a token and a mail. Returns whether it did. */
export async function preparePasswordReset({ login }: { login: string }): Promise<boolean> {
  const name = normaliseLogin(login);
  if (!name) return false;
  const user = await prisma.user.findFirst({
    where: name.includes("@") ? { email: name } : { loginName: name },
    select: { id: true, name: true, email: true, status: true, organisationId: true },
  });
  if (user?.status !== "ACTIVE") return false;
  await prisma.$transaction(async (tx) => {
    const token = await issueToken(tx, { userId: user.id, kind: "RESET" });
    await writeAudit(
      {
        action: "account.reset_requested",
        actorId: user.id,
        organisationId: user.organisationId,
        entityType: "User",
        entityId: user.id,
      },
      tx,
    );
    await queueMail(
      resetMail({ to: user.email, name: user.name, link: appLink(`/wachtwoord-herstellen/${token}`) }),
      tx,
    );
  });
  return true;
}

/** Beheerder sends a reset link to an active account. The beheerder never sees or sets the password. */
export async function sendPasswordResetFor(actor: SessionUser, userId: string): Promise<{ email: string }> {
  if (!isUuid(userId)) throw new AppError("NOT_FOUND");
  const user = await prisma.user.findFirst({
    where: { AND: [{ id: userId }, userAdminScope(actor)] },
    select: { id: true, name: true, email: true, status: true, organisationId: true },
  });
  if (!user) throw new AppError("NOT_FOUND");
  if (user.status !== "ACTIVE") throw new AppError("CONFLICT");
  await prisma.$transaction(async (tx) => {
    const token = await issueToken(tx, { userId: user.id, kind: "RESET" });
    await writeAudit(
      {
        action: "account.reset_sent",
        actorId: actor.id,
        organisationId: user.organisationId,
        entityType: "User",
        entityId: user.id,
      },
      tx,
    );
    await queueMail(
      resetMail({ to: user.email, name: user.name, link: appLink(`/wachtwoord-herstellen/${token}`) }),
      tx,
    );
  });
  return { email: user.email };
}

/**
 * Beheerder deactivates an account: status DEACTIVATED and every open session ends at once (sessionVersion bump).
 * The password stays, so reactivateUser can undo this without a new invite; open invite and reset links die.
 */
export async function deactivateUser(actor: SessionUser, userId: string): Promise<void> {
  if (!isUuid(userId) || userId === actor.id) throw new AppError("NOT_FOUND");
  await prisma.$transaction(async (tx) => {
    const result = await tx.user.updateMany({
      where: { AND: [{ id: userId }, userAdminScope(actor)] },
      data: { status: "DEACTIVATED", sessionVersion: { increment: 1 } },
    });
    if (result.count !== 1) throw new AppError("NOT_FOUND");
    await tx.authToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: clockNow() } });
    await writeAudit(
      {
        action: "account.deactivated",
        actorId: actor.id,
        organisationId: actor.organisationId,
        entityType: "User",
        entityId: userId,
      },
      tx,
    );
  });
}

/**
 * Beheerder undoes a deactivation: the account is as it was before, without a new invite or password. An account
 * that had a password is ACTIVE again (its owner signs in as before); one that was never activated is INVITED again
 * (send the invite). Sessions from before the deactivation stay ended: its sessionVersion bump is not undone.
 */
export async function reactivateUser(actor: SessionUser, userId: string): Promise<{ status: "ACTIVE" | "INVITED" }> {
  if (!isUuid(userId)) throw new AppError("NOT_FOUND");
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findFirst({
      where: { AND: [{ id: userId }, userAdminScope(actor)] },
      select: { id: true, status: true, passwordHash: true, organisationId: true, familyId: true },
    });
    if (!user) throw new AppError("NOT_FOUND");
    if (user.status !== "DEACTIVATED") throw new AppError("CONFLICT");
    const status = user.passwordHash ? "ACTIVE" : "INVITED";
    // Guarded on the status read above, so two beheerders clicking at once change it once.
    const result = await tx.user.updateMany({ where: { id: user.id, status: "DEACTIVATED" }, data: { status } });
    if (result.count !== 1) throw new AppError("CONFLICT");
    await writeAudit(
      {
        action: "account.reactivated",
        actorId: actor.id,
        organisationId: user.organisationId,
        entityType: "User",
        entityId: user.id,
        familyId: user.familyId,
        meta: { status },
      },
      tx,
    );
    return { status };
  });
}
