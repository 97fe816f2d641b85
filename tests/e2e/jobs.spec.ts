// Background jobs as a beheerder sees them: Beheer -> Achtergrondtaken lists every job in words with its last and next
// run, and says the e2e server's job runner is running; the invite lead time is an organisation setting that shows
// what was stored after a reload. Uses beheer2 (no other spec changes the organisation's rules).
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, TABLET, expectAccessible, login } from "./helpers";

test.use({ viewport: TABLET });

test("a beheerder sees each background job's last run, next run and failures", async ({ page }) => {
  await login(page, "beheer2@deroef.example", DEMO_PASSWORD);
  await page.goto("/beheer");
  await page
    .getByRole("navigation", { name: "Beheeronderdelen" })
    .getByRole("link", { name: "Achtergrondtaken" })
    .click();
  await expect(page.getByRole("heading", { name: "Achtergrondtaken", level: 1 })).toBeVisible();
  await expect(page.getByText("De taken worden verwerkt door één server.")).toBeVisible();
  const grant = page.getByTestId("job-roefjes.grant");
  await expect(grant.getByRole("rowheader")).toContainText("Roefjes van het nieuwe jaar toekennen");
  // Next run: 1 January 00:00, in words ("donderdag 1 januari 2027 00:00").
  await expect(grant).toContainText(/1 januari \d{4} 00:00/);
  await expect(page.getByTestId("job-mail.deliver")).toContainText("Zodra er iets te doen is");
  // The flush runs every minute in every e2e run: once it has run, its last run says so.
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("job-notifications.flush")).toContainText("(gelukt)", { timeout: 1000 });
  }).toPass({ timeout: 90_000 });
  await expectAccessible(page);
});

test("the invite lead time is saved and shown as stored", async ({ page }) => {
  await login(page, "beheer2@deroef.example", DEMO_PASSWORD);
  await page.goto("/beheer/organisatie");
  const field = page.getByLabel("Uitnodiging versturen (dagen voor de eerste opvangdag)");
  await expect(field).toHaveValue("42");
  await field.fill("35");
  // The page has several cards, each with its own Opslaan: save the form the field is in.
  await field.locator("xpath=ancestor::form[1]").getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("Opgeslagen", { exact: false }).first()).toBeVisible();
  // (What the form shows right after saving is issue 16.1, fixed for every form at once elsewhere.)
  await page.reload();
  await expect(field).toHaveValue("35");
  await field.fill("42");
  await field.locator("xpath=ancestor::form[1]").getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("Opgeslagen", { exact: false }).first()).toBeVisible();
  await page.reload();
  await expect(field).toHaveValue("42");
});
