// next-intl without locale routing: the locale comes from the signed-in user's preference, else the `locale`
// cookie, else Dutch.
import { getRequestConfig } from "next-intl/server";
import { cookies } from "next/headers";
import { getSessionUser } from "../auth/session";
import { loadMessages } from "./messages";
import { TIME_ZONE } from "../time";

export const LOCALES = ["nl", "en"] as const;
export type Locale = (typeof LOCALES)[number];
const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

export default getRequestConfig(async () => {
  const user = await getSessionUser().catch(() => null);
  const cookieLocale = (await cookies()).get("locale")?.value;
  const locale: Locale = isLocale(user?.locale) ? user.locale : isLocale(cookieLocale) ? cookieLocale : "nl";
  return { locale, messages: loadMessages(locale), timeZone: TIME_ZONE };
});
