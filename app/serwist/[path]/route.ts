import { createSerwistRoute } from "@serwist/turbopack";

// Serves the bundled service worker at /serwist/sw.js. The offline page is precached; nothing private is.
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "app/sw.ts",
  useNativeEsbuild: true,
  // Only the offline page and icons: build chunks are cached on first use by the runtime rule instead.
  globPatterns: ["icons/*.png"],
  globDirectory: "public",
  // Glob entries are relative to public/; the worker lives under /serwist/, so make them absolute.
  modifyURLPrefix: { "icons/": "/icons/" },
  additionalPrecacheEntries: [{ url: "/offline", revision: "1" }],
});
