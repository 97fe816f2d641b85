import "server-only";
import { prisma } from "../db";
import { getSessionUser } from "../auth/session";

/** Saves the signed-in user's language (no-op when signed out). */
export async function updateOwnLocale(locale: "nl" | "en"): Promise<void> {
  const user = await getSessionUser();
  if (!user) return;
  await prisma.user.update({ where: { id: user.id }, data: { locale } });
}
