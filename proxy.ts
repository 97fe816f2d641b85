// Security headers for every page, with a per-request nonce so the Content-Security-Policy needs no
// 'unsafe-inline' for scripts (Next.js adds the nonce to its own inline scripts). This proxy makes NO
// authorization decisions: every page and action checks access itself through lib/authz.
import { NextResponse, type NextRequest } from "next/server";

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

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const https = process.env.APP_URL?.startsWith("https://") ?? false;
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  // Behind a TLS-terminating proxy the request itself is plain http; the configured public URL decides.
  if (https) response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  return response;
}

export const config = {
  // Pages only: API routes (photo bytes, auth) and static assets do not render HTML.
  matcher: [{ source: "/((?!api|_next/static|_next/image|favicon.ico|icons|manifest.webmanifest|serwist).*)", missing: [{ type: "header", key: "next-router-prefetch" }] }],
};
