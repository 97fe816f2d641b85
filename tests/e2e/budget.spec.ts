// First-load JavaScript budget (issue #7: <= 150 KB gzip). A byte budget, not a timing: every script the page loads
// until the network is idle, in a fresh browser context (empty cache, no service worker), gzipped here with
// node:zlib so the number does not depend on the server's compression. Fails with the list of scripts.
// Demo data used: family 100012 (Peters, BSO Kapiteins, one child); no other spec file signs in as 100012.
import { gzipSync } from "node:zlib";
import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { PHONE, login } from "./helpers";

const PARENT = "100012";
const BUDGET_BYTES = 150 * 1024;

test.use({ viewport: PHONE });

type Script = { url: string; gzip: number };

/** Opens `path` as a first visit (new context: empty HTTP cache, service workers blocked) and gzips every script. */
async function firstLoadScripts(
  browser: Browser,
  storageState: Awaited<ReturnType<BrowserContext["storageState"]>>,
  path: string,
): Promise<{ scripts: Script[]; finalPath: string }> {
  const context = await browser.newContext({
    viewport: PHONE,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    storageState,
    serviceWorkers: "block",
  });
  const page = await context.newPage();
  const pending: Promise<Script | null>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    pending.push(
      response
        .body()
        .then((body) => ({ url: new URL(response.url()).pathname, gzip: gzipSync(body).length }))
        .catch(() => null),
    );
  });
  await page.goto(path, { waitUntil: "networkidle" });
  const finalPath = new URL(page.url()).pathname;
  const scripts = (await Promise.all(pending)).filter((s): s is Script => s !== null);
  await context.close();
  return { scripts, finalPath };
}

const total = (scripts: Script[]) => scripts.reduce((sum, s) => sum + s.gzip, 0);
const report = (scripts: Script[]) =>
  [...scripts]
    .sort((a, b) => b.gzip - a.gzip)
    .map((s) => `${(s.gzip / 1024).toFixed(1).padStart(6)} KB  ${s.url}`)
    .join("\n");

test("first-load JavaScript of the parent feed and overview stays within 150 KB gzip", async ({ browser, page }) => {
  await login(page, PARENT);
  const storageState = await page.context().storageState();

  // One child: /ouder/fotos redirects to that child's feed.
  const feed = await firstLoadScripts(browser, storageState, "/ouder/fotos");
  expect(feed.finalPath).toMatch(/^\/ouder\/fotos\/[0-9a-f-]{36}$/);
  const overview = await firstLoadScripts(browser, storageState, "/ouder");
  expect(overview.finalPath).toBe("/ouder");

  for (const [name, { scripts }] of [
    ["parent feed", feed],
    ["parent overview", overview],
  ] as const) {
    const bytes = total(scripts);
    console.log(
      `${name}: ${scripts.length} scripts, ${(bytes / 1024).toFixed(1)} KB gzip (budget ${BUDGET_BYTES / 1024} KB)`,
    );
    expect(scripts.length, `${name}: no scripts seen`).toBeGreaterThan(0);
    expect(
      bytes,
      `${name} first-load JS ${(bytes / 1024).toFixed(1)} KB gzip > ${BUDGET_BYTES / 1024} KB:\n${report(scripts)}`,
    ).toBeLessThanOrEqual(BUDGET_BYTES);
  }
});

// Pages with forms carry next-intl's client runtime (~12 KB) on top of the shell: a guard against regressions like
// a form importing a limit from a zod schema module, which added ~30 KB of zod to the schriftje and profile pages
// (tests/unit/client-bundle.test.ts now stops that at its source).
const FORM_PAGE_BUDGET_BYTES = 160 * 1024;

test("first-load JavaScript of the parent's form pages stays within 160 KB gzip", async ({ browser, page }) => {
  await login(page, PARENT);
  const storageState = await page.context().storageState();
  for (const path of ["/ouder/schriftje", "/ouder/profiel", "/ouder/contract", "/berichten/nieuw"]) {
    const { scripts, finalPath } = await firstLoadScripts(browser, storageState, path);
    expect(finalPath).toBe(path);
    const bytes = total(scripts);
    console.log(
      `${path}: ${scripts.length} scripts, ${(bytes / 1024).toFixed(1)} KB gzip (budget ${FORM_PAGE_BUDGET_BYTES / 1024} KB)`,
    );
    expect(
      bytes,
      `${path} first-load JS ${(bytes / 1024).toFixed(1)} KB gzip > ${FORM_PAGE_BUDGET_BYTES / 1024} KB:\n${report(scripts)}`,
    ).toBeLessThanOrEqual(FORM_PAGE_BUDGET_BYTES);
  }
});
