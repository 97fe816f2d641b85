// The session cookie's lifetime in the browser. next-auth 4 gives every session cookie the same Expires (its
// session.maxAge, our 60 days), "Ingelogd blijven" or not. Without it the server already ends the session after 12
// hours, but a persistent cookie outlives closing the browser: on a shared tablet the next person is still signed in.
// So the auth route rewrites its own Set-Cookie: without the remember claim the cookie loses Expires and Max-Age and
// becomes a browser-session cookie.
import "server-only";
import { SESSION_COOKIE } from "./options";
import { decodeSessionToken } from "./session";

const LIFETIME_ATTRIBUTE = /^\s*(expires|max-age)\s*=/i;

/** One Set-Cookie value with Expires and Max-Age removed. */
export function withoutExpiry(setCookie: string): string {
  return setCookie
    .split(";")
    .filter((part, index) => index === 0 || !LIFETIME_ATTRIBUTE.test(part))
    .join(";");
}

/** The cookie's name and value, from the first part of a Set-Cookie value. */
function nameAndValue(setCookie: string): { name: string; value: string } {
  const first = setCookie.split(";", 1)[0] ?? "";
  const equals = first.indexOf("=");
  return { name: first.slice(0, equals).trim(), value: first.slice(equals + 1).trim() };
}

/**
 * For the next-auth route handler's response: a session cookie whose token does not say "remember me" becomes a
 * browser-session cookie. Clearing cookies (logout: empty value) and other cookies pass unchanged.
 */
export async function applySessionCookieLifetime(response: Response): Promise<Response> {
  const cookies = response.headers.getSetCookie();
  if (!cookies.some((cookie) => nameAndValue(cookie).name === SESSION_COOKIE)) return response;
  const rewritten = await Promise.all(
    cookies.map(async (cookie) => {
      const { name, value } = nameAndValue(cookie);
      if (name !== SESSION_COOKIE || !value) return cookie;
      const claims = await decodeSessionToken(value);
      return claims?.rm === true ? cookie : withoutExpiry(cookie);
    }),
  );
  response.headers.delete("set-cookie");
  for (const cookie of rewritten) response.headers.append("set-cookie", cookie);
  return response;
}
