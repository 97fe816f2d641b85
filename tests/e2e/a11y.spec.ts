// axe on every main page (issue #7: 0 serious or critical WCAG 2 A/AA violations), per role, in the viewport that
// role uses. Read-only: nothing is changed. Demo data used: family 100019 (Smits, Krabbetjes), Carmen (staff,
// Zeesterren), the manager and beheer@deroef.example; no other spec file signs in as 100019 or Carmen.
import { expect, test, type Browser } from "@playwright/test";
import { DEMO, PHONE, TABLET, expectAccessible, login } from "./helpers";

const PAGES = {
  parent: [
    "/ouder",
    "/ouder/fotos",
    "/ouder/schriftje",
    "/berichten",
    "/berichten/nieuw",
    "/ouder/planning",
    "/ouder/roefjes",
    "/ouder/meer",
    "/nieuws",
    "/ouder/documenten",
    "/ouder/profiel",
    "/ouder/contract",
    "/ouder/toestemming",
    "/instellingen",
    "/ouder/privacy",
  ],
  staff: [
    "/groep",
    "/groep/aanwezigheid",
    "/groep/schriftje",
    "/groep/fotos",
    "/groep/contacten",
    "/berichten",
    "/nieuws",
    "/instellingen",
  ],
  manager: ["/aanvragen", "/groep"],
  beheerder: [
    "/beheer",
    "/beheer/gezinnen",
    "/beheer/medewerkers",
    "/beheer/locaties",
    "/beheer/organisatie",
    "/beheer/toestemmingen",
    "/beheer/audit",
    "/beheer/outbox",
    "/beheer/taken",
  ],
};

async function sweep(browser: Browser, who: string, viewport: { width: number; height: number }, paths: string[]) {
  const context = await browser.newContext({ viewport, locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  const page = await context.newPage();
  await login(page, who);
  for (const path of paths) {
    await test.step(path, async () => {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator("main h1").first()).toBeVisible();
      await expectAccessible(page);
    });
  }
  await context.close();
}

test("parent pages on a phone", async ({ browser }) => {
  test.setTimeout(120_000);
  await sweep(browser, "100019", PHONE, PAGES.parent);
});

test("staff pages on a tablet", async ({ browser }) => {
  test.setTimeout(120_000);
  await sweep(browser, "carmen@deroef.example", TABLET, PAGES.staff);
});

test("manager and beheer pages on a tablet", async ({ browser }) => {
  // Two roles' page lists in one sweep: about 40 s on an idle machine, so the default 60 s is too tight under load.
  test.setTimeout(180_000);
  await sweep(browser, DEMO.manager, TABLET, PAGES.manager);
  await sweep(browser, DEMO.beheerder, TABLET, PAGES.beheerder);
});
