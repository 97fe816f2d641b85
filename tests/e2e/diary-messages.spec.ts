// Schriftje and messages end to end: staff on a tablet, parents on phones. Uses families 100011 and 100016
// (Dolfijnen) and 100008 (Zeesterren) only, so other spec files keep their demo accounts.
import { expect, test, type Browser, type Page } from "@playwright/test";
import sharp from "sharp";
import { DEMO, PHONE, TABLET, expectAccessible, login } from "./helpers";

const run = Date.now().toString(36);
const PARENT_DOLFIJNEN = "100011"; // Anouk Vos, child Jesse Vos
const OTHER_PARENT_DOLFIJNEN = "100016"; // Tim Brouwer, child Jens Brouwer
const PARENT_ZEESTERREN = "100008"; // Familie Mulder

async function device(browser: Browser, viewport: { width: number; height: number }, user: string): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  const page = await context.newPage();
  await login(page, user);
  return page;
}

test.describe.configure({ mode: "serial" });

test("staff write the schriftje on a tablet; the parent reads it on a phone and writes back", async ({ browser }) => {
  const staffText = `Jesse heeft vandaag heerlijk in de zandbak gespeeld (${run}).`;
  const parentText = `Jesse sliep slecht vannacht <script>alert('${run}')</script>`;

  const staff = await device(browser, TABLET, DEMO.staffDolfijnen);
  await staff.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Schriftje" }).click();
  await expect(staff.getByRole("heading", { name: "Schriftje van vandaag" })).toBeVisible();
  await expectAccessible(staff);
  await staff.getByRole("link", { name: /Jesse Vos/ }).click();
  await expect(staff.getByRole("heading", { name: "Schrijven voor Jesse Vos" })).toBeVisible();
  await staff.getByRole("button", { name: "Eten: Goed gegeten" }).click();
  await staff.getByRole("button", { name: "Slapen: Kort geslapen" }).click();
  await expect(staff.getByRole("textbox", { name: "Eten", exact: true })).toHaveValue("Goed gegeten");
  await staff.getByLabel("Hoe ging de dag?").fill(staffText);
  await staff.getByRole("button", { name: "Opslaan in het schriftje" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Opgeslagen in het schriftje." })).toBeVisible();
  await expect(staff.getByTestId("diary-entry").filter({ hasText: staffText })).toBeVisible();
  await expect(staff.getByLabel("Hoe ging de dag?")).toHaveValue("");
  await expectAccessible(staff);
  await staff.getByRole("link", { name: /Terug naar de groep/ }).click();
  await expect(staff.getByRole("link", { name: /Jesse Vos/ })).toContainText("✓ geschreven");
  // Yesterday's overview (a forgotten entry can still be written), then back to today.
  await staff.getByRole("link", { name: /Vorige dag/ }).click();
  await expect(staff.getByRole("link", { name: /Jesse Vos/ })).toContainText("nog niet");
  await staff.getByRole("link", { name: /Volgende dag/ }).click();
  await expect(staff.getByRole("link", { name: /Jesse Vos/ })).toContainText("✓ geschreven");

  const parent = await device(browser, PHONE, PARENT_DOLFIJNEN);
  await parent.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Schriftje" }).click();
  const entry = parent.getByTestId("diary-entry").filter({ hasText: staffText });
  await expect(entry).toBeVisible();
  await expect(entry).toContainText("Goed gegeten");
  await expect(entry).toContainText("Kort geslapen");
  await expectAccessible(parent);

  // Empty input: a clear message and no entry.
  await parent.getByRole("button", { name: "Opslaan in het schriftje" }).click();
  await expect(parent.getByText("Schrijf iets of vul minstens één onderdeel in.")).toBeVisible();
  // Script text is shown as text, never run.
  let dialogs = 0;
  parent.on("dialog", (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await parent.getByLabel("Je bericht voor de leiding").fill(parentText);
  await parent.getByRole("button", { name: "Opslaan in het schriftje" }).click();
  await expect(parent.getByTestId("diary-entry").filter({ hasText: parentText })).toBeVisible();
  expect(dialogs).toBe(0);
  // A double tap (the form submitted twice with its one submission key) saves one entry; the next gets a new key.
  const doubleTapped = `Mama haalt op om vier uur (${run}).`;
  await parent.getByLabel("Je bericht voor de leiding").fill(doubleTapped);
  await parent.locator("form:has(textarea[name=body])").evaluate((form: HTMLFormElement) => {
    form.requestSubmit();
    form.requestSubmit();
  });
  await expect(parent.getByTestId("diary-entry").filter({ hasText: doubleTapped })).toBeVisible();
  await parent.getByLabel("Je bericht voor de leiding").fill(`Tot morgen (${run}).`);
  await parent.getByRole("button", { name: "Opslaan in het schriftje" }).click();
  await expect(parent.getByTestId("diary-entry").filter({ hasText: `Tot morgen (${run}).` })).toBeVisible();
  await parent.reload();
  await expect(parent.getByTestId("diary-entry").filter({ hasText: doubleTapped })).toHaveCount(1);

  // Staff see the parent's entry for their group's child.
  await staff.getByRole("link", { name: /Jesse Vos/ }).click();
  await expect(staff.getByTestId("diary-entry").filter({ hasText: parentText })).toContainText("Ouder");
  await staff.context().close();
  await parent.context().close();
});

test("a broadcast reaches the group's families only; a parent answers privately and staff see who read it", async ({
  browser,
}) => {
  const subject = `Zwemkleding mee ${run}`;
  const staff = await device(browser, TABLET, DEMO.staffDolfijnen);
  await staff.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Berichten" }).click();
  await expect(staff.getByRole("heading", { name: "Berichten" })).toBeVisible();
  await expectAccessible(staff);
  await staff.getByRole("link", { name: "Nieuw bericht" }).click();
  await staff.getByLabel("Aan", { exact: true }).selectOption({ label: "Alle gezinnen van Dolfijnen" });
  await staff.getByLabel("Onderwerp").fill(subject);
  await staff
    .getByLabel("Bericht", { exact: true })
    .fill("Vrijdag gaan we zwemmen: geef zwemkleding en een handdoek mee.");
  await expectAccessible(staff);
  await staff.getByRole("button", { name: "Versturen" }).click();
  await expect(staff.getByRole("heading", { name: subject })).toBeVisible();
  await expect(staff.getByText(/Gelezen door 0 van \d+ gezinnen/)).toBeVisible();
  const broadcastUrl = staff.url();

  // Family 100011 (Dolfijnen) gets it, opens it and answers privately.
  const parent = await device(browser, PHONE, PARENT_DOLFIJNEN);
  await parent.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Berichten" }).click();
  await expect(parent.getByText("de zorg voor de kinderen gaat voor")).toBeVisible();
  const item = parent.getByRole("link", { name: new RegExp(subject) });
  await expect(item).toContainText("nieuw");
  await expectAccessible(parent);
  await item.click();
  await expect(parent.getByRole("heading", { name: subject })).toBeVisible();
  await expect(parent.getByRole("heading", { name: "Antwoorden" })).toHaveCount(0);
  // Empty and wrong-type attempts: clear messages, the typed text stays.
  await parent.getByRole("button", { name: "Versturen" }).click();
  await expect(parent.getByText("Schrijf eerst een bericht.")).toBeVisible();
  const answer = `Jesse heeft geen zwembroek, mag een luier ook? (${run})`;
  await parent.getByLabel("Bericht", { exact: true }).fill(answer);
  await parent.getByLabel("Bijlage (optioneel)").setInputFiles({
    name: "zwembroek.png",
    mimeType: "image/png",
    buffer: Buffer.from("<script>not an image</script>"),
  });
  await parent.getByRole("button", { name: "Versturen" }).click();
  await expect(parent.getByText(/Dit bestand kan niet mee/)).toBeVisible();
  await expect(parent.getByLabel("Bericht", { exact: true })).toHaveValue(answer);
  await expectAccessible(parent);
  await parent.getByRole("button", { name: "Versturen" }).click();
  await expect(parent.getByRole("heading", { name: `Re: ${subject}` })).toBeVisible();
  await expect(parent.getByTestId("message").filter({ hasText: answer })).toBeVisible();

  // Family 100016 (Dolfijnen) gets it too.
  const other = await device(browser, PHONE, OTHER_PARENT_DOLFIJNEN);
  await other.goto("/berichten");
  await other.getByRole("link", { name: new RegExp(subject) }).click();
  await expect(other.getByRole("heading", { name: subject })).toBeVisible();
  // ... but never family 100011's private answer.
  await other.goto("/berichten");
  await expect(other.getByRole("link", { name: new RegExp(`Re: ${subject}`) })).toHaveCount(0);

  // Family 100008 (Zeesterren) does not: not in the list, and the address is a 404.
  const stranger = await device(browser, PHONE, PARENT_ZEESTERREN);
  await stranger.goto("/berichten");
  await expect(stranger.getByRole("heading", { name: "Berichten" })).toBeVisible();
  await expect(stranger.getByRole("link", { name: new RegExp(subject) })).toHaveCount(0);
  const response = await stranger.goto(new URL(broadcastUrl).pathname);
  expect(response?.status()).toBe(404);

  // Staff see who read it, and the private answer from Familie Vos, and reply to it.
  await staff.reload();
  await expect(staff.getByTestId("receipt").filter({ hasText: "Familie Vos" })).toContainText("gelezen");
  await expect(staff.getByTestId("receipt").filter({ hasText: "Familie Brouwer" })).toContainText("gelezen");
  await expect(staff.getByText(/Gelezen door 2 van \d+ gezinnen/)).toBeVisible();
  await staff.goto("/berichten");
  await staff.getByRole("link", { name: new RegExp(`Re: ${subject}`) }).click();
  await expect(staff.getByTestId("message").filter({ hasText: answer })).toBeVisible();
  await staff.getByLabel("Bericht", { exact: true }).fill("Een zwemluier is prima!");
  await staff.getByRole("button", { name: "Versturen" }).click();
  await expect(staff.getByTestId("message").filter({ hasText: "Een zwemluier is prima!" })).toBeVisible();
  await expectAccessible(staff);
  // A double tap submits the form twice with the same submission key: one message. The next message gets a new key.
  await staff.getByLabel("Bericht", { exact: true }).fill("Dubbel getikt.");
  await staff.locator("form:has(textarea[name=body])").evaluate((form: HTMLFormElement) => {
    form.requestSubmit();
    form.requestSubmit();
  });
  await expect(staff.getByTestId("message").filter({ hasText: "Dubbel getikt." })).toBeVisible();
  await staff.getByLabel("Bericht", { exact: true }).fill("Handdoek niet vergeten.");
  await staff.getByRole("button", { name: "Versturen" }).click();
  await expect(staff.getByTestId("message").filter({ hasText: "Handdoek niet vergeten." })).toBeVisible();
  await staff.reload();
  await expect(staff.getByTestId("message").filter({ hasText: "Dubbel getikt." })).toHaveCount(1);
  await expect(staff.getByTestId("message").filter({ hasText: "Handdoek niet vergeten." })).toHaveCount(1);

  for (const page of [staff, parent, other, stranger]) await page.context().close();
});

test("a parent writes to the group with a photo; only people in the thread can download it", async ({ browser }) => {
  const subject = `Foto van de knutselwerkjes ${run}`;
  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#f59e0b" } })
    .png()
    .toBuffer();
  const parent = await device(browser, PHONE, PARENT_DOLFIJNEN);
  await parent.goto("/berichten/nieuw");
  await parent.getByLabel("Aan", { exact: true }).selectOption({ label: "Groep Dolfijnen (Jesse)" });
  await parent.getByLabel("Onderwerp").fill(subject);
  await parent.getByLabel("Bericht", { exact: true }).fill("Kijk, dit maakte Jesse thuis.");
  await parent
    .getByLabel("Bijlage (optioneel)")
    .setInputFiles({ name: "knutsel.png", mimeType: "image/png", buffer: png });
  await expectAccessible(parent);
  await parent.getByRole("button", { name: "Versturen" }).click();
  await expect(parent.getByRole("heading", { name: subject })).toBeVisible();
  const href = await parent.getByRole("link", { name: /Download knutsel\.png/ }).getAttribute("href");
  expect(href).toMatch(/^\/api\/bijlagen\//);

  const staff = await device(browser, TABLET, DEMO.staffDolfijnen);
  const download = await staff.request.get(href!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("image/png");
  expect(download.headers()["content-security-policy"]).toContain("sandbox");

  const stranger = await device(browser, PHONE, PARENT_ZEESTERREN);
  expect((await stranger.request.get(href!)).status()).toBe(404);
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(href!)).status()).toBe(404);
  for (const page of [parent, staff, stranger]) await page.context().close();
  await anonymous.close();
});

test("a parent chooses e-mail settings: a daily digest and quiet hours", async ({ browser }) => {
  const parent = await device(browser, PHONE, OTHER_PARENT_DOLFIJNEN);
  await parent.goto("/berichten");
  await parent.getByRole("link", { name: "E-mailmeldingen instellen" }).click();
  await expect(parent.getByRole("heading", { name: "Instellingen" })).toBeVisible();
  await parent.getByLabel("Eén keer per dag een overzicht (om 19:30)").check();
  await parent.getByLabel("Geen e-mail tijdens rustige uren").check();
  await parent.getByLabel("Van", { exact: true }).fill("21:30");
  await parent.getByLabel("Tot", { exact: true }).fill("07:00");
  await expectAccessible(parent);
  await parent.getByRole("button", { name: "Instellingen opslaan" }).click();
  await expect(parent.getByText("Je instellingen zijn opgeslagen.")).toBeVisible();
  await parent.reload();
  await expect(parent.getByLabel("Eén keer per dag een overzicht (om 19:30)")).toBeChecked();
  await expect(parent.getByLabel("Van", { exact: true })).toHaveValue("21:30");
  await parent.context().close();
});
