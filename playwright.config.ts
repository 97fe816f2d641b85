import { defineConfig, devices } from "@playwright/test";

// Runs against the production build served the way `npm start` serves it: scripts/serve.ts, one Next.js
// worker per core (scripts/test-all.ts builds and seeds first).
// Browser: Debian's Chromium (`npx playwright install` cannot download browsers on these machines).
const port = Number(process.env.E2E_PORT ?? 3100);
// Chromium keeps the real clock: under scripts/test-at.ts everything else runs with libfaketime preloaded, and a
// faked clock hangs the browser. Tests therefore never take a date from the browser (tests/e2e/dates.ts).
const browserEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => key !== "LD_PRELOAD" && !key.startsWith("FAKETIME")),
) as Record<string, string>;
const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: chromiumArgs,
      env: browserEnv,
    },
  },
  projects: [
    // Parents use phones, staff use tablets; tests pick the viewport they need with test.use().
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        channel: undefined,
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: chromiumArgs,
          env: browserEnv,
        },
      },
    },
  ],
  webServer: {
    command: "node --import tsx scripts/serve.ts",
    url: `http://localhost:${port}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    env: { ...(process.env as Record<string, string>), NODE_ENV: "production", PORT: String(port) },
  },
});
