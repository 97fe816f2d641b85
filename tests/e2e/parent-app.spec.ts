// The parent's app on a phone (issue 17): the right tab is current on every parent page, every sub-page has a back
// link, tabs carry icons and unread badges, and every control on every parent page is at least 44 x 44 px.
// Demo data used (prisma/seed.ts): family 100001's second guardian (100001-2: Noor and a BSO child), read-only here
// except for reading news and threads, which is per user (no other spec logs in as 100001-2), and two photos of Noor
// that staff (Dolfijnen) post for the viewer test.
import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import sharp from "sharp";
import { DEMO, DEMO_PASSWORD, PHONE, TABLET, expectAccessible, login } from "./helpers";

const PARENT = "100001-2";

test.use({ viewport: PHONE });

/** Every control smaller than 44 x 44 px on the page (links inside running text excepted, as WCAG 2.5.8 does). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = "a[href], button, summary, select, textarea, input:not([type=hidden]), [role=button]";
    const small: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      if (!element.checkVisibility({ visibilityProperty: true })) continue;
      // A checkbox or radio is tapped through its label.
      const isBox = element instanceof HTMLInputElement && (element.type === "checkbox" || element.type === "radio");
      const target = (isBox && element.closest("label")) || element;
      const rect = target.getBoundingClientRect();
      // Visually hidden (the skip link until focused, a file input behind its label).
      if (rect.width <= 2 || rect.height <= 2) continue;
      if (element.tagName === "A" && getComputedStyle(element).display === "inline") continue;
      if (rect.width < 44 || rect.height < 44) {
        const name = (element.getAttribute("aria-label") ?? element.textContent ?? element.tagName).trim();
        small.push(
          `${location.pathname} ${element.tagName.toLowerCase()} "${name.slice(0, 40)}" ${Math.round(rect.width)}x${Math.round(rect.height)}`,
        );
      }
    }
    return small;
  });
}

const tabBar = (page: Page) => page.locator("nav.fixed").getByRole("link");

async function currentTab(page: Page): Promise<string | null> {
  const current = page.locator('nav.fixed a[aria-current="page"]');
  if ((await current.count()) === 0) return null;
  return (await current.locator("span.truncate").textContent())?.trim() ?? null;
}

test("unread news shows as a badge on Meer, with its words for screen readers; reading one lowers it", async ({
  page,
}) => {
  await login(page, PARENT);
  await page.goto("/ouder/meer");
  const meer = page.locator("nav.fixed").getByRole("link", { name: /^Meer/ });
  const badge = meer.getByTestId("nav-badge");
  // First in this file: the demo seed publishes news for the whole organisation that this guardian has not opened yet.
  await expect(badge).toBeVisible();
  const n = Number.parseInt((await badge.locator('[aria-hidden="true"]').textContent()) ?? "", 10);
  expect(n).toBeGreaterThan(0);
  await expect(meer).toHaveAccessibleName(`Meer ${n} ongelezen nieuwsbericht${n === 1 ? "" : "en"}`);
  await expectAccessible(page);
  await page.goto("/nieuws");
  await page
    .locator('main a[href^="/nieuws/"]')
    .filter({ has: page.locator("span.bg-brand-700") })
    .first()
    .click();
  // The news item itself (the list has a back link too).
  await page.waitForURL(/\/nieuws\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("back-link")).toHaveText("Terug naar Nieuws");
  await page.goto("/ouder/meer");
  if (n === 1) await expect(badge).toHaveCount(0);
  else await expect(badge.locator('[aria-hidden="true"]')).toHaveText(String(n - 1));
});

test("every parent page: the right tab is current, sub-pages have a back link, all targets are 44 px", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await login(page, PARENT);
  // Tabs: six, each with an icon and its label.
  await expect(tabBar(page)).toHaveCount(6);
  await expect(page.locator("nav.fixed svg")).toHaveCount(6);

  // A thread, a news item and a child's feed to visit.
  await page.goto("/berichten");
  const threadHref = await page
    .locator('main a[href^="/berichten/"]:not([href="/berichten/nieuw"])')
    .first()
    .getAttribute("href");
  await page.goto("/nieuws");
  const newsHref = await page.locator('main a[href^="/nieuws/"]').first().getAttribute("href");
  await page.goto("/ouder/fotos");
  const feedHref = await page.locator('main a[href^="/ouder/fotos/"]').first().getAttribute("href");

  const pages: { path: string | null; tab: string; back?: string }[] = [
    { path: "/ouder", tab: "Overzicht" },
    { path: "/ouder/fotos", tab: "Foto's" },
    { path: feedHref, tab: "Foto's" },
    { path: "/ouder/schriftje", tab: "Schriftje" },
    { path: "/berichten", tab: "Berichten" },
    { path: "/berichten/nieuw", tab: "Berichten", back: "Terug naar Berichten" },
    { path: threadHref, tab: "Berichten", back: "Terug naar Berichten" },
    { path: "/ouder/planning", tab: "Planning" },
    { path: "/ouder/meer", tab: "Meer" },
    { path: "/nieuws", tab: "Meer", back: "Terug naar Meer" },
    { path: newsHref, tab: "Meer", back: "Terug naar Nieuws" },
    { path: "/ouder/documenten", tab: "Meer", back: "Terug naar Meer" },
    { path: "/ouder/profiel", tab: "Meer", back: "Terug naar Meer" },
    { path: "/ouder/contract", tab: "Meer", back: "Terug naar Meer" },
    { path: "/ouder/roefjes", tab: "Meer", back: "Terug naar Meer" },
    { path: "/ouder/toestemming", tab: "Meer", back: "Terug naar Meer" },
    { path: "/ouder/gezondheid", tab: "Meer", back: "Terug naar Meer" },
    { path: "/instellingen", tab: "Meer", back: "Terug naar Meer" },
    { path: "/ouder/privacy", tab: "Meer", back: "Terug naar Meer" },
  ];
  const small: string[] = [];
  for (const entry of pages) {
    expect(entry.path, `a link for the ${entry.tab} tab`).toBeTruthy();
    await page.goto(entry.path as string);
    expect(await currentTab(page), entry.path as string).toBe(entry.tab);
    if (entry.back) await expect(page.getByTestId("back-link"), entry.path as string).toHaveText(entry.back);
    // "Eerdere keuzes" is a closed <details>: open every one so what it holds is measured too.
    await page.evaluate(() => {
      for (const details of document.querySelectorAll<HTMLDetailsElement>("main details")) details.open = true;
    });
    small.push(...(await smallTargets(page)));
  }
  expect(small).toEqual([]);
});

test("the tab bar and a sub-page are accessible, also in English", async ({ page }) => {
  await login(page, PARENT);
  await page.goto("/ouder/profiel");
  await expectAccessible(page);
  await page.getByRole("button", { name: "English" }).last().click();
  await expect(page.getByTestId("back-link")).toHaveText("Back to More");
  await expect(page.locator('nav.fixed a[aria-current="page"]')).toContainText("More");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Nederlands" }).last().click();
  await expect(page.getByTestId("back-link")).toHaveText("Terug naar Meer");
});

test.describe
  .serial("photos as an app", () => {
    const caption = `Glijbaan ${Date.now()}`;

    test("staff post two photos of Noor", async ({ browser }) => {
      const context = await browser.newContext({ viewport: TABLET, locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
      const page = await context.newPage();
      await login(page, DEMO.staffDolfijnen);
      await page.goto("/groep/fotos");
      const jpeg = (r: number) =>
        sharp({ create: { width: 1200, height: 900, channels: 3, background: { r, g: 120, b: 90 } } })
          .jpeg()
          .toBuffer();
      await page.getByLabel("Foto's kiezen").setInputFiles([
        { name: "een.jpg", mimeType: "image/jpeg", buffer: await jpeg(200) },
        { name: "twee.jpg", mimeType: "image/jpeg", buffer: await jpeg(40) },
      ]);
      await page.getByLabel("Bijschrift (optioneel)").fill(caption);
      await page.getByRole("checkbox", { name: /Noor Jansen/ }).check();
      await page.getByRole("button", { name: "Uploaden" }).click();
      await expect(page.getByRole("link", { name: new RegExp(caption) })).toHaveCount(2);
      await context.close();
    });

    test("thumbnails carry date and caption; the viewer goes on with arrow keys and swipes, downloads, and closes back to its thumbnail", async ({
      page,
    }) => {
      await login(page, PARENT);
      await page.goto("/ouder/fotos");
      await page.getByRole("link", { name: "Foto's van Noor Jansen" }).click();
      const thumbs = page.locator("main li").filter({ hasText: caption });
      await expect(thumbs).toHaveCount(2);
      // The date in words under the thumbnail, never an ISO date.
      await expect(thumbs.first()).toContainText(
        /(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) \d{1,2} \w+, \d\d:\d\d/,
      );
      await expect(thumbs.first()).not.toContainText(/\d{4}-\d\d-\d\d/);

      const first = thumbs.first().getByRole("link");
      await first.click();
      const viewer = page.getByRole("dialog", { name: "Foto's bekijken" });
      await expect(viewer).toBeVisible();
      await expect(viewer.getByRole("button", { name: "Sluiten" })).toBeFocused();
      const position = viewer.getByTestId("viewer-position");
      const start = (await position.textContent()) ?? "";
      const [, index, total] = start.match(/Foto (\d+) van (\d+)/) ?? [];
      expect(Number(total)).toBeGreaterThanOrEqual(2);
      const at = (n: number) => `Foto ${((n - 1 + Number(total)) % Number(total)) + 1} van ${total}`;
      await expect(viewer.getByRole("img")).toHaveAttribute("alt", new RegExp(caption));
      await expectAccessible(page);

      await page.keyboard.press("ArrowRight");
      await expect(position).toHaveText(at(Number(index) + 1));
      await page.keyboard.press("ArrowLeft");
      await expect(position).toHaveText(at(Number(index)));
      await viewer.getByRole("button", { name: "Volgende foto" }).click();
      await expect(position).toHaveText(at(Number(index) + 1));
      await viewer.getByRole("button", { name: "Vorige foto" }).click();
      await expect(position).toHaveText(at(Number(index)));

      // A swipe to the left is the next photo, to the right the previous one.
      const box = (await viewer.getByRole("img").boundingBox())!;
      const swipe = async (dx: number) => {
        const y = box.y + box.height / 2;
        const x = box.x + box.width / 2;
        await page.mouse.move(x, y);
        await page.mouse.down();
        await page.mouse.move(x + dx, y + 5, { steps: 5 });
        await page.mouse.up();
      };
      await swipe(-120);
      await expect(position).toHaveText(at(Number(index) + 1));
      await swipe(120);
      await expect(position).toHaveText(at(Number(index)));

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        viewer.getByRole("link", { name: "Foto downloaden" }).click(),
      ]);
      const meta = await sharp(await readFile((await download.path())!)).metadata();
      expect(meta.format).toBe("jpeg");

      await page.keyboard.press("Escape");
      await expect(viewer).toBeHidden();
      await expect(first).toBeFocused();
      // Keyboard only: Enter on a thumbnail opens the viewer too.
      await page.keyboard.press("Enter");
      await expect(viewer).toBeVisible();
      await page.keyboard.press("Escape");
      await expect(viewer).toBeHidden();
    });
    test("home is today: today's planning per child at the top, this week's photos with thumbnails one tap away", async ({
      page,
    }) => {
      await login(page, PARENT);
      await expect(page).toHaveURL(/\/ouder$/);
      const noor = page.locator("main section").filter({ has: page.getByRole("heading", { name: "Noor Jansen" }) });
      await expect(noor.getByTestId("home-today")).toContainText(
        /Vandaag|Weekend|dicht|Afgemeld|Extra opvang|geen opvang/,
      );
      const photos = noor.getByTestId("home-new").getByRole("link", { name: /\d+ nieuwe foto/ });
      await expect(photos).toBeVisible();
      await expect(photos.getByRole("img", { name: new RegExp(caption) }).first()).toBeVisible();
      await expect(page.locator("main")).not.toContainText(/\d{4}-\d\d-\d\d/);
      await expectAccessible(page);
      await photos.click();
      await expect(page).toHaveURL(/\/ouder\/fotos\/[0-9a-f-]{36}$/);
    });
  });

test("a private calendar link per child: made once, fetched by a calendar app without a session, renewed (the old one is a 404)", async ({
  page,
  playwright,
}) => {
  await login(page, PARENT);
  await page.goto("/ouder/meer");
  await page.getByRole("link", { name: /Agenda/ }).click();
  await expect(page.getByTestId("back-link")).toHaveText("Terug naar Meer");
  const card = page.locator("main section").first();
  await card.getByRole("button", { name: "Agenda-link maken" }).click();
  const url = await card.getByRole("textbox", { name: /Agenda-link van/ }).inputValue();
  expect(url).toMatch(/\/api\/agenda\/[A-Za-z0-9_-]{43}\.ics$/);
  await expectAccessible(page);

  // A calendar app: no cookies.
  const app = await playwright.request.newContext();
  const feed = await app.get(url);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  const body = await feed.text();
  expect(body).toContain("BEGIN:VCALENDAR");
  expect(body).toMatch(/SUMMARY:.*: opvang \(/);

  await page.reload();
  await expect(card.getByTestId("feed-status")).toContainText("Agenda-link actief sinds");
  await card.getByText("Nieuwe link maken").first().click();
  await card.getByRole("button", { name: "Nieuwe link maken" }).click();
  const renewed = await card.getByRole("textbox", { name: /Agenda-link van/ }).inputValue();
  expect(renewed).not.toBe(url);
  expect((await app.get(url)).status()).toBe(404);
  expect((await app.get(renewed)).status()).toBe(200);
  await app.dispose();
});

test("English chosen on the login page survives signing in (last: it leaves the guardian on Dutch again)", async ({
  page,
}) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
  await page.getByLabel(/Debtor number or e-mail address/).fill(PARENT);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await expect(page.locator("nav.fixed").getByRole("link", { name: /^Overview/ })).toBeVisible();
  await page.getByRole("button", { name: "Nederlands" }).last().click();
  await expect(page.locator("nav.fixed").getByRole("link", { name: /^Overzicht/ })).toBeVisible();
});

test("a 4 MB phone photo attaches to a message: the browser scales it down before sending", async ({ page }) => {
  // Camera-like: 4000 x 3000 with noise, well over the 1.5 MB limit as it comes.
  const photo = await sharp({
    create: {
      width: 4000,
      height: 3000,
      channels: 3,
      background: "#808080",
      noise: { type: "gaussian", mean: 128, sigma: 40 },
    },
  })
    .jpeg({ quality: 80 })
    .toBuffer();
  expect(photo.length).toBeGreaterThan(3_500_000);
  const subject = `Foto van thuis ${Date.now()}`;
  await login(page, PARENT);
  await page.goto("/berichten/nieuw");
  await page.getByLabel("Aan", { exact: true }).selectOption({ label: "Groep Dolfijnen (Noor)" });
  await page.getByLabel("Onderwerp").fill(subject);
  await page.getByLabel("Bericht", { exact: true }).fill("Zo zag het eruit op het strand.");
  await page
    .getByLabel("Bijlage (optioneel)")
    .setInputFiles({ name: "IMG_2041.jpg", mimeType: "image/jpeg", buffer: photo });
  // Replaced in the input by the scaled copy, with no "te groot".
  await expect
    .poll(() =>
      page.getByLabel("Bijlage (optioneel)").evaluate((input: HTMLInputElement) => input.files?.[0]?.size ?? 0),
    )
    .toBeLessThan(1_500_000);
  await expect(page.getByText("te groot", { exact: false })).toHaveCount(0);
  await page.getByRole("button", { name: "Versturen" }).click();
  await expect(page.getByRole("heading", { name: subject })).toBeVisible();
  const href = await page.getByRole("link", { name: /Download IMG_2041\.jpg/ }).getAttribute("href");
  const stored = await page.request.get(href!);
  expect(stored.status()).toBe(200);
  const meta = await sharp(await stored.body()).metadata();
  expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBeLessThanOrEqual(2048);
});
