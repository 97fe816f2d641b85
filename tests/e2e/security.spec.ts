// Privacy and security round two (issue 16), against the production server (scripts/serve.ts): the client address
// behind the login limit, sessions that end at logout, the AVG export a beheerder prepares, photos the browser may
// not show again without asking, and bad URLs. Demo accounts used only here: the second guardians of families 100013
// and 100016 (100016's child Jens Brouwer is in Dolfijnen; a photo tagged with only him is for his own parents).
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import sharp from "sharp";
import { DEMO, DEMO_PASSWORD, PHONE, TABLET, login, logout } from "./helpers";

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

async function signedIn(browser: Browser, loginName: string, viewport = PHONE): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  const page = await context.newPage();
  await login(page, loginName);
  return page;
}

test.describe("the AVG export a beheerder prepares", () => {
  test("goes to the family, with the reason; the beheerder never gets the data", async ({ browser }) => {
    const [family] = await query<{ id: string }>(`SELECT id FROM "Family" WHERE debiteurnummer = '100013'`);
    const admin = await signedIn(browser, DEMO.beheerder, TABLET);
    await admin.goto(`/beheer/gezinnen/${family.id}`);
    // No download for the beheerder, not by link and not by URL.
    await expect(admin.locator('a[href*="/api/privacy/export"]')).toHaveCount(0);
    expect((await admin.request.get(`/api/privacy/export?familyId=${family.id}`)).status()).toBe(404);

    const reason = `Inzageverzoek per e-mail ${Date.now()}`;
    await admin.getByLabel("Reden").fill(reason);
    await admin.getByRole("button", { name: "Export klaarzetten voor de ouders" }).click();
    await expect(admin.getByText(/Klaargezet\. De 2 ouders krijgen een e-mail\./)).toBeVisible();
    const history = admin.getByRole("list", { name: "Eerder klaargezet" });
    await expect(history.getByText(reason)).toBeVisible();
    await expect(history.getByText("Nog niet gedownload").first()).toBeVisible();

    const parent = await signedIn(browser, "100013-2");
    await parent.goto("/ouder/privacy");
    await expect(parent.getByText(reason)).toBeVisible();
    const download = parent.waitForEvent("download");
    await parent.getByRole("link", { name: "Download mijn gegevens (ZIP)" }).click();
    expect((await download).suggestedFilename()).toBe("roef-gegevens-100013.zip");

    await admin.reload();
    await expect(history.getByText(/Door de ouders gedownload op/).first()).toBeVisible();
    await logout(parent);
  });
});

test.describe("photo bytes", () => {
  test.use({ viewport: PHONE });

  test("a photo the browser has shown is not shown again after logout: every view asks the server", async ({
    browser,
    page,
  }) => {
    const [jens] = await query<{ childId: string; groupId: string }>(
      `SELECT c.id AS "childId", p."groupId" FROM "Child" c JOIN "Placement" p ON p."childId" = c.id
       WHERE c."firstName" = 'Jens' AND c."lastName" = 'Brouwer' LIMIT 1`,
    );
    const staff = await signedIn(browser, DEMO.staffDolfijnen, TABLET);
    const jpeg = await sharp({ create: { width: 600, height: 400, channels: 3, background: "#3a8" } })
      .jpeg()
      .toBuffer();
    const origin = new URL(staff.url()).origin;
    const uploaded = await staff.request.post(
      `/api/photos?groupId=${jens.groupId}&childIds=${jens.childId}&caption=Cache-test`,
      { data: jpeg, headers: { "content-type": "image/jpeg", origin } },
    );
    expect(uploaded.status()).toBe(201);
    const { id } = (await uploaded.json()) as { id: string };

    await login(page, "100016-2");
    const thumb = `/api/photos/${id}/thumb`;
    const fetchStatus = () =>
      page.evaluate(async (url) => (await fetch(url, { credentials: "same-origin" })).status, thumb);
    expect(await fetchStatus()).toBe(200);
    expect(await fetchStatus()).toBe(200); // from the browser's copy after a 304, or fresh: shown either way
    await logout(page);
    // Signed out, the same browser asks again and is refused: it does not show its cached copy.
    expect(await fetchStatus()).toBe(401);
  });
});

