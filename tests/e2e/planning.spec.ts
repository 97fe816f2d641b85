// Planning end to end on any date: "today" from the runner's clock, closed days and vacations from the seeded
// calendar of each child's location (tests/e2e/dates.ts). Families used here are not used by other spec files:
// 100018 (KDV Zeesterren, Wednesday + Friday), 100014 (KDV Krabbetjes at Haven) and 100002 (BSO Kapiteins, Tuesday +
// Thursday). The demo seed makes the first Wednesday or Friday of Kapiteins' next school vacation full.
import { expect, test } from "@playwright/test";
import { guaranteeCutoff } from "../../lib/planning/rules";
import { dateOnly } from "../../lib/time";
import { addDays, amsterdamToday, childCalendar, isoWeekday } from "./dates";
import { DEMO, PHONE, TABLET, expectAccessible, login, logout } from "./helpers";
import pg from "pg";

/** The seeded full vacation day of Kapiteins: the earliest approved vacation request of another family. */
async function seededFullDay(): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ date: string }>(
      `SELECT to_char(r.date, 'YYYY-MM-DD') AS date FROM "CareRequest" r
         JOIN "Group" g ON g.id = r."groupId" JOIN "Family" f ON f.id = r."familyId"
        WHERE g.name = 'Kapiteins' AND r.type = 'VACATION' AND r.status = 'APPROVED' AND f.debiteurnummer <> '100002'
        ORDER BY r.date LIMIT 1`,
    );
    if (!rows[0]) throw new Error("the demo seed made no full vacation day");
    return rows[0].date;
  } finally {
    await client.end();
  }
}

