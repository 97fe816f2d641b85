// The Content-Security-Policy of every page, with a per-request nonce so no script needs 'unsafe-inline': Next.js
// reads the nonce from the request's own `Content-Security-Policy` header and puts it on its inline scripts.
// Set by scripts/serve.ts in front of Next (the production server) and by proxy.ts otherwise (`next dev`, a bare
// `next start`). No authorization happens here: every page and action checks access itself through lib/authz.
import type { IncomingMessage, ServerResponse } from "node:http";

export function contentSecurityPolicy(nonce: string, { dev, https }: { dev: boolean; https: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Style attributes (React style={...}) need this; scripts stay nonce-only.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Only on an https deployment: on plain-http localhost Chromium would upgrade the service worker fetch and fail.
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** The headers for one page request: a fresh nonce in the policy, and HSTS when the public URL is https. */
export function pageSecurityHeaders(env: { APP_URL?: string; NODE_ENV?: string } = process.env): {
  csp: string;
  hsts: string | null;
} {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  // Behind a TLS-terminating proxy the request itself is plain http; the configured public URL decides.
  const https = env.APP_URL?.startsWith("https://") ?? false;
  return {
    csp: contentSecurityPolicy(nonce, { dev: env.NODE_ENV === "development", https }),
    hsts: https ? "max-age=63072000; includeSubDomains" : null,
  };
}

/** Paths that never render a page (photo bytes, auth, static assets): they get no policy, as proxy.ts matches. */
const NOT_A_PAGE = /^\/(?:api|_next\/static|_next\/image|favicon\.ico|icons|manifest\.webmanifest|serwist)(?:[/?.]|$)/;

/**
 * For the Node server in front of Next (scripts/serve.ts): the same headers proxy.ts sets, without running the
 * proxy, whose per-request machinery cost ~1.2 ms of CPU per page (bench/README.md). A policy a client sent in its
 * request is replaced, never trusted.
 */
export function applyPageSecurityHeaders(req: IncomingMessage, res: ServerResponse): void {
  delete req.headers["content-security-policy"];
  delete req.headers["content-security-policy-report-only"];
  if (NOT_A_PAGE.test(req.url ?? "/")) return;
  const { csp, hsts } = pageSecurityHeaders();
  req.headers["content-security-policy"] = csp;
  res.setHeader("Content-Security-Policy", csp);
  if (hsts) res.setHeader("Strict-Transport-Security", hsts);
}
