// Photos end to end: staff post and tag on a tablet, parents see (or do not see) them on a phone, consent withdrawal
// hides a photo from other parents at once, and downloads carry no EXIF/GPS.
// Demo data used (prisma/seed.ts): Dolfijnen = Noor Jansen (100001, full consent), Luuk Meijer (100006, full
// consent), Jesse Vos (100011, no photo consent), Jens Brouwer (100016, no sharing); 100003 is a Zeesterren parent. 100006's consent is restored at
// the end so other spec files see the demo data as seeded.
import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type Page } from "@playwright/test";
import sharp from "sharp";
import { DEMO, PHONE, TABLET, expectAccessible, login } from "./helpers";

const CAPTION = `Zandbak ${Date.now()}`;
let photoPath = "";

async function jpegWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 1200, height: 900, channels: 3, background: { r: 230, g: 190, b: 90 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: "RoefCam", Artist: "Juf Anna" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "52/1 22/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "4/1 54/1 0/1" },
    })
    .toBuffer();
}

async function phonePage(browser: Browser, loginName: string): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  const page = await context.newPage();
  await login(page, loginName);
  return page;
}

async function openNoorFeed(page: Page) {
  await page.goto("/ouder/fotos");
  await page.getByRole("link", { name: "Foto's van Noor Jansen" }).click();
  await expect(page.getByRole("heading", { name: "Foto's van Noor Jansen" })).toBeVisible();
}

