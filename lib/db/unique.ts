// Unique-constraint helpers: recognising a violation, and the server side of lib/forms/submission-key.ts.
import { Prisma } from "../generated/prisma/client";

export const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/**
 * Runs `write` once per submission key. A second request with the same key makes the unique (author, key) index
 * fail its insert, also when both run at the same moment (Postgres makes the second wait for the first to commit),
 * and its whole transaction rolls back; it gets what the first one wrote, found by `findWritten`, instead.
 */
export async function oncePerSubmission<T>(
  submissionKey: string | undefined,
  write: () => Promise<T>,
  findWritten: (submissionKey: string) => Promise<T | null>,
): Promise<{ result: T; duplicate: boolean }> {
  try {
    return { result: await write(), duplicate: false };
  } catch (error) {
    if (!submissionKey || !isUniqueViolation(error)) throw error;
    const first = await findWritten(submissionKey);
    if (first === null) throw error;
    return { result: first, duplicate: true };
  }
}
