// Browser side of signing in and out: the two next-auth REST calls the login form and the logout button need,
// without `next-auth/react` (its client, with SessionProvider, BroadcastChannel and Babel's regenerator runtime, was
// ~9 KB gzip of every page's first-load JavaScript; we never use useSession). Same requests as next-auth/react's
// signIn("credentials", { redirect: false }) and signOut(): CSRF token first, then a form POST with json=true.
const AUTH_BASE = "/api/auth";

async function csrfToken(): Promise<string> {
  const response = await fetch(`${AUTH_BASE}/csrf`, { cache: "no-store" });
  if (!response.ok) throw new Error(`csrf ${response.status}`);
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}

async function postForm(
  path: string,
  fields: Record<string, string>,
): Promise<{ response: Response; url: string | null }> {
  const response = await fetch(`${AUTH_BASE}/${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      ...fields,
      csrfToken: await csrfToken(),
      callbackUrl: window.location.href,
      json: "true",
    }),
  });
  const data = (await response.json().catch(() => ({}))) as { url?: string };
  return { response, url: typeof data.url === "string" ? data.url : null };
}

/** Credentials sign-in. `error` is next-auth's error code from the redirect URL (our authorize() reasons). */
export async function signInWithCredentials(fields: {
  login: string;
  password: string;
  remember: boolean;
}): Promise<{ ok: boolean; error: string | null }> {
  const { response, url } = await postForm("callback/credentials", {
    login: fields.login,
    password: fields.password,
    remember: String(fields.remember),
  });
  const error = url ? new URL(url, window.location.origin).searchParams.get("error") : "unexpected";
  return { ok: response.ok && !error, error };
}

/** Ends the session (next-auth clears the cookie) and goes to `callbackUrl`. */
export async function signOutTo(callbackUrl: string): Promise<void> {
  await postForm("signout", {}).catch(() => null);
  window.location.assign(callbackUrl);
}
