// Konnect parity: documents, news, profile contacts and contract change requests, clicked through as parents (phone),
// staff and beheerders (tablet). Uses families 100009 (de Groot) and 100010 (Bos) only; the beheerder is beheer2.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO, PHONE, TABLET, expectAccessible, login } from "./helpers";

const BEHEERDER = "beheer2@deroef.example";
const STAFF_HAVEN = "dewi@deroef.example"; // Krabbetjes and Matrozen; 100010's child is in Matrozen

/** A minimal valid PDF, generated at test time. */
const pdf = (text: string) =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );

async function signedIn(browser: Browser, who: string, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: "nl-NL" });
  const page = await context.newPage();
  await login(page, who);
  return page;
}

test("a beheerder uploads a jaaropgave for 100009 and only that family can open it", async ({ browser }) => {
  const admin = await signedIn(browser, BEHEERDER, TABLET);
  await admin.goto("/beheer/documenten");
  await expect(admin.getByRole("heading", { name: "Documenten voor gezinnen" })).toBeVisible();
  await expectAccessible(admin);

  // Something that is not a PDF (by content, whatever its name) is refused, and what was typed stays.
  await admin.getByLabel("Debiteurnummer van het gezin").fill("100009");
  await admin.getByLabel("Titel").fill("Jaaropgave 2025");
  await admin.getByLabel("Soort").selectOption("JAAROPGAVE");
  await admin.getByLabel("PDF-bestand").setInputFiles({
    name: "jaaropgave.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("<html>geen pdf</html>"),
  });
  await admin.getByRole("button", { name: "Uploaden" }).click();
  await expect(admin.getByText("Dit bestand is geen PDF")).toBeVisible();
  await expect(admin.getByLabel("Titel")).toHaveValue("Jaaropgave 2025");
  await expect(admin.getByLabel("Debiteurnummer van het gezin")).toHaveValue("100009");

  await admin
    .getByLabel("PDF-bestand")
    .setInputFiles({ name: "jaaropgave.pdf", mimeType: "application/pdf", buffer: pdf("jaaropgave 100009") });
  await admin.getByRole("button", { name: "Uploaden" }).click();
  await expect(admin.getByText("Geüpload voor Familie de Groot (100009).")).toBeVisible();
  const href = await admin.getByRole("link", { name: "Jaaropgave 2025" }).first().getAttribute("href");
  expect(href).toMatch(/^\/api\/documenten\/[0-9a-f-]{36}$/);

  // The family finds it on the phone and downloads it.
  const parent = await signedIn(browser, "100009", PHONE);
  await parent.getByRole("link", { name: "Meer" }).click();
  await parent.getByRole("link", { name: /Documenten/ }).click();
  await expect(parent.getByText("Jaaropgave 2025")).toBeVisible();
  await expectAccessible(parent);
  const download = parent.waitForEvent("download");
  await parent.getByRole("link", { name: "Download Jaaropgave 2025" }).click();
  expect((await download).suggestedFilename()).toBe("jaaropgave-2025.pdf");
  const own = await parent.request.get(href!);
  expect(own.status()).toBe(200);
  expect(own.headers()["content-type"]).toBe("application/pdf");
  expect((await own.body()).subarray(0, 5).toString()).toBe("%PDF-");

  // Another family, staff, a signed-out visitor and a tampered id: all the same 404.
  const other = await signedIn(browser, "100010", PHONE);
  expect((await other.request.get(href!)).status()).toBe(404);
  await other.goto("/ouder/documenten");
  await expect(other.getByText("Jaaropgave 2025")).toHaveCount(0);
  const staff = await signedIn(browser, STAFF_HAVEN, TABLET);
  expect((await staff.request.get(href!)).status()).toBe(404);
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(href!)).status()).toBe(404);
  expect((await parent.request.get("/api/documenten/not-a-uuid")).status()).toBe(404);
  // Tampered: the last hex digit changed (to 1 when it already is 0, so the id really differs).
  const tampered = `${href!.slice(0, -1)}${href!.endsWith("0") ? "1" : "0"}`;
  expect((await parent.request.get(tampered)).status()).toBe(404);
});

