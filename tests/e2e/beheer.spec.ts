// Beheer end to end: a beheerder creates a family, invites the parent through the dev outbox, the parent activates
// and logs in; the beheerder deactivates the parent and the parent's open session stops at once; a CSV import with
// errors shows them per line and writes nothing. Uses beheer2@deroef.example and new families only.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, PHONE, TABLET, expectAccessible, login } from "./helpers";

const BEHEERDER = "beheer2@deroef.example";
const uniqueNumber = () => String(70_000_000 + Math.floor(Math.random() * 9_999_999));

async function findFamily(page: Page, debiteurnummer: string) {
  await page.goto(`/beheer/gezinnen?q=${debiteurnummer}`);
}

test.describe("beheer", () => {
  test.use({ viewport: TABLET });

  test("create a family, invite, activate, log in, deactivate ends the parent's session", async ({ page, browser }) => {
    const number = uniqueNumber();
    const email = `e2e-${number}@example.nl`;
    await login(page, BEHEERDER);
    await page.goto("/beheer/gezinnen");
    await page.getByText("Nieuw gezin toevoegen").click();
    // Bad input first: translated messages per field, and what was typed stays.
    await page.getByLabel("Debiteurnummer").fill("12x");
    await page.getByLabel("Gezinsnaam").fill("Familie Testpad");
    await page.getByRole("button", { name: "Gezin aanmaken" }).click();
    await expect(page.getByText("Een debiteurnummer bestaat uit 4 tot 12 cijfers.")).toBeVisible();
    await expect(page.getByLabel("Gezinsnaam")).toHaveValue("Familie Testpad");
    await expectAccessible(page);

    await page.getByLabel("Debiteurnummer").fill(number);
    await page.getByLabel("Naam ouder/verzorger").fill("Iris Testpad");
    await page.getByLabel("E-mailadres ouder/verzorger").fill(email);
    await page.getByRole("button", { name: "Gezin aanmaken" }).click();
    await expect(page.getByText("Gezin aangemaakt")).toBeVisible();

    await findFamily(page, number);
    const row = page.getByTestId(`guardian-${number}`);
    await expect(row).toContainText("uitgenodigd");
    await row.getByRole("button", { name: /Uitnodiging sturen/ }).click();
    await expect(row.getByRole("status")).toContainText(`Uitnodiging verstuurd naar ${email}`);

    // The family page: children, placements and contracts can be added; the ZIP export is offered.
    await page.getByRole("link", { name: /Gezin Familie Testpad bekijken/ }).click();
    await page.getByRole("heading", { name: "Kind toevoegen" }).waitFor();
    await page.getByLabel("Voornaam").fill("Pim");
    await page.getByLabel("Achternaam").fill("Testpad");
    await page.getByLabel("Geboortedatum").fill("2024-03-01");
    await page.getByRole("button", { name: "Kind toevoegen" }).click();
    await expect(page.getByRole("heading", { name: "Pim Testpad" })).toBeVisible();
    await page.getByText("Plaatsing toevoegen").first().click();
    await page.getByLabel("Groep").selectOption({ label: "Dolfijnen (KDV, De Roef Centrum)" });
    await page.getByLabel("Startdatum").first().fill("2026-01-05");
    await page.getByRole("button", { name: "Plaatsing toevoegen" }).click();
    await expect(page.getByText(/Dolfijnen \(KDV\) · 5 januari 2026 – doorlopend/)).toBeVisible();
    await expectAccessible(page);

    // The parent opens the invite from the outbox on their phone.
    await page.goto("/beheer/outbox");
    await page
      .getByRole("link", { name: new RegExp(email) })
      .first()
      .click();
    const link = await page.getByRole("link", { name: /\/activeren\// }).getAttribute("href");
    const phone = await browser.newContext({ viewport: PHONE, locale: "nl-NL" });
    const parent = await phone.newPage();
    await parent.goto(new URL(link!).pathname);
    await parent.getByLabel("Nieuw wachtwoord").fill("Vlieger boven de duinen 4");
    await parent.getByLabel("Herhaal wachtwoord").fill("Vlieger boven de duinen 4");
    await parent.getByRole("button", { name: "Account activeren" }).click();
    await expect(parent.getByText("Je account is actief")).toBeVisible();
    await login(parent, number, "Vlieger boven de duinen 4");
    await expect(parent).toHaveURL(/\/ouder$/);

    // The family downloads its data from the privacy page.
    await parent.goto("/ouder/privacy");
    await expectAccessible(parent);
    const downloadPromise = parent.waitForEvent("download");
    await parent.getByRole("link", { name: "Download mijn gegevens (ZIP)" }).click();
    expect((await downloadPromise).suggestedFilename()).toBe(`roef-gegevens-${number}.zip`);

    // The beheerder deactivates; the parent's next navigation ends on the login page.
    await findFamily(page, number);
    // Deactiveren asks first (issue 16, item 10): the first tap only opens the question.
    await page.getByTestId(`guardian-${number}`).getByText("Deactiveren", { exact: true }).click();
    await page
      .getByTestId(`guardian-${number}`)
      .getByRole("button", { name: /Ja, deactiveren/ })
      .click();
    await expect(page.getByTestId(`guardian-${number}`)).toContainText("gedeactiveerd");
    await parent.goto("/ouder");
    await expect(parent).toHaveURL(/\/login/);
    await phone.close();
  });

  test("a CSV import with errors shows them per line and writes nothing", async ({ page }) => {
    const good = uniqueNumber();
    const bad = uniqueNumber();
    await login(page, BEHEERDER);
    await page.goto("/beheer/import");
    await expectAccessible(page);
    const csv = [
      "debiteurnummer;gezinsnaam;ouder_naam;ouder_email;ouder2_naam;ouder2_email;kind_voornaam;kind_achternaam;geboortedatum;groep;startdatum;einddatum;opvangsoort;dagen;vakantieuren",
      `${good};Jansma;Lies Jansma;lies-${good}@example.nl;;;Ties;Jansma;2023-05-01;Dolfijnen;2026-01-05;;KDV;ma-o,ma-m;0`,
      `${bad};Fout;Ouder Fout;geen-adres;;;Kind;Fout;31-02-2023;Bestaat niet;2026-01-05;;KDV;za-o;0`,
    ].join("\n");
    await page
      .getByLabel("CSV-bestand")
      .setInputFiles({ name: "export.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${csv}`, "utf8") });
    await page.getByRole("button", { name: "Controleren (proefimport)" }).click();
    const table = page.getByTestId("import-preview");
    await expect(page.getByRole("alert").filter({ hasText: "1 van de 2 regels bevatten fouten" })).toBeVisible();
    await expect(table).toContainText("In orde (gezin: nieuw, kind: nieuw)");
    await expect(table).toContainText('"geen-adres" is geen geldig e-mailadres');
    await expect(table).toContainText('"31-02-2023" is geen geldige datum');
    await expect(table).toContainText('Groep "Bestaat niet" bestaat niet');
    await expect(table).toContainText('Dagen "za-o" niet begrepen');
    await expectAccessible(page);

    // Importing anyway is refused as a whole: the good line is not written either.
    await page.getByRole("button", { name: "Importeren" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Niet geïmporteerd" })).toBeVisible();
    await findFamily(page, good);
    await expect(page.getByText(`Jansma · ${good}`)).toHaveCount(0);
  });

  test("the other beheer pages render accessibly, and managers see locations read-only", async ({ page, browser }) => {
    // A sweep of many pages with axe on each: 35-55 s on an idle machine, so the default 60 s is too tight under load.
    test.setTimeout(180_000);
    await login(page, BEHEERDER);
    for (const path of [
      "/beheer",
      "/beheer/locaties",
      "/beheer/medewerkers",
      "/beheer/organisatie",
      "/beheer/toestemmingen",
      "/beheer/audit?category=logins",
    ]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectAccessible(page);
    }
    // Actions in words, never codes like "login.succeeded" (issue 17).
    await expect(page.getByTestId("audit-table")).toContainText("Ingelogd");
    await expect(page.getByTestId("audit-table")).not.toContainText(/\b[a-z_]+\.[a-z_.]+\b/);

    const managerContext = await browser.newContext({ viewport: TABLET });
    const manager = await managerContext.newPage();
    await login(manager, "manager@deroef.example", DEMO_PASSWORD);
    await manager.goto("/beheer/locaties");
    await expect(manager.getByText("Alleen-lezen")).toBeVisible();
    await expect(manager.getByRole("button", { name: "Opslaan" })).toHaveCount(0);
    expect((await manager.goto("/beheer/gezinnen"))?.status()).toBe(404);
    expect((await manager.goto("/beheer/import"))?.status()).toBe(404);
    await managerContext.close();

    // Staff see the consent overview of their own group only.
    const staffContext = await browser.newContext({ viewport: TABLET });
    const staff = await staffContext.newPage();
    await login(staff, "anna@deroef.example", DEMO_PASSWORD);
    await staff.getByRole("link", { name: "Toestemmingen" }).first().click();
    await expect(staff.getByRole("heading", { name: /Dolfijnen/ })).toBeVisible();
    await expect(staff.getByRole("heading", { name: /Kapiteins/ })).toHaveCount(0);
    await expectAccessible(staff);
    expect((await staff.goto("/beheer/locaties"))?.status()).toBe(404);
    await staffContext.close();
  });
});
