// Issue 18, presence on the group tablet (1024 x 768): check-in -> "who is here now" -> check-out with the pick-up
// person -> the parent sees the times on their home (phone) -> the manager's GGD list. Demo data (prisma/seed-staff.ts):
// family 100022, Mila Kramer in Dolfijnen every weekday, Opa Kramer may pick her up. Only this spec checks her in.
import { expect, test, type Browser } from "@playwright/test";
import { DEMO, PHONE, TABLET_LANDSCAPE, expectAccessible, login } from "./helpers";
import { amsterdamToday, childCalendar } from "./dates";

async function open(browser: Browser, loginName: string, viewport = TABLET_LANDSCAPE) {
  const context = await browser.newContext({ viewport, locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  const page = await context.newPage();
  await login(page, loginName);
  return page;
}

test("check in, here now, check out with who collected her, the parent sees the times, the GGD list", async ({
  browser,
}) => {
  const calendar = await childCalendar(DEMO.parentStaffDemo, "Mila");
  test.skip(!calendar.isOpen(amsterdamToday()), "the location is closed today: nobody is expected");

  const staff = await open(browser, DEMO.staffDolfijnen);
  await staff.goto("/groep/aanwezigheid");
  await expect(staff.getByRole("heading", { name: "Aanwezig vandaag" })).toBeVisible();
  const mila = staff.getByTestId("presence-row").filter({ hasText: "Mila Kramer" });
  await expect(mila).toContainText("Nog niet binnen");
  await expectAccessible(staff);
  await mila.getByRole("button", { name: "Inchecken: Mila Kramer" }).click();
  await expect(mila).toContainText(/Binnen \d{2}:\d{2}/);

  // Who is here now: one tap from the menu.
  await staff.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Nu aanwezig" }).click();
  await expect(staff.getByRole("heading", { name: "Nu aanwezig", level: 1 })).toBeVisible();
  await expect(staff.getByTestId("here-now-list")).toContainText("Mila Kramer");
  await expectAccessible(staff);

  // Check out: the pick-up person must be chosen; a refused check-out keeps what was chosen.
  await staff.goto("/groep/aanwezigheid");
  await mila.getByLabel("Opgehaald door").selectOption({ label: "Opa Kramer (opa)" });
  await mila.getByRole("button", { name: "Uitchecken: Mila Kramer" }).click();
  await expect(mila).toContainText(/Opgehaald \d{2}:\d{2} door Opa Kramer/);
  await staff.goto("/groep/aanwezig");
  await expect(staff.getByText("Mila Kramer")).toHaveCount(0);
  await staff.context().close();

  // The parent sees in and out times on their home, on a phone.
  const parent = await open(browser, DEMO.parentStaffDemo, PHONE);
  await parent.goto("/ouder");
  await expect(parent.getByTestId("presence-today")).toHaveText(
    /Vandaag binnen om \d{2}:\d{2} · Opgehaald om \d{2}:\d{2} door Opa Kramer/,
  );
  await expectAccessible(parent);
  await parent.context().close();

  // The manager exports the location's presence list for the GGD: on screen (printable) and as CSV.
  const manager = await open(browser, DEMO.manager);
  await manager.goto("/beheer/aanwezigheidslijst");
  await manager.getByLabel("Locatie").selectOption({ label: "De Roef Centrum" });
  await manager.getByLabel("Van").fill(amsterdamToday());
  await manager.getByLabel("Tot en met").fill(amsterdamToday());
  await manager.getByRole("button", { name: "Lijst tonen" }).click();
  await expect(manager.getByRole("row").filter({ hasText: "Mila Kramer" })).toContainText("Opa Kramer");
  await expectAccessible(manager);
  const [download] = await Promise.all([
    manager.waitForEvent("download"),
    manager.getByRole("link", { name: "Downloaden als CSV" }).click(),
  ]);
  const { readFile } = await import("node:fs/promises");
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv).toContain("Datum;Groep;Kind;Geboortedatum;Aankomst;Vertrek;Opgehaald door");
  expect(csv).toMatch(/Dolfijnen;Mila Kramer;11-02-2024;\d{2}:\d{2};\d{2}:\d{2};Opa Kramer/);
  // A period that is too long gets a message, not an error page.
  await manager.getByLabel("Van").fill("2020-01-01");
  await manager.getByRole("button", { name: "Lijst tonen" }).click();
  await expect(manager.getByText(/Kies een periode van hoogstens een jaar/)).toBeVisible();
  await manager.context().close();
});
