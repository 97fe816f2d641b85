// Ruildag end to end against the real clock. Family 100013 (Zeesterren KDV, Mees: Monday + Wednesday, ochtend and
// middag; sibling Saar in BSO) is used by no other spec file. Zeesterren has room, so the swap is auto-approved.
import { expect, test } from "@playwright/test";
import { DEMO, PHONE, expectAccessible, login } from "./helpers";

const amsterdamToday = () =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Amsterdam",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date());
const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const isoWeekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay() || 7;
const CLOSED = new Set([
  "2026-12-25",
  "2026-12-26",
  "2027-01-01",
  "2027-03-29",
  "2027-04-27",
  "2027-05-05",
  "2027-05-06",
  "2027-05-17",
]);
function nextDay(from: string, weekdays: number[]) {
  let day = from;
  while (!weekdays.includes(isoWeekday(day)) || CLOSED.has(day)) day = addDays(day, 1);
  return day;
}

test.describe
  .serial("KDV parent: ruildag", () => {
    test.use({ viewport: PHONE });
    let fromDate = "";
    let toDate = "";

    test("gives up a contracted dagdeel, gets another one approved, sees it on the calendar", async ({ page }) => {
      const today = amsterdamToday();
      await login(page, "100013");
      await page.goto("/ouder/planning");
      await expect(page.getByRole("heading", { name: "Planning", level: 1 })).toBeVisible();
      const form = page.locator("form").filter({ has: page.getByLabel("Gewenste datum") });
      await expect(form).toBeVisible();
      await expectAccessible(page);

      // The first contracted dagdeel on offer (Monday or Wednesday) for a Tuesday, Thursday or Friday.
      const from = form.getByLabel("Dagdeel dat je inlevert");
      const fromValue = await from.locator("option").nth(1).getAttribute("value");
      expect(fromValue).toMatch(/^\d{4}-\d{2}-\d{2}\|(OCHTEND|MIDDAG)$/);
      fromDate = fromValue!.split("|")[0];
      toDate = nextDay(addDays(today, 1), [2, 4, 5]);
      await from.selectOption(fromValue!);
      await form.getByLabel("Gewenste datum").fill(toDate);
      await form.getByRole("radio", { name: "Middag" }).check();
      await form.getByLabel("Opmerking (optioneel)").fill("Verjaardag oma");
      await form.getByRole("button", { name: "Ruildag aanvragen" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Ruildag goedgekeurd." })).toBeVisible();

      const item = page.getByTestId("swap-item").first();
      await expect(item.getByTestId("swap-status")).toHaveText("Goedgekeurd");
      await expect(page.getByTestId(`day-${fromDate}`)).toContainText("Geruild");
      await expect(page.getByTestId(`day-${toDate}`)).toContainText("Ruildag (Goedgekeurd)");
      // The given-up dagdeel is no longer offered.
      await expect(from.locator(`option[value="${fromValue}"]`)).toHaveCount(0);
      await expectAccessible(page);
    });

    test("the manager's attendance list shows the given-up dagdeel absent and the swap day extra", async ({ page }) => {
      await login(page, DEMO.manager);
      for (const [date, text] of [
        [fromDate, /Afwezig \(Overig: Ruildag/],
        [toDate, "Middag: Extra (Ruildag)"],
      ] as const) {
        await page.goto("/groep/aanwezigheid");
        await page.getByLabel("Groep").selectOption({ label: "Zeesterren" });
        await page.getByLabel("Datum").fill(date);
        await page.getByRole("button", { name: "Toon" }).click();
        await expect(page.getByTestId("attendance-row").filter({ hasText: "Mees" })).toContainText(text);
      }
      await expectAccessible(page);
    });
  });
