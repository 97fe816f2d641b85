// The organisation's planning rules (issue 14) end to end: the beheerder's absence deadlines per care type and
// dagdeel are shown as stored after a save; a parent sees until when a fresh request can be cancelled, and afmelden
// that day cancels it (it is still inside its window or grace). Family 100003 (KDV Zeesterren, Wednesday + Friday) is
// used elsewhere only for photos; the beheerder saves the demo seed's own values, so other specs see no change.
import { expect, test } from "@playwright/test";
import { dateOnly } from "../../lib/time";
import { addDays, amsterdamToday, childCalendar } from "./dates";
import { DEMO, PHONE, TABLET, expectAccessible, login, logout } from "./helpers";
import pg from "pg";

/** The id of a family's child placed in a group (the ledger page is per child). */
async function childIdOf(debiteurnummer: string, group: string): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `SELECT c.id FROM "Child" c JOIN "Family" f ON f.id = c."familyId"
         JOIN "Placement" p ON p."childId" = c.id JOIN "Group" g ON g.id = p."groupId"
        WHERE f.debiteurnummer = $1 AND g.name = $2 LIMIT 1`,
      [debiteurnummer, group],
    );
    return rows[0].id;
  } finally {
    await client.end();
  }
}

test("the beheerder's absence deadlines per care type and dagdeel are stored and shown after saving", async ({
  page,
}) => {
  await page.setViewportSize(TABLET);
  await login(page, DEMO.beheerder);
  await page.goto("/beheer/organisatie");
  await expect(page.getByRole("heading", { name: "Afmeldtermijnen per opvangsoort en dagdeel" })).toBeVisible();
  const morning = page.getByLabel("KDV ochtend: afmelden vóór (tijd)");
  // The page has a card per setting, each with its own Opslaan: the deadlines form's own button.
  const saveDeadlines = morning.locator("xpath=ancestor::form[1]").getByRole("button", { name: "Opslaan" });
  await expect(morning).toHaveValue("07:30");
  await expect(page.getByLabel("BSO na school: afmelden vóór (tijd)")).toHaveValue("12:00");
  await expect(page.getByLabel("KDV middag: afmelden vóór (tijd)")).toHaveValue("");
  await expect(page.getByLabel("Minuten na goedkeuring dat annuleren altijd kan")).toHaveValue("15");
  // Bad input: explained, nothing typed lost.
  await page.getByLabel("KDV ochtend: dagen vóór de opvangdag").fill("99");
  await saveDeadlines.click();
  await expect(page.getByText("Dit getal valt buiten het toegestane bereik.")).toBeVisible();
  await expect(page.getByLabel("KDV ochtend: dagen vóór de opvangdag")).toHaveValue("99");
  await page.getByLabel("KDV ochtend: dagen vóór de opvangdag").fill("0");
  await saveDeadlines.click();
  await expect(page.getByRole("status").filter({ hasText: "Opgeslagen" })).toBeVisible();
  await page.reload();
  await expect(morning).toHaveValue("07:30");
  await expect(page.getByLabel("KDV ochtend: dagen vóór de opvangdag")).toHaveValue("0");
  await expectAccessible(page);
});

test("a parent sees until when a request can be cancelled; afmelden that day cancels it", async ({ page }) => {
  await page.setViewportSize(PHONE);
  const today = amsterdamToday();
  const calendar = await childCalendar("100003");
  const extraDay = calendar.nextOpenDay(addDays(today, 1), [1, 2, 4]); // not a contract day
  await login(page, "100003");
  await page.goto("/ouder/planning");
  await expect(page.getByTestId("cancel-rule")).toContainText("Annuleren kan tot 48 uur voordat het dagdeel begint");

  await page.getByLabel("Datum", { exact: true }).fill(extraDay);
  await page.getByRole("checkbox", { name: /Middag/ }).check();
  await page.getByRole("radio", { name: "Op de factuur" }).check();
  await page.getByRole("button", { name: "Aanvragen", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Aanvraag verstuurd" })).toBeVisible();
  const dayWords = new Intl.DateTimeFormat("nl-NL", {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone: "UTC",
  }).format(dateOnly(extraDay));
  const item = page.getByTestId("request-item").filter({ hasText: `Extra opvang ${dayWords} Middag` });
  await expect(item.getByText(/^Annuleren kan tot /)).toBeVisible();
  await expect(item.getByRole("button", { name: /^Annuleren/ })).toBeVisible();
  await expectAccessible(page);

  // Afmelden for that day covers the booked extra dagdeel: still cancellable, so it is cancelled.
  await page.getByLabel("Datum (vanaf)").fill(extraDay);
  await expect(page.getByTestId("absence-deadline")).toContainText("afmelden levert tegoed op");
  await page.getByRole("button", { name: "Afmelden", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 dagdeel afgemeld" })).toContainText(
    "1 aanvraag geannuleerd",
  );
  await expect(item.getByTestId("request-status")).toHaveText("Geannuleerd");
});

test("a beheerder corrects a child's tegoed with a reason; the parent sees it with that reason", async ({ page }) => {
  await page.setViewportSize(TABLET);
  const childId = await childIdOf("100003", "Zeesterren");
  const reason = `Correctie e2e ${Date.now()}`;
  await login(page, DEMO.beheerder);
  await page.goto(`/tegoed/${childId}`);
  await expect(page.getByRole("heading", { name: "Tegoed en Roefjes", level: 1 })).toBeVisible();
  const before = (await page.getByTestId("balance-TEGOED").textContent()) ?? "";
  // Bad input: no reason. Explained, the amount typed is kept.
  await page.getByLabel("Uren").fill("1");
  await page.getByRole("button", { name: "Correctie boeken" }).click();
  await expect(page.getByText("Geef een reden: de ouders zien die bij de correctie.")).toBeVisible();
  await expect(page.getByLabel("Uren")).toHaveValue("1");
  await page.getByLabel("Reden (de ouders zien deze)").fill(reason);
  await page.getByRole("button", { name: "Correctie boeken" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Correctie geboekt." })).toBeVisible();
  await expect(page.getByTestId("balance-TEGOED")).not.toHaveText(before);
  await expect(page.getByTestId("ledger-TEGOED")).toContainText(`Reden: ${reason}`);
  await expectAccessible(page);
  await logout(page);

  await page.setViewportSize(PHONE);
  await login(page, "100003");
  await page.goto("/ouder/planning");
  await page.getByText("Geschiedenis", { exact: true }).click();
  await expect(page.getByTestId("ledger-TEGOED")).toContainText(`Reden: ${reason}`);
  await expectAccessible(page);
});

test("staff of the child's group read its ledger without a correction form", async ({ page }) => {
  await page.setViewportSize(TABLET);
  // 100001's child is in Dolfijnen, Anna's group.
  const childId = await childIdOf("100001", "Dolfijnen");
  await login(page, DEMO.staffDolfijnen);
  await page.goto(`/tegoed/${childId}`);
  await expect(page.getByRole("heading", { name: "Tegoed en Roefjes", level: 1 })).toBeVisible();
  await expect(page.getByText("Je kunt dit alleen bekijken.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Correctie boeken" })).toHaveCount(0);
  // A child of another group: the same 404 as a child that does not exist.
  const other = await childIdOf("100002", "Kapiteins");
  const response = await page.goto(`/tegoed/${other}`);
  expect(response?.status()).toBe(404);
});