test.describe("KDV parent: afmelden earns tegoed, tegoed pays for an extra day", () => {
  test.use({ viewport: PHONE });

  test("report absence in time, see the tegoed, spend it on an extra dagdeel", async ({ page }) => {
    const today = amsterdamToday();
    const calendar = await childCalendar("100018");
    const absenceDay = calendar.nextOpenDay(addDays(today, 1), [3]); // a Wednesday after today: before its deadline
    const extraDay = calendar.nextOpenDay(addDays(today, 1), [1, 2, 4]); // not a contract day, inside self-service

    await login(page, "100018");
    await page.getByRole("link", { name: "Planning" }).first().click();
    await expect(page.getByRole("heading", { name: "Planning", level: 1 })).toBeVisible();
    // De Roef's deadlines (demo seed): a KDV morning before 07:30, the afternoon before the general 09:00.
    await expect(page.getByTestId("absence-deadline")).toContainText(/Ochtend: (Vóór|Na) 07:30 vandaag/);
    await expect(page.getByTestId("absence-deadline")).toContainText(/Middag: (Vóór|Na) 09:00 vandaag/);
    await expectAccessible(page);

    await page.getByLabel("Datum (vanaf)").fill(absenceDay);
    const absenceDayWords = new Intl.DateTimeFormat("nl-NL", {
      weekday: "long",
      day: "numeric",
      month: "long",
      timeZone: "UTC",
    }).format(dateOnly(absenceDay));
    await expect(page.getByTestId("absence-deadline")).toHaveText(
      `Ochtend: Vóór 07:30 op ${absenceDayWords} afmelden levert tegoed op. Middag: Vóór 09:00 op ${absenceDayWords} afmelden levert tegoed op.`,
    );
    await page.getByLabel("Dagdeel", { exact: true }).first().selectOption("MIDDAG");
    await expect(page.getByTestId("absence-deadline")).toHaveText(
      `Vóór 09:00 op ${absenceDayWords} afmelden levert tegoed op.`,
    );
    await page.getByLabel("Dagdeel", { exact: true }).first().selectOption("ALL");
    await page.getByLabel("Reden", { exact: true }).selectOption("ZIEK");
    await page.getByLabel("Opmerking (optioneel)").first().fill("Waterpokken");
    await page.getByRole("button", { name: "Afmelden", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "2 dagdelen afgemeld" })).toContainText(
      "Tegoed terug: 11 u",
    );
    await expect(page.getByTestId("tegoed-balance")).toHaveText("Beschikbaar: 11 u");
    await expect(page.getByTestId(`day-${absenceDay}`)).toContainText("Afgemeld: Ziek");

    await page.getByLabel("Datum", { exact: true }).fill(extraDay);
    await page.getByRole("checkbox", { name: /Ochtend/ }).check();
    await page.getByRole("radio", { name: "Met tegoed" }).check();
    await expect(page.getByTestId("tegoed-preview")).toHaveText(
      "Kost 5 u 30 min. Tegoed op die dag: 11 u. Daarna over: 5 u 30 min.",
    );
    await page.getByRole("button", { name: "Aanvragen", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Aanvraag verstuurd" })).toContainText(
      "Aanvraag verstuurd. 1 dagdeel is goedgekeurd.",
    );
    await expect(page.getByTestId("tegoed-balance")).toHaveText("Beschikbaar: 5 u 30 min");
    await expect(page.getByTestId(`day-${extraDay}`)).toContainText("Opvang op tegoed (Goedgekeurd)");
    await expectAccessible(page);

    // Withdrawing an absence before its deadline: allowed unless its tegoed paid for the request just made.
    await page
      .getByTestId("absence-item")
      .first()
      .getByRole("button", { name: /^Intrekken/ })
      .click();
    await expect(page.getByText(/Afmelding ingetrokken|is al gebruikt/)).toBeVisible();
  });

  test("bad input keeps what was typed and explains: insufficient tegoed", async ({ page }) => {
    const today = amsterdamToday();
    const calendar = await childCalendar("100014"); // Krabbetjes at De Roef Haven (its study day is closed)
    await login(page, "100014"); // Krabbetjes, Tuesday + Thursday, no tegoed
    await page.goto("/ouder/planning");
    await page.getByLabel("Datum", { exact: true }).fill(calendar.nextOpenDay(addDays(today, 1), [1, 3, 5]));
    await page.getByRole("checkbox", { name: /Middag/ }).check();
    await page.getByRole("radio", { name: "Met tegoed" }).check();
    await expect(page.getByTestId("tegoed-preview")).toContainText("is niet genoeg");
    await page.getByLabel("Opmerking (optioneel)").nth(1).fill("Opa is jarig");
    await page.getByRole("button", { name: "Aanvragen", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "niet genoeg" })).toContainText("Er is niets afgeschreven");
    await expect(page.getByLabel("Opmerking (optioneel)").nth(1)).toHaveValue("Opa is jarig");
  });
});

