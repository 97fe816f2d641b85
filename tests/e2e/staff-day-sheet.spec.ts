// Issue 18, the group day sheet on the tablet (1024 x 768): one nap for three Dolfijnen children at once, each child's
// schriftje gets it; activity chips add up. Uses Noor Jansen, Luuk Meijer and Mila Kramer (their schriftjes only get a
// new entry; other specs look for their own texts).
import { expect, type Page, test } from "@playwright/test";
import { DEMO, TABLET_LANDSCAPE, expectAccessible, login } from "./helpers";

const chip = (page: Page, name: string) =>
  page.locator("label").filter({ has: page.getByRole("radio", { name, exact: true }) });

test("a day sheet for three children; activity chips add up", async ({ browser }) => {
  const context = await browser.newContext({
    viewport: TABLET_LANDSCAPE,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
  });
  const page = await context.newPage();
  await login(page, DEMO.staffDolfijnen);
  await page.goto("/groep/schriftje");
  await page.getByRole("link", { name: "Dagblad: voor meerdere kinderen tegelijk" }).click();
  await expect(page.getByRole("heading", { name: "Dagblad voor de groep" })).toBeVisible();
  await expectAccessible(page);
  const nap = `12:${String(10 + (Date.now() % 40)).padStart(2, "0")}-14:00`;
  // Nothing picked: a message, nothing lost.
  // The item radios are visually hidden inside their chip (the label takes the tap): tap the chip.
  await chip(page, "Slapen").click();
  await expect(page.getByRole("radio", { name: "Slapen" })).toBeChecked();
  await page.getByRole("textbox", { name: "Slapen", exact: true }).fill(nap);
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("Kies een of meer kinderen.")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Slapen", exact: true })).toHaveValue(nap);
  for (const name of ["Noor Jansen", "Luuk Meijer", "Mila Kramer"]) await page.getByRole("checkbox", { name }).check();
  await page.getByRole("button", { name: "Opslaan voor 3 kinderen" }).click();
  await expect(page.getByText("Opgeslagen in de schriftjes van 3 kinderen.")).toBeVisible();

  // Activity chips add up.
  await chip(page, "Activiteiten").click();
  await expect(page.getByRole("radio", { name: "Activiteiten" })).toBeChecked();
  const chips = page.getByRole("group", { name: /Activiteiten/ }).getByRole("button");
  const first = (await chips.nth(0).textContent()) ?? "";
  const second = (await chips.nth(1).textContent()) ?? "";
  await chips.nth(0).click();
  await chips.nth(1).click();
  await expect(page.getByRole("textbox", { name: "Activiteiten", exact: true })).toHaveValue(`${first}, ${second}`);

  // Each child's schriftje has the nap.
  for (const name of ["Noor Jansen", "Luuk Meijer", "Mila Kramer"]) {
    await page.goto("/groep/schriftje");
    await page
      .getByRole("link", { name: new RegExp(name) })
      .first()
      .click();
    await expect(page.getByText(nap).first()).toBeVisible();
  }
  await context.close();
});
