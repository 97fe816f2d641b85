import { defineConfig } from "@playwright/test";
import { MULTI } from "./tests/multi/ports";

// The multi-instance test (tests/multi): two production instances behind nginx, started by its global setup.
// Run by `npm test` after the e2e run (scripts/test-all.ts), on the same production build.
export default defineConfig({
  testDir: "tests/multi",
  globalSetup: "./tests/multi/global-setup.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 240_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${MULTI.proxy}`,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
    },
  },
});
