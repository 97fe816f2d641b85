// Security headers for pages when nothing sits in front of Next (`next dev`, a bare `next start`): the production
// server (scripts/serve.ts) sets the same headers itself before Next sees the request, and then this proxy does not
// run (see `missing` below). This proxy makes NO authorization decisions: every page and action checks access itself
// through lib/authz.
import { NextResponse, type NextRequest } from "next/server";
import { pageSecurityHeaders } from "@/lib/http/csp";

export function proxy(request: NextRequest) {
  const { csp, hsts } = pageSecurityHeaders();
  const requestHeaders = new Headers(request.headers);
  // Next.js takes the nonce for its inline scripts from the request's policy header.
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

export const config = {
  // Pages only: API routes (photo bytes, auth) and static assets do not render HTML. A request that already carries a
  // policy came through scripts/serve.ts, which set it (browsers never send one).
  matcher: [
    {
      source: "/((?!api|_next/static|_next/image|favicon.ico|icons|manifest.webmanifest|serwist).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "content-security-policy" },
      ],
    },
  ],
};
