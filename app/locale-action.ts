"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { updateOwnLocale } from "@/lib/accounts/profile";

/** Stores the language choice in a cookie and, when signed in, on the user. */
export async function setLocale(formData: FormData): Promise<void> {
  const locale = formData.get("locale") === "en" ? "en" : "nl";
  (await cookies()).set("locale", locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax", httpOnly: true });
  await updateOwnLocale(locale);
  revalidatePath("/", "layout");
}