test.describe
  .serial("BSO vacation care with Roefjes, and the manager's decision", () => {
    test("a BSO parent requests contracted vacation dagdelen and sees the guarantee; a full day waits for approval", async ({
      page,
    }) => {
      await page.setViewportSize(PHONE);
      await login(page, DEMO.parentBso);
      await page.goto("/ouder/roefjes");
      await expect(page.getByRole("heading", { name: "Roefjes", level: 1 })).toBeVisible();
      await expect(page.getByText(/Roefjes beschikbaar/).first()).toBeVisible();

      // A vacation still more than a month away: contracted weekdays (Tuesday, Thursday) are guaranteed.
      const today = amsterdamToday();
      const calendar = await childCalendar(DEMO.parentBso);
      const fullDay = await seededFullDay();
      const open = calendar
        .vacations()
        .find(
          (v) =>
            dateOnly(today) <= guaranteeCutoff(v.startDate, 1) &&
            !(dateOnly(fullDay) >= v.startDate && dateOnly(fullDay) <= v.endDate),
        );
      expect(open, "a school vacation more than a month ahead").toBeTruthy();
      await page.getByLabel("Schoolvakantie").selectOption(open!.id);
      await page.getByRole("button", { name: "Toon dagen" }).click();
      await expect(page.getByText(/dan zijn ze gegarandeerd/)).toBeVisible();
      await page
        .getByRole("checkbox", { name: /Ochtend\s*gegarandeerd/ })
        .first()
        .check();
      await page
        .getByRole("checkbox", { name: /Middag\s*gegarandeerd/ })
        .first()
        .check();
      await expect(page.getByTestId("roefjes-preview")).toContainText("Kost 11 Roefjes");
      await expectAccessible(page);
      await page.getByRole("button", { name: "Vakantiedagen aanvragen" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Aanvraag verstuurd" })).toContainText(
        "2 dagdelen zijn goedgekeurd.",
      );
      await expect(page.getByTestId("vacation-request").filter({ hasText: "Gegarandeerd" })).toHaveCount(2);

      // The seeded full day (a Wednesday or Friday: not contracted, so never guaranteed) waits for approval.
      const full = calendar.vacationOn(fullDay);
      expect(full, `the full day ${fullDay} lies in a vacation of the child's region`).toBeTruthy();
      await page.getByLabel("Schoolvakantie").selectOption(full!.id);
      await page.getByRole("button", { name: "Toon dagen" }).click();
      expect([3, 5]).toContain(isoWeekday(fullDay));
      await page
        .getByTestId(`vacation-day-${fullDay}`)
        .getByRole("checkbox", { name: /^Ochtend/ })
        .check();
      await page.getByRole("button", { name: "Vakantiedagen aanvragen" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Aanvraag verstuurd" })).toContainText(
        "Aanvraag verstuurd. 1 dagdeel wacht op goedkeuring.",
      );
      await expect(page.getByTestId("vacation-request").filter({ hasText: "Wacht op goedkeuring" })).toHaveCount(1);
      await expectAccessible(page);
    });

    test("the manager approves the non-guaranteed request and the parent sees it", async ({ page }) => {
      await page.setViewportSize(TABLET);
      await login(page, DEMO.manager);
      await page.getByRole("link", { name: "Aanvragen" }).first().click();
      await expect(page.getByRole("heading", { name: "Aanvragen beoordelen" })).toBeVisible();
      await expectAccessible(page);
      const item = page
        .getByTestId("queue-item")
        .filter({ hasText: "Vakantieopvang" })
        .filter({ hasText: "Familie de Vries" });
      await expect(item).toHaveCount(1);
      await expect(item).toContainText("Bezetting: 4 van 4");
      await item.getByRole("button", { name: /^Goedkeuren/ }).click();
      await expect(
        page.getByRole("status").filter({ hasText: "Goedgekeurd; de ouders krijgen bericht." }),
      ).toBeVisible();

      await logout(page);
      await login(page, DEMO.parentBso);
      await page.goto("/ouder/roefjes");
      await expect(page.getByTestId("vacation-request").filter({ hasText: "beoordeeld door de locatie" })).toHaveCount(
        1,
      );
    });
  });

test.describe("staff", () => {
  test.use({ viewport: TABLET });

  test("staff of Kapiteins see today's attendance list and only their group", async ({ page }) => {
    await login(page, DEMO.staffKapiteins);
    await page.getByRole("link", { name: "Aanwezigheid" }).first().click();
    await expect(page.getByRole("heading", { name: "Aanwezigheid · Kapiteins", level: 1 })).toBeVisible();
    await expect(page.getByLabel("Groep").locator("option")).toHaveCount(1);
    // Julia de Vries (BSO, Tuesday + Thursday) is expected after school today unless it is closed or a vacation.
    const today = amsterdamToday();
    const calendar = await childCalendar(DEMO.parentBso);
    const weekday = isoWeekday(today);
    if ((weekday === 2 || weekday === 4) && calendar.isOpen(today) && !calendar.vacationOn(today))
      await expect(page.getByTestId("attendance-row").filter({ hasText: "Julia de Vries" })).toContainText(
        "Naschools: Verwacht",
      );
    await expectAccessible(page);
    // Another group's list is "not yours".
    const response = await page.goto("/groep/aanwezigheid?groep=00000000-0000-4000-8000-000000000000");
    expect(response?.status()).toBe(404);
  });
});