test("a beheerder publishes news that parent 100009 sees as unread until opened", async ({ browser }) => {
  const admin = await signedIn(browser, BEHEERDER, TABLET);
  await admin.goto("/beheer/nieuws");
  await admin.getByRole("button", { name: "Plaatsen" }).click();
  await expect(admin.getByText("Vul een titel in.")).toBeVisible();
  await admin.getByLabel("Titel").fill("Nieuwe openingstijden Haven");
  await admin.getByLabel("Tekst").fill("Vanaf januari zijn we om 07:15 open.");
  await admin.getByLabel("Voor wie").selectOption({ label: "De Roef Haven" });
  await admin.getByRole("button", { name: "Plaatsen" }).click();
  await expect(admin.getByText("Het bericht is geplaatst")).toBeVisible();
  await expectAccessible(admin);

  const parent = await signedIn(browser, "100009", PHONE);
  await parent.goto("/ouder/meer");
  await expect(parent.locator("main").getByText(/\d+ ongelezen/)).toBeVisible();
  await parent.getByRole("link", { name: /Nieuws/ }).click();
  const item = parent.getByRole("link", { name: /Nieuwe openingstijden Haven/ });
  await expect(item.getByText("Nieuw", { exact: true })).toBeVisible();
  await expect(item).toContainText("Locatie De Roef Haven");
  await expectAccessible(parent);
  await item.click();
  await expect(parent.getByRole("heading", { name: "Nieuwe openingstijden Haven" })).toBeVisible();
  await expect(parent.getByText("Vanaf januari zijn we om 07:15 open.")).toBeVisible();
  await parent.getByRole("link", { name: "Terug naar Nieuws" }).click();
  await expect(
    parent.getByRole("link", { name: /Nieuwe openingstijden Haven/ }).getByText("Nieuw", { exact: true }),
  ).toHaveCount(0);
});

test("parent 100010 adds an emergency contact and a pick-up person; staff of the group see them", async ({
  browser,
}) => {
  const parent = await signedIn(browser, "100010", PHONE);
  await parent.goto("/ouder/profiel");
  await expect(parent.getByRole("heading", { name: "Profiel" })).toBeVisible();
  const form = parent.getByRole("form", { name: "Persoon toevoegen" });
  // Empty and invalid input: clear messages, nothing typed lost.
  await form.getByLabel("Naam").fill("Oma Bos");
  await form.getByLabel("Telefoonnummer").fill("bel me");
  await form.getByRole("button", { name: "Persoon toevoegen" }).click();
  await expect(form.getByText("Vul een geldig telefoonnummer in")).toBeVisible();
  await expect(form.getByText("Kies noodcontact, mag ophalen, of allebei.")).toBeVisible();
  await expect(form.getByLabel("Naam")).toHaveValue("Oma Bos");

  await form.getByLabel("Telefoonnummer").fill("06 12312312");
  await form.getByLabel("Relatie (optioneel)").fill("oma");
  await form.getByLabel("Noodcontact").check();
  await form.getByRole("button", { name: "Persoon toevoegen" }).click();
  await expect(parent.getByText("Oma Bos is toegevoegd.")).toBeVisible();
  await form.getByLabel("Naam").fill("Buurvrouw Ans");
  await form.getByLabel("Telefoonnummer").fill("06 45645645");
  await form.getByLabel("Mag ophalen").check();
  await form.getByRole("button", { name: "Persoon toevoegen" }).click();
  await expect(parent.getByText("Buurvrouw Ans is toegevoegd.")).toBeVisible();
  const list = parent.getByRole("list", { name: "Noodnummers en ophalen" });
  await expect(list).toContainText("Oma Bos");
  await expect(list).toContainText("Buurvrouw Ans");
  // Own phone number.
  await parent.getByRole("form", { name: "Telefoonnummer" }).getByLabel("Telefoonnummer").fill("06 10101010");
  await parent.getByRole("button", { name: "Telefoonnummer opslaan" }).click();
  await expect(parent.getByText("Je telefoonnummer is opgeslagen.")).toBeVisible();
  await expectAccessible(parent);

  const staff = await signedIn(browser, STAFF_HAVEN, TABLET);
  await staff.getByRole("link", { name: "Ophalen & noodnummers" }).click();
  const matrozen = staff.locator("section").filter({ has: staff.getByRole("heading", { name: /Matrozen/ }) });
  await expect(matrozen.getByText("Oma Bos")).toBeVisible();
  await expect(matrozen.getByText("Buurvrouw Ans")).toBeVisible();
  await expect(matrozen.getByText("06 10101010")).toBeVisible();
  await expectAccessible(staff);

  // Staff of other groups do not see them.
  const anna = await signedIn(browser, "anna@deroef.example", TABLET);
  await anna.goto("/groep/contacten");
  await expect(anna.getByText("Oma Bos")).toHaveCount(0);
});

