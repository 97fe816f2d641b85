// The language chosen before signing in (the `locale` cookie that app/locale-action.ts sets on the login page)
// survives signing in: it becomes the user's language, as choosing it while signed in would have done.
import { prisma } from "../db";

/** The `locale` cookie's value in a Cookie header, when it is one of ours. */
export function localeFromCookieHeader(header: string | string[] | undefined): "nl" | "en" | null {
  const text = Array.isArray(header) ? header.join("; ") : (header ?? "");
  for (const part of text.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name !== "locale") continue;
    const value = rest.join("=").trim();
    return value === "nl" || value === "en" ? value : null;
  }
  return null;
}

/** Called right after a successful sign-in with the request's Cookie header. */
export async function keepLocaleChoice(userId: string, cookieHeader: string | string[] | undefined): Promise<void> {
  const locale = localeFromCookieHeader(cookieHeader);
  if (!locale) return;
  await prisma.user.updateMany({ where: { id: userId, NOT: { locale } }, data: { locale } });
}
