// Keyboard only (issue #7): sign in, the skip link, the main menu, a photo feed link and a real form, with Tab,
// typing and Enter, never the mouse; every control that gets focus shows a focus indicator and is not hidden under
// the sticky top bar or the phone's bottom tab bar. Staff do one form on a tablet the same way.
// Demo data used: family 100017 (de Wit: Yara and Thijs in BSO Kapiteins) and Bram (staff, Kapiteins), who writes
// Yara's schriftje. No other spec file signs in as 100017.
import { expect, test, type Page } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, PHONE, TABLET, expectAccessible } from "./helpers";

const PARENT = "100017";
const CHILD = "Yara de Wit";

type Focused = {
  tag: string;
  text: string;
  id: string;
  name: string;
  type: string;
  navLabel: string | null;
  inMain: boolean;
  visibleFocus: boolean;
  obscured: boolean;
};

/** What has focus now, whether it shows a focus indicator, and whether something else covers it. */
async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body)
      return {
        tag: "body",
        text: "",
        id: "",
        name: "",
        type: "",
        navLabel: null,
        inMain: false,
        visibleFocus: false,
        obscured: false,
      };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const ring = style.boxShadow !== "none" && style.boxShadow !== "";
    const rect = el.getBoundingClientRect();
    const x = Math.min(Math.max(rect.left + rect.width / 2, 0), window.innerWidth - 1);
    const y = Math.min(Math.max(rect.top + rect.height / 2, 0), window.innerHeight - 1);
    const top = document.elementFromPoint(x, y);
    const label = el.id ? document.querySelector(`label[for="${el.id}"]`) : null;
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? "").trim(),
      id: el.id,
      name: el.getAttribute("aria-label") ?? el.getAttribute("name") ?? "",
      type: el.getAttribute("type") ?? "",
      navLabel: el.closest("nav")?.getAttribute("aria-label") ?? null,
      inMain: !!el.closest("main"),
      visibleFocus: outline || ring,
      // A control under a fixed/sticky bar: the point in its middle belongs to something else (a <label> of it is fine).
      obscured:
        !top ||
        !(el === top || el.contains(top) || top.contains(el) || top === label || (label?.contains(top) ?? false)),
    };
  });
}

/** Presses Tab (or Shift+Tab) until `match` holds for the focused element; checks the focus indicator on the way. */
async function tabTo(
  page: Page,
  match: (f: Focused) => boolean,
  what: string,
  { max = 60, back = false } = {},
): Promise<Focused> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const f = await focused(page);
    if (f.tag !== "body") {
      expect(f.visibleFocus, `no visible focus indicator on <${f.tag}> "${f.text || f.name}"`).toBe(true);
      expect(f.obscured, `<${f.tag}> "${f.text || f.name}" is hidden under another element when focused`).toBe(false);
    }
    if (match(f)) return f;
    seen.push(`${f.tag}:${(f.text || f.name).slice(0, 30)}`);
  }
  throw new Error(`Tab never reached ${what}; focus went through: ${seen.join(" | ")}`);
}

/** The skip link is the first Tab stop, visible when focused, and Enter moves focus into <main>. */
async function followSkipLink(page: Page) {
  await page.keyboard.press("Tab");
  const skip = await focused(page);
  expect(skip).toMatchObject({ tag: "a", text: "Naar de inhoud", visibleFocus: true, obscured: false });
  const box = await page.getByRole("link", { name: "Naar de inhoud" }).boundingBox();
  expect(box!.width).toBeGreaterThan(20); // no longer sr-only
  await page.keyboard.press("Enter");
  await expect.poll(async () => (await focused(page)).id).toBe("main");
}

