// Password hashing (argon2id via @node-rs/argon2, prebuilt binaries) and the password policy.
import { hash, verify } from "@node-rs/argon2";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as dutch from "@zxcvbn-ts/language-nl-be";

// OWASP's argon2id baseline (19 MiB, 2 iterations, 1 lane). Algorithm 2 = Argon2id.
const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this when the account does not exist keeps the response time the same for unknown accounts.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword("not-a-real-password-roef");
  await verifyPassword(await dummyHash, password);
}

const strength = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...dutch.dictionary },
  graphs: common.adjacencyGraphs,
});

export type PasswordProblem = "tooShort" | "tooLong" | "tooCommon";

/**
 * The policy: at least 10 characters and not guessable from common-password and Dutch word lists
 * (zxcvbn score 3+), nor from the user's own login name, name or e-mail.
 */
export function checkPasswordPolicy(password: string, userInputs: string[] = []): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return "tooShort";
  if (password.length > PASSWORD_MAX_LENGTH) return "tooLong";
  if (strength.check(password, userInputs.filter(Boolean)).score < 3) return "tooCommon";
  return null;
}
