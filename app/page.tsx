import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { HOME_BY_ROLE } from "@/lib/navigation";

export const dynamic = "force-dynamic";

/** Everyone lands on their own start page: parents on their children, staff on their group, beheerders on beheer. */
export default async function Home() {
  const user = await getSessionUser();
  redirect(user ? HOME_BY_ROLE[user.role] : "/login");
}
