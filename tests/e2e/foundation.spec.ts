import { expect, test } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, PHONE, TABLET, expectAccessible, login, logout } from "./helpers";

test.describe("login and role-based landing", () => {
  test.use({ viewport: PHONE });

  test("a parent logs in with the debiteurnummer and lands on their children", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
    await expectAccessible(page);
    await login(page, DEMO.parentKdv);
    await expect(page).toHaveURL(/\/ouder$/);
    await expect(page.getByRole("heading", { name: /Hallo Sanne/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Noor Jansen" })).toBeVisible();
    await expectAccessible(page);
    // Not yours: staff and beheer pages are a 404 for a parent.
    const response = await page.goto("/beheer");
    expect(response?.status()).toBe(404);
    await page.goto("/ouder");
    await logout(page);
  });

  test("wrong credentials keep the typed name and show one message; malformed numbers get their own", async ({
    page,
  }) => {
    await page.goto("/login");
    await page.getByLabel(/Debiteurnummer of e-mailadres/).fill("100005");
    await page.getByLabel("Wachtwoord", { exact: true }).fill("verkeerd-wachtwoord");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("klopt niet");
    await expect(page.getByLabel(/Debiteurnummer of e-mailadres/)).toHaveValue("100005");

    await page.getByLabel(/Debiteurnummer of e-mailadres/).fill("10O005");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("alleen cijfers");
  });

  test("repeated wrong passwords lock the account for a while, even with the right password", async ({ page }) => {
    await page.goto("/login");
    for (let attempt = 0; attempt < 5; attempt++) {
      await page.getByLabel(/Debiteurnummer of e-mailadres/).fill("100007");
      await page.getByLabel("Wachtwoord", { exact: true }).fill(`fout-${attempt}-wachtwoord`);
      await page.getByRole("button", { name: "Inloggen" }).click();
      await expect(page.getByRole("main").getByRole("alert")).toContainText("klopt niet");
    }
    await page.getByLabel("Wachtwoord", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Te veel mislukte pogingen");
    await expect(page).toHaveURL(/\/login/);
  });
});

test.describe("staff and beheer", () => {
  test.use({ viewport: TABLET });

  test("a staff member lands on their group with consent marks", async ({ page }) => {
    await login(page, DEMO.staffDolfijnen);
    await expect(page).toHaveURL(/\/groep$/);
    await expect(page.getByRole("heading", { name: /Dolfijnen/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: /Kapiteins/ })).toHaveCount(0);
    await expectAccessible(page);
  });

  test("a beheerder lands on beheer and a parent activates the invite from the outbox", async ({ page, browser }) => {
    await login(page, DEMO.beheerder);
    await expect(page).toHaveURL(/\/beheer$/);
    await expectAccessible(page);
    await page.getByRole("link", { name: "Uitgaande mail" }).click();
    // Pick 100020's mail by address: other specs (beheer.spec.ts) send invites to the same outbox.
    await page
      .getByRole("link", { name: /Activeer je account.*ouder100020@example\.nl/ })
      .first()
      .click();
    const link = await page.getByRole("link", { name: /\/activeren\// }).getAttribute("href");
    expect(link).toBeTruthy();

    // The parent opens the link on their phone, in a fresh browser context.
    const phone = await browser.newContext({ viewport: PHONE, locale: "nl-NL" });
    const parent = await phone.newPage();
    await parent.goto(new URL(link!).pathname);
    await expect(parent.getByTestId("login-name")).toHaveText("100020");
    await parent.getByLabel("Nieuw wachtwoord").fill("kort");
    await parent.getByLabel("Herhaal wachtwoord").fill("kort");
    await parent.getByRole("button", { name: "Account activeren" }).click();
    await expect(parent.getByText("te kort")).toBeVisible();
    await parent.getByLabel("Nieuw wachtwoord").fill("Vuurtoren op het strand 7");
    await parent.getByLabel("Herhaal wachtwoord").fill("Vuurtoren op het strand 7");
    await parent.getByRole("button", { name: "Account activeren" }).click();
    await expect(parent.getByText("Je account is actief")).toBeVisible();
    await login(parent, "100020", "Vuurtoren op het strand 7");
    await expect(parent).toHaveURL(/\/ouder$/);

    // The link is single use.
    await parent.goto(new URL(link!).pathname);
    await expect(parent.getByText("verlopen of al gebruikt")).toBeVisible();
    await phone.close();
  });

  test("forgot password sends a reset link that works once", async ({ page, browser }) => {
    await page.goto("/wachtwoord-vergeten");
    await page.getByLabel(/Debiteurnummer of e-mailadres/).fill("100004");
    await page.getByRole("button", { name: "Stuur de link" }).click();
    await expect(page.getByRole("status")).toContainText("Als dit account bestaat");

    const admin = await browser.newContext();
    const adminPage = await admin.newPage();
    await login(adminPage, DEMO.beheerder);
    // The reset mail is made by the job runner (lib/jobs), a moment after the request answered.
    const resetMail = adminPage.getByRole("link", { name: /Nieuw wachtwoord.*ouder100004@example\.nl/ }).first();
    await expect(async () => {
      await adminPage.goto("/beheer/outbox");
      await expect(resetMail).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 30_000 });
    await resetMail.click();
    const link = await adminPage.getByRole("link", { name: /\/wachtwoord-herstellen\// }).getAttribute("href");
    await admin.close();

    await page.goto(new URL(link!).pathname);
    await page.getByLabel("Nieuw wachtwoord").fill("Zandkasteel bouwen in juni");
    await page.getByLabel("Herhaal wachtwoord").fill("Zandkasteel bouwen in juni");
    await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    await expect(page.getByText("Je wachtwoord is gewijzigd")).toBeVisible();
    await login(page, "100004", "Zandkasteel bouwen in juni");
    await expect(page).toHaveURL(/\/ouder$/);
  });

  test("the language can be switched to English", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { name: "Log in" })).toBeVisible();
    await page.getByRole("button", { name: "Nederlands" }).click();
    await expect(page.getByRole("heading", { name: "Inloggen" })).toBeVisible();
  });
});

test("pages carry a nonce-based Content-Security-Policy and frame protection", async ({ page }) => {
  const response = await page.goto("/login");
  const csp = response?.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(response?.headers()["x-frame-options"]).toBe("DENY");
  // The page still works under the policy: the login form is interactive (client JS ran).
  await page.getByLabel(/Debiteurnummer of e-mailadres/).fill("100001");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Vul je gebruikersnaam en wachtwoord in");
});