async function keyboardLogin(page: Page, login: string) {
  await page.goto("/login");
  await followSkipLink(page);
  await tabTo(page, (f) => f.id === "login", "the login field", { max: 3 });
  await page.keyboard.type(login);
  await page.keyboard.press("Tab");
  expect((await focused(page)).id).toBe("password");
  await page.keyboard.type(DEMO_PASSWORD);
  await tabTo(page, (f) => f.tag === "button" && f.text === "Inloggen", "the Inloggen button", { max: 3 });
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

test.describe("parent on a phone, keyboard only", () => {
  test.use({ viewport: PHONE });

  test("signs in, skips to the content, opens a photo feed from the main menu and sends a message", async ({
    page,
  }) => {
    await keyboardLogin(page, PARENT);
    await expect(page).toHaveURL(/\/ouder$/);

    // Skip link, then through the page to the bottom tab bar's Foto's.
    await followSkipLink(page);
    const first = await tabTo(page, (f) => f.tag !== "body", "a control");
    expect(first.inMain).toBe(true);
    await tabTo(page, (f) => f.navLabel === "Hoofdmenu" && f.text === "Foto's", "Foto's in the main menu");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/ouder\/fotos$/);
    await expect(page.getByRole("heading", { name: "Foto's", exact: true })).toBeVisible();
    // Focus moved to the new page's content, so the next Tab is in it (not back in the bottom menu).
    await expect.poll(async () => (await focused(page)).id).toBe("main");
    await tabTo(page, (f) => f.tag === "a" && f.text === `Foto's van ${CHILD}`, `the link to ${CHILD}'s photos`, {
      max: 5,
    });
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: `Foto's van ${CHILD}` })).toBeVisible();
    await expect(page).toHaveURL(/\/ouder\/fotos\/[0-9a-f-]{36}$/);
    await expectAccessible(page);

    // Schriftje from the menu, then Berichten > Nieuw bericht, filled and sent with the keyboard.
    await tabTo(page, (f) => f.navLabel === "Hoofdmenu" && f.text === "Schriftje", "Schriftje in the main menu");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/ouder\/schriftje/);
    await tabTo(page, (f) => f.navLabel === "Hoofdmenu" && f.text === "Berichten", "Berichten in the main menu");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/berichten$/);
    await tabTo(page, (f) => f.tag === "a" && f.text.includes("Nieuw bericht"), "Nieuw bericht");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Nieuw bericht" })).toBeVisible();

    const subject = `Toetsenbord ${Date.now()}`;
    const recipient = await tabTo(page, (f) => f.tag === "select" && f.id === "recipient", "the recipient select");
    expect(recipient.inMain).toBe(true);
    await page.keyboard.press("ArrowDown"); // the first real recipient after "Kies aan wie"
    await expect(page.getByLabel("Aan")).not.toHaveValue("");
    await page.keyboard.press("Tab");
    expect((await focused(page)).id).toBe("subject");
    await page.keyboard.type(subject);
    await page.keyboard.press("Tab");
    expect((await focused(page)).id).toBe("body");
    await page.keyboard.type("Yara wordt vandaag om vier uur door opa opgehaald.");
    await tabTo(page, (f) => f.tag === "button" && f.text === "Versturen", "Versturen", { max: 3 });
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/berichten\/[0-9a-f-]{36}$/);
    await expect(page.getByText("Yara wordt vandaag om vier uur door opa opgehaald.")).toBeVisible();
    await expect(page.getByRole("heading", { name: subject })).toBeVisible();
  });
});

test.describe("staff on a tablet, keyboard only", () => {
  test.use({ viewport: TABLET });

  test("writes a schriftje entry with a quick chip", async ({ page }) => {
    await keyboardLogin(page, DEMO.staffKapiteins);
    await expect(page).toHaveURL(/\/groep$/);
    // Tablets have the menu in the top bar, before the content.
    await tabTo(page, (f) => f.navLabel === "Hoofdmenu" && f.text === "Schriftje", "Schriftje in the top menu");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Schriftje van vandaag" })).toBeVisible();
    await tabTo(page, (f) => f.tag === "a" && f.text.includes(CHILD), `${CHILD} in the day's list`);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/groep\/schriftje\/[0-9a-f-]{36}/);

    await tabTo(page, (f) => f.tag === "textarea" && f.id === "body", "Hoe ging de dag?");
    await page.keyboard.type("Met Thijs een hut gebouwd.");
    await tabTo(
      page,
      (f) => f.tag === "button" && f.name === "Voeg toe: Een fijne dag gehad!",
      "the first quick chip",
      { max: 3 },
    );
    await page.keyboard.press("Enter");
    await expect(page.getByLabel("Hoe ging de dag?")).toHaveValue("Met Thijs een hut gebouwd. Een fijne dag gehad!");
    await tabTo(page, (f) => f.tag === "button" && f.text === "Opslaan in het schriftje", "Opslaan in het schriftje");
    await page.keyboard.press("Enter");
    await expect(page.getByText("Opgeslagen in het schriftje.")).toBeVisible();
    await expect(page.getByText("Met Thijs een hut gebouwd. Een fijne dag gehad!")).toBeVisible();
  });
});
