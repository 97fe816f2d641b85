import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyPageSecurityHeaders, contentSecurityPolicy, pageSecurityHeaders } from "../../lib/http/csp";

// scripts/serve.ts sets the page policy in front of Next: a real Node server with the same call, answering with the
// request's policy header (the one Next takes its script nonce from).
let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    applyPageSecurityHeaders(req, res);
    res.end(String(req.headers["content-security-policy"] ?? ""));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const nonceOf = (policy: string | null) => policy?.match(/'nonce-([^']+)'/)?.[1];

describe("page security headers set by the production server", () => {
  it("gives a page one fresh nonce, the same in the response policy and in the policy Next reads", async () => {
    const first = await fetch(`${base}/ouder/fotos`);
    const seenByNext = await first.text();
    const policy = first.headers.get("content-security-policy");
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(seenByNext).toBe(policy);
    const second = await fetch(`${base}/ouder/fotos`);
    expect(nonceOf(second.headers.get("content-security-policy"))).not.toBe(nonceOf(policy));
  });

  it("replaces a policy the client sent instead of trusting its nonce", async () => {
    const response = await fetch(`${base}/login`, {
      headers: { "content-security-policy": "script-src 'nonce-chosen-by-client'" },
    });
    const seenByNext = await response.text();
    expect(seenByNext).not.toContain("chosen-by-client");
    expect(nonceOf(seenByNext)).toBe(nonceOf(response.headers.get("content-security-policy")));
  });

  it("leaves API routes and static assets alone, and drops a policy a client sent to them", async () => {
    for (const path of [
      "/api/photos/x/thumb",
      "/api/health",
      "/_next/static/chunks/a.js",
      "/icons/icon-192.png",
      "/manifest.webmanifest",
    ]) {
      const response = await fetch(`${base}${path}`, {
        headers: { "content-security-policy": "script-src 'nonce-x'" },
      });
      expect(await response.text(), path).toBe("");
      expect(response.headers.get("content-security-policy"), path).toBeNull();
    }
    // Only whole path segments count: a page whose name starts like one of those is still a page.
    expect((await fetch(`${base}/apiary`)).headers.get("content-security-policy")).not.toBeNull();
  });
});

describe("the policy itself", () => {
  it("adds HSTS and upgrade-insecure-requests only for an https public URL, unsafe-eval only in development", () => {
    const https = pageSecurityHeaders({ APP_URL: "https://deroef.ouderportaal.nl", NODE_ENV: "production" });
    expect(https.hsts).toBe("max-age=63072000; includeSubDomains");
    expect(https.csp).toContain("upgrade-insecure-requests");
    const http = pageSecurityHeaders({ APP_URL: "http://localhost:3000", NODE_ENV: "production" });
    expect(http.hsts).toBeNull();
    expect(http.csp).not.toContain("upgrade-insecure-requests");
    expect(http.csp).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy("n", { dev: true, https: false })).toContain("'unsafe-eval'");
    expect(http.csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });
});
