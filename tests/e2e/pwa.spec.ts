import { expect, test } from "@playwright/test";
import { DEMO, PHONE, login } from "./helpers";

test.use({ viewport: PHONE });

test("the portal is installable: manifest, icons and a service worker", async ({ page, request }) => {
  const manifest = await (await request.get("/manifest.webmanifest")).json();
  expect(manifest).toMatchObject({ start_url: "/", display: "standalone", lang: "nl" });
  for (const icon of manifest.icons) expect((await request.get(icon.src)).status()).toBe(200);
  const sw = await request.get("/serwist/sw.js");
  expect(sw.status()).toBe(200);
  expect(sw.headers()["service-worker-allowed"]).toBe("/");

  await page.goto("/login");
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe("/");
});

test("offline, a parent gets a friendly page and no cached private page", async ({ page, context }) => {
  await login(page, DEMO.parentKdv);
  await expect(page).toHaveURL(/\/ouder$/);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The worker controls the page after a reload (clientsClaim); wait for the offline page to be precached.
  await page.reload();
  await expect.poll(() => page.evaluate(async () => (await caches.keys()).length > 0)).toBe(true);
  await context.setOffline(true);
  await page.goto("/ouder").catch(() => {});
  await expect(page.getByRole("heading", { name: "Geen verbinding" })).toBeVisible();
  await expect(page.getByText("Noor Jansen")).toHaveCount(0);
  await context.setOffline(false);
});
