// next-auth configuration. Credentials sign-in with JWT sessions (next-auth 4 requires JWT for credentials); the JWT
// only identifies the session: lib/auth/session.ts re-checks the user, status and sessionVersion in the database
// on every request, which makes sessions revocable.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "../env";
import { clientAddress } from "../http/client-address";
import { authenticate } from "./login";
import { prisma } from "../db";
import { REMEMBER_ME_DAYS, type SessionClaims } from "./session-user";
import { revokeUserSession, startUserSession } from "./user-sessions";
import { keepLocaleChoice } from "./locale-choice";

const secure = env.APP_URL.startsWith("https://");
// __Host- pins the cookie to this host, path / and HTTPS; plain name on http://localhost.
export const SESSION_COOKIE = secure ? "__Host-roef.session" : "roef.session";

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: REMEMBER_ME_DAYS * 24 * 3600 },
  pages: { signIn: "/login", error: "/login" },
  useSecureCookies: secure,
  cookies: {
    sessionToken: {
      name: SESSION_COOKIE,
      options: { httpOnly: true, sameSite: "lax", path: "/", secure },
    },
  },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { login: { type: "text" }, password: { type: "password" }, remember: { type: "text" } },
      async authorize(credentials, req) {
        const result = await authenticate({
          login: credentials?.login ?? "",
          password: credentials?.password ?? "",
          // Decided from the socket by scripts/serve.ts, never from a header the client wrote (lib/http/client-address.ts).
          ip: clientAddress(req?.headers),
        });
        // The error text is a code the login form translates; next-auth passes it back as `error`.
        if (!result.ok) throw new Error(result.reason);
        // "English" chosen on the login page stays English after signing in.
        await keepLocaleChoice(result.userId, req?.headers?.cookie);
        return {
          id: result.userId,
          sessionVersion: result.sessionVersion,
          remember: credentials?.remember === "true",
        } as never;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const signedIn = user as unknown as { id: string; sessionVersion: number; remember: boolean };
        // The server-side row this cookie names; its lifetime is the session's (12 h, or 60 days remembered).
        const session = await startUserSession(prisma, { userId: signedIn.id, remember: signedIn.remember });
        const claims: SessionClaims = {
          uid: signedIn.id,
          sv: signedIn.sessionVersion,
          until: session.expiresAt.getTime(),
          sid: session.id,
          rm: signedIn.remember,
        };
        Object.assign(token, claims);
      }
      return token;
    },
    async session({ session, token }) {
      // Only the opaque claims go to the client session object; never names, roles or ids beyond the user id.
      return { ...session, user: undefined, claims: { uid: token.uid, sv: token.sv, until: token.until } } as never;
    },
  },
  events: {
    // Logout (POST /api/auth/signout) revokes the session server-side: a copy of the cookie no longer works either.
    async signOut({ token }) {
      await revokeUserSession(prisma, (token as Partial<SessionClaims> | null)?.sid);
    },
  },
};
