import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { applySessionCookieLifetime } from "@/lib/auth/session-cookie";

type Context = { params: Promise<{ nextauth: string[] }> };
const nextAuth = NextAuth(authOptions) as (request: Request, context: Context) => Promise<Response>;

/** next-auth's handler; without "Ingelogd blijven" its session cookie ends with the browser (lib/auth/session-cookie.ts). */
async function handler(request: Request, context: Context): Promise<Response> {
  return applySessionCookieLifetime(await nextAuth(request, context));
}

export { handler as GET, handler as POST };