test.describe
  .serial("photos with consent", () => {
    test("staff upload several photos on a tablet, tag children with consent shown; a bad file does not stop the others", async ({
      browser,
    }) => {
      const context = await browser.newContext({ viewport: TABLET, locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
      const page = await context.newPage();
      await login(page, DEMO.staffDolfijnen);
      await page.goto("/groep/fotos");
      await expect(page.getByRole("heading", { name: "Foto's van Dolfijnen" })).toBeVisible();
      await expectAccessible(page);

      await page.getByLabel("Foto's kiezen").setInputFiles([
        { name: "zandbak.jpg", mimeType: "image/jpeg", buffer: await jpegWithGps() },
        { name: "geen-foto.jpg", mimeType: "image/jpeg", buffer: Buffer.from("dit is tekst, geen foto") },
      ]);
      await expect(page.getByText("2 foto's gekozen")).toBeVisible();
      await page.getByLabel("Bijschrift (optioneel)").fill(CAPTION);
      // Consent is visible while tagging.
      await expect(
        page.getByRole("checkbox", { name: "Jesse Vos geen toestemming om foto's te maken: niet taggen" }),
      ).toBeVisible();
      await expect(page.getByRole("checkbox", { name: "Jens Brouwer niet delen: alleen eigen ouders" })).toBeVisible();
      await page.getByRole("checkbox", { name: /Noor Jansen/ }).check();
      await page.getByRole("checkbox", { name: /Luuk Meijer/ }).check();
      await page.getByRole("button", { name: "Uploaden" }).click();

      await expect(page.getByText("1 van 2 geplaatst")).toBeVisible();
      await expect(
        page
          .getByRole("alert")
          .filter({ hasText: "geen-foto" })
          .or(page.getByText("Mislukt: Dit is geen JPEG-, PNG- of WebP-foto.")),
      ).toBeVisible();
      // Nothing typed is lost after the failure.
      await expect(page.getByLabel("Bijschrift (optioneel)")).toHaveValue(CAPTION);
      await expect(page.getByRole("checkbox", { name: /Noor Jansen/ })).toBeChecked();

      const posted = page.getByRole("link", { name: new RegExp(CAPTION) });
      await expect(posted).toBeVisible();
      await posted.click();
      await expect(page.getByTestId("distribution")).toHaveText("Zichtbaar voor de ouders van de groep");
      photoPath = new URL(page.url()).pathname;
      expect(photoPath).toMatch(/^\/fotos\/[0-9a-f-]{36}$/);
      await expectAccessible(page);
      await context.close();
    });

    test("a Dolfijnen parent sees it on a phone and downloads it without EXIF or GPS", async ({ browser }) => {
      const page = await phonePage(browser, DEMO.parentKdv);
      await openNoorFeed(page);
      await expect(page.getByText("op foto's kunnen ook andere kinderen staan", { exact: false })).toBeVisible();
      await expectAccessible(page);
      // A thumbnail opens the full-screen viewer; the photo's own page is one tap further.
      await page.getByRole("link", { name: new RegExp(CAPTION) }).click();
      await page.getByRole("dialog").getByRole("link", { name: "Meer over deze foto" }).click();
      await expect(page.getByRole("heading", { name: CAPTION })).toBeVisible();
      await expectAccessible(page);
      // No social share buttons anywhere.
      await expect(page.getByRole("link", { name: /facebook|whatsapp|instagram|delen/i })).toHaveCount(0);

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: "Foto downloaden" }).click(),
      ]);
      expect(download.suggestedFilename()).toContain(CAPTION);
      const bytes = await readFile((await download.path())!);
      const meta = await sharp(bytes).metadata();
      expect(meta.format).toBe("jpeg");
      expect(meta.exif).toBeUndefined();
      expect(bytes.includes(Buffer.from("RoefCam"))).toBe(false);

      // The whole archive of the child as a ZIP.
      const [zip] = await Promise.all([
        page.waitForEvent("download"),
        page
          .goto("/ouder/fotos")
          .then(() => page.getByRole("link", { name: "Foto's van Noor Jansen" }).click())
          .then(() => page.getByRole("link", { name: /Alle foto's van Noor downloaden/ }).click()),
      ]);
      const archive = await readFile((await zip.path())!);
      expect(archive.subarray(0, 2).toString()).toBe("PK");
      expect(archive.includes(Buffer.from(CAPTION))).toBe(true);
      await page.context().close();
    });

    test("a parent of another group sees nothing, not even by URL", async ({ browser }) => {
      const page = await phonePage(browser, "100003");
      await page.goto("/ouder/fotos");
      await expect(page.getByRole("link", { name: new RegExp(CAPTION) })).toHaveCount(0);
      await expect(page.getByRole("heading", { name: /Foto's van/ })).toBeVisible();
      await expect(page.getByRole("link", { name: new RegExp(CAPTION) })).toHaveCount(0);
      expect((await page.goto(photoPath))?.status()).toBe(404);
      const id = photoPath.split("/").pop();
      for (const variant of ["thumb", "display", "download"]) {
        expect((await page.request.get(`/api/photos/${id}/${variant}`)).status()).toBe(404);
      }
      await page.context().close();
    });

    test("withdrawing share consent removes the photo from other parents' feeds at once", async ({ browser }) => {
      const withdrawing = await phonePage(browser, "100006");
      await withdrawing.goto("/ouder/toestemming");
      await expectAccessible(withdrawing);
      const form = withdrawing.getByRole("form", { name: "Luuk Meijer" });
      await form
        .getByRole("group", { name: /gedeeld worden/ })
        .getByLabel("Nee")
        .check();
      await form.getByRole("button", { name: "Toestemming opslaan" }).click();
      await expect(form.getByRole("status")).toContainText("Opgeslagen");

      const other = await phonePage(browser, DEMO.parentKdv);
      await openNoorFeed(other);
      await expect(other.getByRole("link", { name: new RegExp(CAPTION) })).toHaveCount(0);
      expect((await other.goto(photoPath))?.status()).toBe(404);
      // Luuk's own parents still see it: Noor may be shared.
      await withdrawing.goto(photoPath);
      await expect(withdrawing.getByRole("heading", { name: CAPTION })).toBeVisible();

      // Restore the demo consent; the photo is back for the other parent.
      await withdrawing.goto("/ouder/toestemming");
      const again = withdrawing.getByRole("form", { name: "Luuk Meijer" });
      await again
        .getByRole("group", { name: /gedeeld worden/ })
        .getByLabel("Ja")
        .check();
      await again.getByRole("button", { name: "Toestemming opslaan" }).click();
      await expect(again.getByRole("status")).toContainText("Opgeslagen");
      await openNoorFeed(other);
      await expect(other.getByRole("link", { name: new RegExp(CAPTION) })).toBeVisible();
      await withdrawing.context().close();
      await other.context().close();
    });
  });
