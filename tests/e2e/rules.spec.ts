// The organisation's planning rules (issue 14) end to end: the beheerder's absence deadlines per care type and
// dagdeel are shown as stored after a save; a parent sees until when a fresh request can be cancelled, and afmelden
// that day cancels it (it is still inside its window or grace). Family 100003 (KDV Zeesterren, Wednesday + Friday) is
// used elsewhere only for photos; the beheerder saves the demo seed's own values, so other specs see no change.
import { expect, test } from "@playwright/test";
import { dateOnly } from "../../lib/time";
import { addDays, amsterdamToday, childCalendar } from "./dates";
import { DEMO, PHONE, TABLET, expectAccessible, login } from "./helpers";

test("the beheerder's absence deadlines per care type and dagdeel are stored and shown after saving", async ({
  page,
}) => {
  await page.setViewportSize(TABLET);
  await login(page, DEMO.beheerder);
  await page.goto("/beheer/organisatie");
  await expect(page.getByRole("heading", { name: "Afmeldtermijnen per opvangsoort en dagdeel" })).toBeVisible();
  const morning = page.getByLabel("KDV ochtend: afmelden vóór (tijd)");
  await expect(morning).toHaveValue("07:30");
  await expect(page.getByLabel("BSO na school: afmelden vóór (tijd)")).toHaveValue("12:00");
  await expect(page.getByLabel("KDV middag: afmelden vóór (tijd)")).toHaveValue("");
  await expect(page.getByLabel("Minuten na goedkeuring dat annuleren altijd kan")).toHaveValue("15");
  // Bad input: explained, nothing typed lost.
  await page.getByLabel("KDV ochtend: dagen vóór de opvangdag").fill("99");
  await page.getByRole("button", { name: "Opslaan" }).nth(1).click();
  await expect(page.getByText("Dit getal valt buiten het toegestane bereik.")).toBeVisible();
  await expect(page.getByLabel("KDV ochtend: dagen vóór de opvangdag")).toHaveValue("99");
  await page.getByLabel("KDV ochtend: dagen vóór de opvangdag").fill("0");
  await page.getByRole("button", { name: "Opslaan" }).nth(1).click();
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
