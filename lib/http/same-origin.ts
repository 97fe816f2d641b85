// CSRF defence for route handlers that change state (server actions get this check from Next.js itself):
// the browser's Origin header must name this host. Session cookies are SameSite=Lax too; this closes the rest.
export function isSameOriginRequest(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
