// Issue 14 end to end: the second household of a child (demo family 100021, used by no other spec) finds the
// group's phone, the location manager and the letter's mailbox on "Vragen en contact"; a beheerder changes a
// guardian's e-mail address (the form then shows what was stored) and moves a guardian to another family after
// confirming. Uses beheer2@deroef.example and new families only.
import { expect, test } from "@playwright/test";
import { PHONE, TABLET, expectAccessible, login } from "./helpers";

const SECOND_HOUSEHOLD = "100021";
const uniqueNumber = () => String(60_000_000 + Math.floor(Math.random() * 9_999_999));

test.describe("the letter's contact", () => {
  test.use({ viewport: PHONE });

  test("a second household sees the shared child's group, its phone, the manager and the mailbox", async ({ page }) => {
    await login(page, SECOND_HOUSEHOLD);
    await page.goto("/ouder/meer");
    await page.getByRole("link", { name: /Vragen en contact/ }).click();
    await expect(page.getByRole("heading", { name: "Vragen en contact", level: 1 })).toBeVisible();
    await expect(page.getByTestId("contact-email")).toHaveText("info@kindercentraderoef.nl");
    await expect(page.getByTestId("contact-email")).toHaveAttribute("href", "mailto:info@kindercentraderoef.nl");
    await expect(page.getByRole("heading", { name: /Kapiteins/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "0255 51 00 02" })).toBeVisible();
    await expect(page.getByText("Marieke Hoekstra")).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe("beheer basics", () => {
  test.use({ viewport: TABLET });

  test("change a guardian's e-mail address and move a guardian to another family", async ({ page }) => {
    const [from, to] = [uniqueNumber(), uniqueNumber()];
    await login(page, "beheer2@deroef.example");
    for (const [number, name] of [
      [from, "Familie Verhuis"],
      [to, "Familie Nieuwhuis"],
    ]) {
      await page.goto("/beheer/gezinnen");
      await page.getByText("Nieuw gezin toevoegen").click();
      await page.getByLabel("Debiteurnummer").fill(number);
      await page.getByLabel("Gezinsnaam").fill(name);
      await page.getByLabel("Naam ouder/verzorger").fill(`Iris ${number}`);
      await page.getByLabel("E-mailadres ouder/verzorger").fill(`iris-${number}@example.nl`);
      if (number === from) {
        await page.getByLabel("Naam tweede ouder (optioneel)").fill(`Tom ${number}`);
        await page.getByLabel("E-mailadres tweede ouder (optioneel)").fill(`tom-${number}@example.nl`);
      }
      await page.getByRole("button", { name: "Gezin aanmaken" }).click();
      await expect(page.getByText("Gezin aangemaakt")).toBeVisible();
    }
    await page.goto(`/beheer/gezinnen?q=${from}`);
    await page.getByRole("link", { name: /Gezin Familie Verhuis bekijken/ }).click();

    // E-mail: typed with spaces and capitals, stored (and shown) trimmed and in lower case.
    const emailForm = page.locator("details", { has: page.getByText(`E-mailadres wijzigen: Iris ${from}`) });
    await emailForm.getByText("E-mailadres wijzigen").click();
    await emailForm.getByLabel("E-mailadres ouder/verzorger").fill(`  Iris.NIEUW-${from}@Example.NL `);
    await emailForm.getByRole("button", { name: "Opslaan" }).click();
    await expect(emailForm.getByText(`Het e-mailadres is nu iris.nieuw-${from}@example.nl`)).toBeVisible();
    await expect(emailForm.getByLabel("E-mailadres ouder/verzorger")).toHaveValue(`iris.nieuw-${from}@example.nl`);
    await expect(page.getByTestId(`guardian-${from}`)).toContainText(`iris.nieuw-${from}@example.nl`);

    // Move: nothing happens before the confirmation; then Tom is in the other family with its next login name.
    await page.getByLabel("Welke ouder").selectOption({ label: `Tom ${from} (${from}-2)` });
    await page.getByLabel("Debiteurnummer van het andere gezin").fill(to);
    await page.getByText("Verplaatsen…").click();
    await expect(page.getByText(`Tom ${from} verplaatsen naar het gezin met debiteurnummer ${to}?`)).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: /Ja, verplaatsen/ }).click();
    await expect(page.getByText(`Verplaatst. De nieuwe gebruikersnaam is ${to}-2.`)).toBeVisible();
    await expect(page.getByTestId(`guardian-${from}-2`)).toHaveCount(0);
    await page.goto(`/beheer/gezinnen?q=${to}`);
    await page.getByRole("link", { name: /Gezin Familie Nieuwhuis bekijken/ }).click();
    await expect(page.getByTestId(`guardian-${to}-2`)).toContainText(`Tom ${from}`);
  });
});
