// Shared e2e helpers: log in through the real login form, phone/tablet viewports, and an axe check.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Zeilboot-Roef-2026";
export const PHONE = { width: 390, height: 844 };
export const TABLET = { width: 820, height: 1180 };
/** The group tablet held landscape (issue 18: staff work at 1024 x 768). */
export const TABLET_LANDSCAPE = { width: 1024, height: 768 };

export const DEMO = {
  parentKdv: "100001",
  parentBso: "100002",
  staffDolfijnen: "anna@deroef.example",
  staffKapiteins: "bram@deroef.example",
  manager: "manager@deroef.example",
  beheerder: "beheer@deroef.example",
  /** Family Kramer (prisma/seed-staff.ts): Mila in Dolfijnen, no photo choice yet; the staff specs' own family. */
  parentStaffDemo: "100022",
} as const;

export async function login(page: Page, login: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel(/Debiteurnummer of e-mailadres/).fill(login);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

export async function logout(page: Page) {
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await page.waitForURL(/\/login/);
}

/** No serious or critical accessibility violations on the current page. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}
