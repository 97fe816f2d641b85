// Web push end to end. Family 100015 (Marloes Dekker, Matrozen; staff Dewi) is used by no other spec.
// 1. The parent switches "Meldingen op dit apparaat" on at /instellingen. Chromium's real push service (FCM) is not
//    reachable from this sandbox, so pushManager.subscribe may fail here: then the page must say so clearly and
//    leave the switch off; when it succeeds, the subscription must be stored. Either way the page stays accessible.
// 2. Delivery through a test push endpoint on loopback: the parent's session registers an http://127.0.0.1 endpoint
//    (allowed by PUSH_ALLOW_LOOPBACK_ENDPOINTS=true in the e2e run) and Dewi sends the family a message: the endpoint
//    receives one encrypted push with a VAPID Authorization header.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { createECDH, randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { expectAccessible, login, PHONE, TABLET } from "./helpers";

const PARENT = "100015";
const STAFF = "dewi@deroef.example";

test.describe("web push", () => {
  test.use({ viewport: PHONE });

  test("a parent switches on notifications for this device", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["notifications"], { origin: baseURL });
    await login(page, PARENT);
    await page.goto("/instellingen");
    await expect(page.getByRole("heading", { name: "Meldingen op dit apparaat" })).toBeVisible();
    // The service worker registers in production builds; wait until it controls the page's origin.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    const toggle = page.getByRole("switch", { name: "Meldingen op dit apparaat" });
    await expect(toggle).toBeEnabled();
    await expect(toggle).not.toBeChecked();
    await expect(page.getByText("Uit: dit apparaat krijgt geen pushmeldingen.")).toBeVisible();
    await toggle.click();
    const failed = page.getByRole("alert").filter({ hasText: "kon zich niet aanmelden bij de pushdienst" });
    const on = page.getByText("Aan: dit apparaat krijgt pushmeldingen.");
    await expect(failed.or(on)).toBeVisible({ timeout: 30_000 });
    if (await on.isVisible()) {
      await expect(toggle).toBeChecked();
      const endpoint = await page.evaluate(
        async () => (await (await navigator.serviceWorker.ready).pushManager.getSubscription())?.endpoint,
      );
      expect(endpoint).toMatch(/^https:\/\//);
      // Stored for this user: deleting it as this user succeeds (another user would get 404).
      const removed = await page.request.delete("/api/push", {
        data: { endpoint },
        headers: { origin: new URL(baseURL!).origin },
      });
      expect(removed.status()).toBe(200);
    } else {
      test.info().annotations.push({
        type: "note",
        description: "pushManager.subscribe failed (no push service reachable): graceful failure verified",
      });
      await expect(toggle).not.toBeChecked();
      await expect(toggle).toBeEnabled();
    }
    await expectAccessible(page);
  });

  test("the API refuses cross-origin and anonymous requests", async ({ page, playwright, baseURL }) => {
    const anonymous = await playwright.request.newContext({ baseURL });
    const keys = { p256dh: `B${"A".repeat(86)}`, auth: randomBytes(16).toString("base64url") };
    expect(
      (
        await anonymous.post("/api/push", {
          data: { endpoint: "https://push.example.com/x", keys },
          headers: { origin: new URL(baseURL!).origin },
        })
      ).status(),
    ).toBe(401);
    await anonymous.dispose();
    await login(page, PARENT);
    expect(
      (
        await page.request.post("/api/push", {
          data: { endpoint: "https://push.example.com/x", keys },
          headers: { origin: "https://evil.example" },
        })
      ).status(),
    ).toBe(403);
  });

  test("a message from the group reaches the parent's device through a loopback push endpoint", async ({
    page,
    browser,
    baseURL,
  }) => {
    const received: { headers: IncomingHttpHeaders; body: Buffer }[] = [];
    const server: Server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        received.push({ headers: req.headers, body: Buffer.concat(chunks) });
        res.statusCode = 201;
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/push/${Date.now()}`;
      const ecdh = createECDH("prime256v1");
      ecdh.generateKeys();
      await login(page, PARENT);
      const stored = await page.request.post("/api/push", {
        data: {
          endpoint,
          keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth: randomBytes(16).toString("base64url") },
        },
        headers: { origin: new URL(baseURL!).origin },
      });
      expect(stored.status()).toBe(201);

      const staffContext = await browser.newContext({ viewport: TABLET });
      const staff = await staffContext.newPage();
      await login(staff, STAFF);
      await staff.goto("/berichten/nieuw");
      const to = staff.getByLabel("Aan", { exact: true });
      const value = await to.locator("option", { hasText: "Dekker" }).first().getAttribute("value");
      await to.selectOption(value!);
      const subject = `Push test ${Date.now()}`;
      await staff.getByLabel("Onderwerp").fill(subject);
      await staff.getByLabel("Bericht", { exact: true }).fill("Geheime inhoud die nooit in een pushmelding mag staan.");
      await staff.getByRole("button", { name: "Versturen" }).click();
      await expect(staff.getByRole("heading", { name: subject })).toBeVisible();
      await staffContext.close();

      await expect.poll(() => received.length, { timeout: 15_000 }).toBe(1);
      expect(String(received[0].headers.authorization)).toMatch(/^vapid t=[\w-]+\.[\w-]+\.[\w-]+, k=/);
      expect(received[0].headers["content-encoding"]).toBe("aes128gcm");
      expect(received[0].body.includes(Buffer.from("Geheime"))).toBe(false);

      // Clean up: the parent removes the device again.
      expect(
        (
          await page.request.delete("/api/push", { data: { endpoint }, headers: { origin: new URL(baseURL!).origin } })
        ).status(),
      ).toBe(200);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
