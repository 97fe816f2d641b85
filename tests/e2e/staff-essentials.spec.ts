// Issue 18, the child's essentials: the parent fills them in on a phone, the group's staff see a badge on the tablet
// (1024 x 768) and open them; another parent gets a 404. Demo data: family 100022 (Mila Kramer, Dolfijnen).
import { expect, test, type Browser } from "@playwright/test";
import { DEMO, PHONE, TABLET_LANDSCAPE, expectAccessible, login } from "./helpers";

async function open(browser: Browser, loginName: string, viewport = TABLET_LANDSCAPE) {
  const context = await browser.newContext({ viewport, locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  const page = await context.newPage();
  await login(page, loginName);
  return page;
}

test("the parent fills in allergies and the GP; the group's staff see the badge and the details; nobody else", async ({
  browser,
}) => {
  const parent = await open(browser, DEMO.parentStaffDemo, PHONE);
  await parent.goto("/ouder/meer");
  await parent.getByRole("link", { name: /Gezondheid/ }).click();
  await expect(parent.getByRole("heading", { name: "Gezondheid en huisarts" })).toBeVisible();
  await parent.getByLabel("Allergieën").fill("Pinda (ernstig, EpiPen in de tas)");
  await parent.getByLabel("Telefoonnummer huisarts").fill("bel maar");
  await parent.getByRole("button", { name: "Opslaan" }).click();
  await expect(parent.getByText("Vul een telefoonnummer in met alleen cijfers")).toBeVisible();
  // Nothing typed is lost.
  await expect(parent.getByLabel("Allergieën")).toHaveValue("Pinda (ernstig, EpiPen in de tas)");
  await parent.getByLabel("Telefoonnummer huisarts").fill("020-1234567");
  await parent.getByLabel("Huisarts (naam en praktijk)").fill("Huisartsenpraktijk Centrum");
  await parent.getByRole("button", { name: "Opslaan" }).click();
  await expect(parent.getByRole("status").filter({ hasText: "Opgeslagen." })).toBeVisible();
  await parent.reload();
  await expect(parent.getByLabel("Allergieën")).toHaveValue("Pinda (ernstig, EpiPen in de tas)");
  await expectAccessible(parent);
  await parent.context().close();

  const staff = await open(browser, DEMO.staffDolfijnen);
  await staff.goto("/groep");
  const badge = staff.getByRole("link", { name: "Belangrijk over Mila Kramer: allergie" });
  await expect(badge).toBeVisible();
  const href = await badge.getAttribute("href");
  await badge.click();
  await expect(staff.getByRole("heading", { name: "Belangrijk over Mila Kramer" })).toBeVisible();
  await expect(staff.getByText("Pinda (ernstig, EpiPen in de tas)")).toBeVisible();
  await expect(staff.getByText("020-1234567")).toBeVisible();
  await expectAccessible(staff);
  await staff.goto("/groep/schriftje");
  await expect(staff.getByTestId("essentials-badge").first()).toContainText("allergie");
  await staff.context().close();

  // Another group's staff and another parent: the same 404 as a page that does not exist.
  const other = await open(browser, DEMO.staffKapiteins);
  expect((await other.goto(href ?? "/groep/kind/x"))?.status()).toBe(404);
  await other.context().close();
  const otherParent = await open(browser, "100003", PHONE);
  expect((await otherParent.goto(href ?? "/groep/kind/x"))?.status()).toBe(404);
  await otherParent.context().close();
});
