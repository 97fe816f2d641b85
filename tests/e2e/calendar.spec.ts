// The calendar beheerders keep (/beheer/vakanties), clicked as a beheerder on a tablet: generated holidays, a
// setting saved and shown again after a reload, a closed day for one location that the parent of a child there
// sees in the planning calendar, and a bad entry that explains itself and keeps what was typed. Everything this spec
// changes is put back, so the other specs see the seeded calendar. Family 100010 (Matrozen, De Roef Haven; parity.spec
// edits its contacts) only reads its planning page here.
import { expect, test } from "@playwright/test";
import { addDays, amsterdamToday, childCalendar } from "./dates";
import { DEMO, PHONE, TABLET, expectAccessible, login, logout } from "./helpers";

test.describe
  .serial("calendar", () => {
    test("holidays are generated; Goede Vrijdag is a setting that is saved and shown again", async ({ page }) => {
      await page.setViewportSize(TABLET);
      await login(page, DEMO.beheerder);
      await page.getByRole("link", { name: "Kalender" }).first().click();
      await expect(page.getByRole("heading", { name: "Kalender", level: 1 })).toBeVisible();
      const year = Number(amsterdamToday().slice(0, 4));
      await expect(page.getByTestId("holiday-list")).toContainText("Koningsdag");
      await expect(page.getByTestId("holiday-list")).toContainText("Tweede Pinksterdag");
      await expect(page.getByTestId("holiday-list")).not.toContainText("Goede Vrijdag");
      await expectAccessible(page);

      const goodFriday = page.getByRole("checkbox", { name: "Dicht op Goede Vrijdag" });
      await goodFriday.check();
      await goodFriday.locator("xpath=ancestor::form").getByRole("button", { name: "Opslaan" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Opgeslagen." }).first()).toBeVisible();
      await page.goto(`/beheer/vakanties?jaar=${year + 1}`);
      await expect(page.getByRole("heading", { name: `Feestdagen ${year + 1}` })).toBeVisible();
      await expect(page.getByTestId("holiday-list")).toContainText("Goede Vrijdag");
      await expect(goodFriday).toBeChecked();
      // Put it back.
      await goodFriday.uncheck();
      await goodFriday.locator("xpath=ancestor::form").getByRole("button", { name: "Opslaan" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Opgeslagen." }).first()).toBeVisible();
      await page.reload();
      await expect(page.getByTestId("holiday-list")).not.toContainText("Goede Vrijdag");
    });

    test("a closed day at one location: the parent there sees it; bad input explains and keeps what was typed", async ({
      page,
    }) => {
      const calendar = await childCalendar("100010");
      const day = calendar.nextOpenDay(addDays(amsterdamToday(), 3), [1, 2, 3, 4, 5]);
      await page.setViewportSize(TABLET);
      await login(page, DEMO.beheerder);
      await page.goto("/beheer/vakanties");

      // The name is missing: a translated message, and the date stays.
      const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Sluitingsdag toevoegen" }) });
      await form.getByLabel("Datum").fill(day);
      await form.getByLabel("Waar").selectOption({ label: "De Roef Haven" });
      await form.getByRole("button", { name: "Sluitingsdag toevoegen" }).click();
      await expect(form.getByText("Vul een naam in.")).toBeVisible();
      await expect(form.getByLabel("Datum")).toHaveValue(day);

      await form.getByLabel("Omschrijving").fill("Studiedag e2e");
      await form.getByRole("button", { name: "Sluitingsdag toevoegen" }).click();
      await expect(form.getByRole("status")).toHaveText("Sluitingsdag toegevoegd.");
      const row = page.getByTestId("closed-day-row").filter({ hasText: "Studiedag e2e" });
      await expect(row).toContainText("De Roef Haven");
      await expectAccessible(page);
      await logout(page);

      await page.setViewportSize(PHONE);
      await login(page, "100010");
      await page.goto("/ouder/planning");
      await expect(page.getByTestId(`day-${day}`)).toContainText("Studiedag e2e");
      await logout(page);

      // Put it back.
      await page.setViewportSize(TABLET);
      await login(page, DEMO.beheerder);
      await page.goto("/beheer/vakanties");
      await page
        .getByTestId("closed-day-row")
        .filter({ hasText: "Studiedag e2e" })
        .getByRole("button", { name: /^Verwijderen/ })
        .click();
      await expect(page.getByTestId("closed-day-row").filter({ hasText: "Studiedag e2e" })).toHaveCount(0);
    });
  });