test("parent 100009 requests a contract change and the beheerder handles it", async ({ browser }) => {
  const parent = await signedIn(browser, "100009", PHONE);
  await parent.goto("/ouder/contract");
  await expect(parent.getByRole("heading", { name: "Contract", exact: true })).toBeVisible();
  await expect(parent.getByText("woensdag: ochtend, middag").first()).toBeVisible();
  await expectAccessible(parent);

  await parent.getByLabel("Wat wil je wijzigen?").selectOption("ADD_DAY");
  await parent.getByLabel("Dag", { exact: true }).selectOption("1");
  await parent.getByLabel("Dagdeel").selectOption("OCHTEND");
  // Inside the notice period: refused with a clear message, the choices stay.
  const tooSoon = new Date(Date.now() + 3 * 24 * 3600_000).toISOString().slice(0, 10);
  await parent.getByLabel("Ingangsdatum").fill(tooSoon);
  await parent.getByLabel("Toelichting (optioneel)").fill("Ik ga op maandag werken.");
  await parent.getByRole("button", { name: "Aanvraag versturen" }).click();
  await expect(parent.getByText("Dit valt binnen de opzegtermijn van een maand")).toBeVisible();
  await expect(parent.getByLabel("Toelichting (optioneel)")).toHaveValue("Ik ga op maandag werken.");

  const later = new Date(Date.now() + 60 * 24 * 3600_000).toISOString().slice(0, 10);
  await parent.getByLabel("Ingangsdatum").fill(later);
  await parent.getByRole("button", { name: "Aanvraag versturen" }).click();
  await expect(parent.getByText("Je aanvraag is verstuurd.")).toBeVisible();
  await expect(parent.getByText("In behandeling").first()).toBeVisible();

  const admin = await signedIn(browser, BEHEERDER, TABLET);
  await admin.getByRole("link", { name: "Ouderzaken" }).click();
  await expect(admin.getByText(/\d+ open/)).toBeVisible();
  await expectAccessible(admin);
  await admin.getByRole("link", { name: /Contractwijzigingen/ }).click();
  const request = admin.getByTestId("change-100009");
  await expect(request).toContainText("Een dagdeel per week erbij");
  await expect(request).toContainText("maandag ochtend");
  await expect(request).toContainText("Ik ga op maandag werken.");
  await expectAccessible(admin);
  await request.getByLabel("Notitie voor de ouder").fill("Verwerkt per de ingangsdatum.");
  await request.getByRole("button", { name: /Markeer als verwerkt/ }).click();
  // Decided requests leave the open queue and are listed under "Laatst afgehandeld".
  await expect(admin.getByTestId("change-100009")).toHaveCount(0);
  await expect(
    admin.locator("section").filter({ has: admin.getByRole("heading", { name: "Laatst afgehandeld" }) }),
  ).toContainText("Familie de Groot (100009)");

  await parent.reload();
  await expect(parent.getByText("Verwerkt", { exact: true }).first()).toBeVisible();
  await expect(parent.getByText("Toelichting beheerder: Verwerkt per de ingangsdatum.")).toBeVisible();
});

test("staff see who may pick a child up on the group's attendance list", async ({ browser }) => {
  const context = await browser.newContext({ viewport: TABLET });
  const staff = await context.newPage();
  await login(staff, DEMO.staffDolfijnen);
  // Noor Jansen (100001) is contracted on Mondays; the seed gives family 100001 two pick-up persons.
  const monday = new Date();
  monday.setDate(monday.getDate() + ((8 - monday.getDay()) % 7 || 7));
  const date = `${monday.getFullYear()}-${String(monday.getMonth() + 1).padStart(2, "0")}-${String(monday.getDate()).padStart(2, "0")}`;
  await staff.goto(`/groep/aanwezigheid?datum=${date}`);
  await expect(staff.getByTestId("attendance-row").filter({ hasText: "Noor Jansen" })).toContainText(
    "Mag ophalen: Ahmed el Idrissi, Gerda Jansen",
  );
  await expect(staff.getByRole("link", { name: "Ophalen & noodnummers van deze groep" })).toBeVisible();
  await context.close();
});