test.describe("destructive actions ask first", () => {
  test("Deactiveren asks, ends the session at once, and Heractiveren undoes it without a new password", async ({
    browser,
  }) => {
    const [family] = await query<{ id: string }>(`SELECT id FROM "Family" WHERE debiteurnummer = '100019'`);
    const status = async () =>
      (await query<{ status: string }>(`SELECT status::text FROM "User" WHERE "loginName" = '100019-2'`))[0].status;
    const parent = await signedIn(browser, "100019-2");
    const admin = await signedIn(browser, DEMO.beheerder, TABLET);
    await admin.goto(`/beheer/gezinnen/${family.id}`);
    const row = admin.getByTestId("guardian-100019-2");

    // The first tap only asks; Annuleren closes the question and nothing happened.
    await row.getByText("Deactiveren", { exact: true }).click();
    await expect(row.getByText(/kan daarna niet meer inloggen/)).toBeVisible();
    expect(await status()).toBe("ACTIVE");
    await row.getByText("Annuleren", { exact: true }).click();
    await expect(row.getByText(/kan daarna niet meer inloggen/)).toBeHidden();
    expect(await status()).toBe("ACTIVE");

    await row.getByText("Deactiveren", { exact: true }).click();
    await row.getByRole("button", { name: /Ja, deactiveren/ }).click();
    await expect(row).toContainText("gedeactiveerd");
    expect(await status()).toBe("DEACTIVATED");
    await parent.goto("/ouder");
    await expect(parent).toHaveURL(/\/login/);

    await row.getByRole("button", { name: /Heractiveren/ }).click();
    await expect(row).toContainText("Account weer actief");
    expect(await status()).toBe("ACTIVE");
    await login(parent, "100019-2");
    await expect(parent).toHaveURL(/\/ouder$/);

    // Deleting a pick-up person asks too.
    const name = `Oma Test ${Date.now()}`;
    await parent.goto("/ouder/profiel");
    const form = parent.getByRole("form", { name: "Persoon toevoegen" });
    await form.getByLabel("Naam").fill(name);
    await form.getByLabel("Telefoonnummer").fill("0612345678");
    await form.getByLabel("Mag ophalen").check();
    await form.getByRole("button", { name: "Persoon toevoegen" }).click();
    const list = parent.getByRole("list", { name: "Noodnummers en ophalen" });
    const item = list.getByRole("listitem").filter({ hasText: name });
    await expect(item).toBeVisible();
    await item.getByText("Verwijderen", { exact: true }).click();
    await expect(item.getByText(/mag je kind dan niet meer ophalen/)).toBeVisible();
    await expect(item).toBeVisible();
    await item.getByRole("button", { name: /Ja, verwijderen/ }).click();
    await expect(list.getByText(name)).toHaveCount(0);
  });
});

test.describe("bad input", () => {
  test("a CSV over the limit gets the app's own message; an Excel Windows-1252 file is read right and says so", async ({
    browser,
  }) => {
    const admin = await signedIn(browser, DEMO.beheerder, TABLET);
    await admin.goto("/beheer/import");
    // Over the server-action body limit: it used to end in a 500 before our own check could answer.
    await admin.getByLabel("CSV-bestand").setInputFiles({
      name: "export.csv",
      mimeType: "text/csv",
      buffer: Buffer.alloc(3_500_000, "a"),
    });
    await admin.getByRole("button", { name: "Controleren (proefimport)" }).click();
    await expect(admin.getByText("Het bestand is te groot (maximaal 2 MB).")).toBeVisible();

    const number = `77${Date.now().toString().slice(-6)}`;
    const csv = [
      "debiteurnummer;gezinsnaam;ouder_naam;ouder_email;ouder2_naam;ouder2_email;kind_voornaam;kind_achternaam;geboortedatum;groep;startdatum;einddatum;opvangsoort;dagen;vakantieuren",
      `${number};Hoëvenaars;Renée Hoëvenaars;renee-${number}@example.nl;;;Zoë;Hoëvenaars;2023-05-01;Dolfijnen;2026-01-05;;KDV;ma-o;0`,
    ].join("\r\n");
    await admin
      .getByLabel("CSV-bestand")
      .setInputFiles({ name: "excel.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "latin1") });
    await admin.getByRole("button", { name: "Controleren (proefimport)" }).click();
    await expect(admin.getByTestId("import-encoding")).toContainText("Gelezen als Windows-1252");
    await expect(admin.getByTestId("import-preview")).toContainText("Hoëvenaars");
    await expect(admin.getByTestId("import-preview")).not.toContainText("\uFFFD");
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
