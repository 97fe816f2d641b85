// Ruildag end to end on any date (tests/e2e/dates.ts: the runner's clock and the seeded calendar). Family 100013 (Zeesterren KDV, Mees: Monday + Wednesday, ochtend and
// middag; sibling Saar in BSO) is used by no other spec file. Zeesterren has room, so the swap is auto-approved.
import { expect, test } from "@playwright/test";
import { addDays, amsterdamToday, childCalendar } from "./dates";
import { DEMO, PHONE, expectAccessible, login } from "./helpers";

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
      toDate = (await childCalendar("100013", "Mees")).nextOpenDay(addDays(today, 1), [2, 4, 5]);
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
