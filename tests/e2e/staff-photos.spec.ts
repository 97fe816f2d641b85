// Issue 18 on the group tablet (1024 x 768): consent at the source on upload, tagging after upload, a photo's date,
// and a beheerder recording consent from a paper form. Demo data (prisma/seed.ts, prisma/seed-staff.ts): Dolfijnen =
// Noor Jansen (100001, full consent), Jesse Vos (no photo consent), Mila Kramer (100022, no choice recorded yet).
import { expect, test, type Browser } from "@playwright/test";
import sharp from "sharp";
import { DEMO, PHONE, TABLET_LANDSCAPE, expectAccessible, login } from "./helpers";
import { addDays, amsterdamToday } from "./dates";

const CAPTION = `Bouwhoek ${Date.now()}`;

async function jpeg(): Promise<Buffer> {
  return sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 90, g: 160, b: 210 } } })
    .jpeg()
    .toBuffer();
}

async function open(browser: Browser, loginName: string, viewport = TABLET_LANDSCAPE) {
  const context = await browser.newContext({ viewport, locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  const page = await context.newPage();
  await login(page, loginName);
  return page;
}

test.describe
  .serial("staff: consent at the source and tagging after upload", () => {
    test("a child without photo consent is refused by name on upload; tags are set after upload", async ({
      browser,
    }) => {
      const page = await open(browser, DEMO.staffDolfijnen);
      await page.goto("/groep/fotos");
      await page
        .getByLabel("Foto's kiezen")
        .setInputFiles([{ name: "bouwhoek.jpg", mimeType: "image/jpeg", buffer: await jpeg() }]);
      await page.getByLabel("Bijschrift (optioneel)").fill(CAPTION);
      await page.getByRole("checkbox", { name: /Jesse Vos/ }).check();
      await page.getByRole("button", { name: "Uploaden" }).click();
      await expect(
        page
          .getByRole("alert")
          .filter({ hasText: "bouwhoek" })
          .or(page.getByText(/Mislukt: Jesse Vos/)),
      ).toContainText("Jesse Vos: de ouders gaven geen toestemming om foto's te maken");
      // Nothing was stored: the photo is not in the list.
      await expect(page.getByRole("link", { name: new RegExp(CAPTION) })).toHaveCount(0);
      // Untick, try again without tags: it is posted (hidden from parents until tagged).
      await page.getByRole("checkbox", { name: /Jesse Vos/ }).uncheck();
      await page.getByRole("button", { name: "Opnieuw proberen" }).click();
      await expect(page.getByText("1 van 1 geplaatst")).toBeVisible();
      const posted = page.getByRole("link", { name: new RegExp(CAPTION) });
      await expect(posted).toBeVisible();
      await posted.click();
      await expect(page.getByTestId("distribution")).toHaveText("Niet zichtbaar voor ouders");
      await expect(page.getByText(/datum van het plaatsen/)).toBeVisible();

      // Tag after upload: the same consent markers as on upload.
      const editor = page.getByRole("group", { name: "Wie staan er op deze foto?" });
      await expect(
        editor.getByRole("checkbox", { name: "Jesse Vos geen toestemming om foto's te maken: niet taggen" }),
      ).toBeVisible();
      await editor.getByRole("checkbox", { name: /Noor Jansen/ }).check();
      await editor.getByRole("checkbox", { name: /Jesse Vos/ }).check();
      await expect(
        page.getByText("Jesse Vos: geen toestemming om foto's te maken. Opslaan wordt geweigerd."),
      ).toBeVisible();
      await page.getByRole("button", { name: "Tags opslaan" }).click();
      await expect(
        page.getByRole("alert").filter({ hasText: "Jesse Vos: de ouders gaven geen toestemming" }),
      ).toBeVisible();
      await expect(page.getByTestId("distribution")).toHaveText("Niet zichtbaar voor ouders");
      await editor.getByRole("checkbox", { name: /Jesse Vos/ }).uncheck();
      await page.getByRole("button", { name: "Tags opslaan" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Opgeslagen." })).toContainText(
        "Zichtbaar voor de ouders van de groep",
      );
      await expect(page.getByTestId("distribution")).toHaveText("Zichtbaar voor de ouders van de groep");
      await expectAccessible(page);

      // Correct the date: yesterday morning.
      const typed = `${addDays(amsterdamToday(), -1)}T09:30`;
      await page.getByLabel("Gemaakt op").fill(typed);
      await page.getByRole("button", { name: "Datum opslaan" }).click();
      await expect(page.getByText("De datum is aangepast.")).toBeVisible();
      await page.reload();
      await expect(page.getByText(/datum aangepast door de groep/)).toBeVisible();
      await expect(page.getByLabel("Gemaakt op")).toHaveValue(typed);
      await page.context().close();

      // Noor's parent sees it at once, on a phone.
      const parent = await open(browser, DEMO.parentKdv, PHONE);
      await parent.goto("/ouder/fotos");
      await parent.getByRole("link", { name: "Foto's van Noor Jansen" }).click();
      await expect(parent.getByRole("link", { name: new RegExp(CAPTION) })).toBeVisible();
      await parent.context().close();
    });

    test("a beheerder records consent from a paper form; the parents' to-do goes away", async ({ browser }) => {
      const parent = await open(browser, DEMO.parentStaffDemo, PHONE);
      await parent.goto("/ouder");
      await expect(parent.getByRole("heading", { name: "Nog te doen" })).toBeVisible();
      await expect(
        parent.getByText("Kies of er foto's van Mila Kramer gemaakt mogen worden.", { exact: false }),
      ).toBeVisible();
      await expectAccessible(parent);

      const admin = await open(browser, DEMO.beheerder);
      await admin.goto("/beheer/toestemmingen");
      await admin.getByRole("link", { name: /Papieren formulier vastleggen\s*: Mila Kramer/ }).click();
      await expect(admin.getByRole("heading", { name: "Toestemming van papier: Mila Kramer" })).toBeVisible();
      await expect(admin.getByText("Nog geen keuze vastgelegd.")).toBeVisible();
      await admin
        .getByLabel("Mogen er foto's van Mila Kramer gemaakt en aan de ouders getoond worden?")
        .selectOption("yes");
      await admin
        .getByLabel("Mogen foto's waar Mila Kramer op staat gedeeld worden met de andere ouders van de groep?")
        .selectOption("no");
      await admin.getByLabel("Datum op het formulier").fill("2099-01-01");
      await admin.getByRole("button", { name: "Keuze vastleggen" }).click();
      await expect(admin.getByText("De datum op het formulier kan niet in de toekomst liggen.")).toBeVisible();
      await admin.getByLabel("Datum op het formulier").fill(amsterdamToday());
      await admin.getByRole("button", { name: "Keuze vastleggen" }).click();
      await expect(admin.getByText("Vastgelegd. Dit geldt vanaf nu", { exact: false })).toBeVisible();
      await expectAccessible(admin);
      await admin.context().close();

      await parent.reload();
      await expect(parent.getByRole("heading", { name: "Nog te doen" })).toHaveCount(0);
      await parent.goto("/ouder/toestemming");
      await parent.getByText("Eerdere keuzes").first().click();
      await expect(parent.getByText("van het papieren formulier van", { exact: false })).toBeVisible();
      await parent.context().close();
    });
  });
