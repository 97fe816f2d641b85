// Privacy and security round two (issue 16), against the production server (scripts/serve.ts): the client address
// behind the login limit, sessions that end at logout, and bad URLs. Demo accounts used only here: the second
// guardians of families 100013 and 100016 (see the file's own tests for which).
import { expect, test, type APIRequestContext } from "@playwright/test";
import pg from "pg";
import { DEMO_PASSWORD, PHONE } from "./helpers";

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** next-auth's credentials sign-in over HTTP, as lib/auth/client.ts sends it, with extra request headers. */
async function signInOverHttp(
  request: APIRequestContext,
  { login, password, headers = {} }: { login: string; password: string; headers?: Record<string, string> },
) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return request.post("/api/auth/callback/credentials", {
    form: { login, password, remember: "false", csrfToken, json: "true" },
    headers,
  });
}

test.describe("the login limit's client address", () => {
  test("a made-up X-Forwarded-For is ignored: the attempt counts against the socket's address", async ({ request }) => {
    const forged = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
    const name = `${Math.floor(Math.random() * 900_000_000) + 100_000_000}`; // no such account
    await signInOverHttp(request, {
      login: name,
      password: "verkeerd-wachtwoord",
      headers: { "x-forwarded-for": forged, "x-roef-client-address": forged },
    });
    const keys = (await query<{ key: string }>(`SELECT key FROM rate_limit WHERE key LIKE 'login_%'`)).map(
      (r) => r.key,
    );
    expect(keys).toContain(`login_account:name:${name}`);
    expect(keys).not.toContain(`login_ip:${forged}`);
    expect(keys.some((key) => key === "login_ip:127.0.0.1" || key === "login_ip:::1")).toBe(true);
  });
});

test.describe("sessions", () => {
  test.use({ viewport: PHONE });

  test("without Ingelogd blijven the cookie ends with the browser, and logout ends every copy of it", async ({
    page,
    browser,
  }) => {
    await page.goto("/login");
    await page.getByLabel(/Debiteurnummer of e-mailadres/).fill("100013-2");
    await page.getByLabel("Wachtwoord", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByLabel("Ingelogd blijven").uncheck();
    await page.getByRole("button", { name: "Inloggen" }).click();
    await page.waitForURL(/\/ouder$/);
    const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("roef.session"));
    expect(cookie).toBeDefined();
    // A browser-session cookie: no Expires/Max-Age (Playwright reports -1).
    expect(cookie?.expires).toBe(-1);

    // A copy of the cookie in another browser works while the session lives...
    const copy = await browser.newContext();
    await copy.addCookies([{ ...cookie!, expires: -1 }]);
    const other = await copy.newPage();
    await other.goto("/ouder");
    await expect(other).toHaveURL(/\/ouder$/);
    expect((await other.request.get("/api/privacy/export")).status()).toBe(200);

    // ...and not after logout on the first device: pages, and the privacy export.
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await page.waitForURL(/\/login/);
    await other.goto("/ouder");
    await expect(other).toHaveURL(/\/login/);
    expect((await other.request.get("/api/privacy/export")).status()).toBe(404);
    await copy.close();
  });

  test("with Ingelogd blijven the cookie is kept for 60 days", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel(/Debiteurnummer of e-mailadres/).fill("100016-2");
    await page.getByLabel("Wachtwoord", { exact: true }).fill(DEMO_PASSWORD);
    await expect(page.getByLabel("Ingelogd blijven")).toBeChecked();
    await page.getByRole("button", { name: "Inloggen" }).click();
    await page.waitForURL(/\/ouder$/);
    const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("roef.session"));
    const days = ((cookie?.expires ?? 0) * 1000 - Date.now()) / (24 * 3600_000);
    expect(days).toBeGreaterThan(59);
    expect(days).toBeLessThanOrEqual(60);
  });
});

test.describe("bad URLs", () => {
  test("a malformed percent-encoded path is the portal's 404 page, not a bare 500", async ({ page, request }) => {
    for (const path of ["/ouder/fotos/%E0%A4%A", "/api/photos/%E0%A4%A/thumb", "/%"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
    }
    await page.goto("/ouder/fotos/%E0%A4%A");
    await expect(page.getByRole("heading", { name: "Niet gevonden" })).toBeVisible();
  });
});
