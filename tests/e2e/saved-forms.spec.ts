// Issue 16.1: a saved form shows what was saved. React 19 used to reset a form after its server action to the values
// from before the save (the consent radio jumped back to "Ja" under "Opgeslagen", and saving again re-granted the
// consent). Every form that edits stored state goes through components/ui/action-form.tsx; each gets the same check
// here: change, save, check the controls; reload, check again; save again unchanged -> the stored value is unchanged.
// Demo accounts used only here: 100007-2 (second guardian of family 100007, one child in BSO Kapiteins) and 100004-2
// (second guardian of family 100004). The beheerder is beheer2; the organisation settings and family 100004's address
// are restored afterwards.
import { expect, test, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { PHONE, TABLET, login } from "./helpers";

const PARENT = "100007-2";
const CONTRACT_PARENT = "100004-2";
const BEHEERDER = "beheer2@deroef.example";

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function signedIn(browser: Browser, who: string, viewport: typeof PHONE): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await login(page, who);
  return page;
}

async function familyChild(debiteurnummer: string) {
  const [child] = await query<{ id: string; name: string }>(
    `SELECT c.id, c."firstName" || ' ' || c."lastName" AS name FROM "Child" c
       JOIN "Family" f ON f.id = c."familyId" WHERE f.debiteurnummer = $1 ORDER BY c."firstName" LIMIT 1`,
    [debiteurnummer],
  );
  return child;
}

test.describe("saved forms show what is stored", () => {
  test("photo consent: a withdrawn consent stays withdrawn on screen and when saved again", async ({ browser }) => {
    const child = await familyChild("100007");
    const consents = async () =>
      query<{ mayPhotograph: boolean; shareWithGroup: boolean }>(
        `SELECT "mayPhotograph", "shareWithGroup" FROM "PhotoConsent" WHERE "childId" = $1 ORDER BY "recordedAt" DESC`,
        [child.id],
      );
    const page = await signedIn(browser, PARENT, PHONE);
    await page.goto("/ouder/toestemming");
    const form = () => page.getByRole("form", { name: child.name });
    const photo = (answer: "Ja" | "Nee") =>
      form()
        .getByRole("group", { name: /gemaakt en aan jullie getoond/ })
        .getByLabel(answer);
    const share = (answer: "Ja" | "Nee") =>
      form()
        .getByRole("group", { name: /gedeeld worden/ })
        .getByLabel(answer);
    const save = () => form().getByRole("button", { name: "Toestemming opslaan" }).click();
    const expectWithdrawn = async () => {
      await expect(photo("Nee")).toBeChecked();
      await expect(photo("Ja")).not.toBeChecked();
      await expect(share("Nee")).toBeChecked();
      await expect(share("Ja")).not.toBeChecked();
    };
    try {
      await expect(photo("Ja")).toBeChecked();
      await photo("Nee").check();
      await save();
      await expect(form().getByRole("status")).toContainText("Opgeslagen");
      await expectWithdrawn();
      expect((await consents())[0]).toEqual({ mayPhotograph: false, shareWithGroup: false });

      await page.reload();
      await expectWithdrawn();
      await expect(page.getByTestId(`consent-current-${child.id}`)).toContainText("foto's nee");

      // Saving again without touching anything records the same (withdrawn) choice, never the old "ja".
      const before = (await consents()).length;
      await save();
      await expect(form().getByRole("status")).toContainText("Opgeslagen");
      await expectWithdrawn();
      await expect.poll(async () => (await consents()).length).toBe(before + 1);
      expect((await consents())[0]).toEqual({ mayPhotograph: false, shareWithGroup: false });
      // And the same without a reload in between: a second tap right after the first save.
      await save();
      await expect.poll(async () => (await consents()).length).toBe(before + 2);
      expect((await consents())[0]).toEqual({ mayPhotograph: false, shareWithGroup: false });
      await expectWithdrawn();

      // Giving it back shows "Ja" after the save as well.
      await photo("Ja").check();
      await share("Ja").check();
      await save();
      await expect.poll(async () => (await consents())[0]).toEqual({ mayPhotograph: true, shareWithGroup: true });
      await expect(photo("Ja")).toBeChecked();
      await expect(share("Ja")).toBeChecked();
    } finally {
      await page.context().close();
    }
  });

  test("notification settings: the saved e-mail mode, kinds and quiet hours stay on screen", async ({ browser }) => {
    const settings = async () =>
      (
        await query<{
          emailMode: string;
          notifyNews: boolean;
          quietStartMinutes: number | null;
          quietEndMinutes: number | null;
        }>(
          `SELECT "emailMode", "notifyNews", "quietStartMinutes", "quietEndMinutes" FROM "User" WHERE "loginName" = $1`,
          [PARENT],
        )
      )[0];
    const page = await signedIn(browser, PARENT, PHONE);
    await page.goto("/instellingen");
    const digest = page.getByLabel("Eén keer per dag een overzicht (om 19:30)");
    const news = page.getByRole("checkbox", { name: "Nieuws" });
    const quiet = page.getByLabel("Geen e-mail tijdens rustige uren");
    const save = () => page.getByRole("button", { name: "Instellingen opslaan" }).click();
    const expectSaved = async () => {
      await expect(digest).toBeChecked();
      await expect(page.getByLabel("Direct bij iets nieuws")).not.toBeChecked();
      await expect(news).not.toBeChecked();
      await expect(quiet).toBeChecked();
      await expect(page.getByLabel("Van")).toHaveValue("21:30");
      await expect(page.getByLabel("Tot")).toHaveValue("07:15");
    };
    const stored = { emailMode: "DIGEST", notifyNews: false, quietStartMinutes: 21 * 60 + 30, quietEndMinutes: 435 };
    try {
      await digest.check();
      await news.uncheck();
      await quiet.check();
      await page.getByLabel("Van").fill("21:30");
      await page.getByLabel("Tot").fill("07:15");
      await save();
      await expect(page.getByText("Je instellingen zijn opgeslagen.")).toBeVisible();
      await expectSaved();
      expect(await settings()).toEqual(stored);

      await page.reload();
      await expectSaved();
      await save();
      await expect(page.getByText("Je instellingen zijn opgeslagen.")).toBeVisible();
      await expectSaved();
      expect(await settings()).toEqual(stored);
    } finally {
      await page.context().close();
    }
  });

  test("profile: the saved phone number stays; the contact form starts empty after adding", async ({ browser }) => {
    const phone = async () =>
      (await query<{ phone: string }>(`SELECT phone FROM "User" WHERE "loginName" = $1`, [PARENT]))[0].phone;
    const contacts = async () =>
      Number(
        (
          await query<{ count: string }>(
            `SELECT count(*) FROM "ContactPerson" cp JOIN "Family" f ON f.id = cp."familyId"
              WHERE f.debiteurnummer = '100007'`,
          )
        )[0].count,
      );
    const page = await signedIn(browser, PARENT, PHONE);
    await page.goto("/ouder/profiel");
    const phoneForm = page.getByRole("form", { name: "Telefoonnummer" });
    const field = phoneForm.getByLabel("Telefoonnummer");
    const save = () => phoneForm.getByRole("button", { name: "Telefoonnummer opslaan" }).click();
    try {
      await field.fill("06 20202020");
      await save();
      await expect(page.getByText("Je telefoonnummer is opgeslagen.")).toBeVisible();
      await expect(field).toHaveValue("06 20202020");
      await expect.poll(phone).toBe("06 20202020");
      await page.reload();
      await expect(field).toHaveValue("06 20202020");
      await save();
      await expect(page.getByText("Je telefoonnummer is opgeslagen.")).toBeVisible();
      await expect(field).toHaveValue("06 20202020");
      expect(await phone()).toBe("06 20202020");

      // Adding a contact: afterwards the form is empty (name, phone, roles), and sending that empty form adds nothing.
      const form = page.getByRole("form", { name: "Persoon toevoegen" });
      const before = await contacts();
      await form.getByLabel("Naam").fill("Opa Smit");
      await form.getByLabel("Telefoonnummer").fill("06 30303030");
      await form.getByLabel("Mag ophalen").check();
      await form.getByRole("button", { name: "Persoon toevoegen" }).click();
      await expect(page.getByText("Opa Smit is toegevoegd.")).toBeVisible();
      await expect(form.getByLabel("Naam")).toHaveValue("");
      await expect(form.getByLabel("Telefoonnummer")).toHaveValue("");
      await expect(form.getByLabel("Mag ophalen")).not.toBeChecked();
      expect(await contacts()).toBe(before + 1);
      await form.getByRole("button", { name: "Persoon toevoegen" }).click();
      await expect(form.getByText("Vul een naam in.")).toBeVisible();
      expect(await contacts()).toBe(before + 1);
      await page.reload();
      await expect(page.getByRole("list", { name: "Noodnummers en ophalen" })).toContainText("Opa Smit");
    } finally {
      await page.context().close();
    }
  });

  test("contract change: after sending, the controls show what the next request would send", async ({ browser }) => {
    const requests = async () =>
      query<{ kind: string }>(
        `SELECT r.kind FROM "ContractChangeRequest" r JOIN "Child" c ON c.id = r."childId"
           JOIN "Family" f ON f.id = c."familyId" WHERE f.debiteurnummer = '100004' ORDER BY r."createdAt" DESC`,
      );
    const page = await signedIn(browser, CONTRACT_PARENT, PHONE);
    await page.goto("/ouder/contract");
    const kind = page.getByLabel("Wat wil je wijzigen?");
    try {
      const before = (await requests()).length;
      await kind.selectOption("END_CONTRACT");
      await expect(page.getByLabel("Dag", { exact: true })).toHaveCount(0);
      await page.getByLabel("Toelichting (optioneel)").fill("We verhuizen.");
      await page.getByRole("button", { name: "Aanvraag versturen" }).click();
      await expect(page.getByText("Je aanvraag is verstuurd.")).toBeVisible();
      // The select still says "end the contract", the fields that go with it are shown, the comment is cleared.
      await expect(kind).toHaveValue("END_CONTRACT");
      await expect(page.getByLabel("Dag", { exact: true })).toHaveCount(0);
      await expect(page.getByLabel("Laatste opvangdag")).toBeVisible();
      await expect(page.getByLabel("Toelichting (optioneel)")).toHaveValue("");
      await expect.poll(async () => (await requests()).length).toBe(before + 1);
      expect((await requests())[0].kind).toBe("END_CONTRACT");
      await page.reload();
      await expect(page.getByText("In behandeling").first()).toBeVisible();
      await expect(kind).toHaveValue("ADD_DAY");
    } finally {
      await page.context().close();
    }
  });

  test("beheer: the organisation's rules show what was saved, and saving again changes nothing", async ({
    browser,
  }) => {
    const rules = async () =>
      (
        await query<{ requestCancelHours: number; swapEnabled: boolean }>(
          `SELECT "requestCancelHours", "swapEnabled" FROM "Organisation" WHERE slug = 'de-roef'`,
        )
      )[0];
    const original = await rules();
    const page = await signedIn(browser, BEHEERDER, TABLET);
    try {
      await page.goto("/beheer/organisatie");
      const hours = page.getByLabel("Annuleren tot (uren vooraf)");
      const swap = page.getByLabel("Ruilen aan");
      const save = async () => {
        await page.getByRole("button", { name: "Opslaan" }).first().click();
        await expect(page.getByRole("status").filter({ hasText: "Opgeslagen" })).toBeVisible();
      };
      const expectSaved = async () => {
        await expect(hours).toHaveValue(String(original.requestCancelHours + 1));
        if (original.swapEnabled) await expect(swap).not.toBeChecked();
        else await expect(swap).toBeChecked();
      };
      await hours.fill(String(original.requestCancelHours + 1));
      await swap.setChecked(!original.swapEnabled);
      await save();
      await expectSaved();
      const changed = { requestCancelHours: original.requestCancelHours + 1, swapEnabled: !original.swapEnabled };
      await expect.poll(rules).toEqual(changed);
      await page.reload();
      await expectSaved();
      await save();
      await expectSaved();
      expect(await rules()).toEqual(changed);
    } finally {
      await query(`UPDATE "Organisation" SET "requestCancelHours" = $1, "swapEnabled" = $2 WHERE slug = 'de-roef'`, [
        original.requestCancelHours,
        original.swapEnabled,
      ]);
      await page.context().close();
    }
  });

  test("beheer: holiday settings and family details show what was saved", async ({ browser }) => {
    const settings = async () =>
      (
        await query<{ bevrijdingsdag: string; closedOnGoodFriday: boolean }>(
          `SELECT bevrijdingsdag, "closedOnGoodFriday" FROM "Organisation" WHERE slug = 'de-roef'`,
        )
      )[0];
    const family = async () =>
      (
        await query<{ id: string; name: string; address: string }>(
          `SELECT id, name, address FROM "Family" WHERE debiteurnummer = '100004'`,
        )
      )[0];
    const original = await settings();
    const originalFamily = await family();
    const page = await signedIn(browser, BEHEERDER, TABLET);
    try {
      await page.goto("/beheer/vakanties");
      const rule = page.getByLabel("Bevrijdingsdag (5 mei)");
      const goodFriday = page.getByLabel("Dicht op Goede Vrijdag");
      const other = original.bevrijdingsdag === "EVERY_YEAR" ? "LUSTRUM" : "EVERY_YEAR";
      const settingsForm = page.locator("form").filter({ has: rule });
      const saveSettings = async () => {
        await settingsForm.getByRole("button", { name: "Opslaan" }).click();
        await expect(settingsForm.getByRole("status")).toContainText("Opgeslagen");
      };
      const expectSettings = async () => {
        await expect(rule).toHaveValue(other);
        if (original.closedOnGoodFriday) await expect(goodFriday).not.toBeChecked();
        else await expect(goodFriday).toBeChecked();
      };
      const changed = { bevrijdingsdag: other, closedOnGoodFriday: !original.closedOnGoodFriday };
      await rule.selectOption(other);
      await goodFriday.setChecked(changed.closedOnGoodFriday);
      await saveSettings();
      await expectSettings();
      await expect.poll(settings).toEqual(changed);
      await page.reload();
      await expectSettings();
      await saveSettings();
      await expectSettings();
      expect(await settings()).toEqual(changed);

      await page.goto(`/beheer/gezinnen/${originalFamily.id}`);
      const address = page.getByLabel("Adres", { exact: true });
      const familyForm = page.locator("form").filter({ has: address });
      const saveFamily = async () => {
        await familyForm.getByRole("button", { name: "Opslaan" }).click();
        await expect(familyForm.getByRole("status")).toContainText("Opgeslagen");
      };
      await address.fill("Havenstraat 7, Roefdam");
      await saveFamily();
      await expect(address).toHaveValue("Havenstraat 7, Roefdam");
      await expect.poll(async () => (await family()).address).toBe("Havenstraat 7, Roefdam");
      await page.reload();
      await expect(address).toHaveValue("Havenstraat 7, Roefdam");
      await saveFamily();
      await expect(address).toHaveValue("Havenstraat 7, Roefdam");
      expect(await family()).toEqual({ ...originalFamily, address: "Havenstraat 7, Roefdam" });
    } finally {
      await query(`UPDATE "Organisation" SET bevrijdingsdag = $1, "closedOnGoodFriday" = $2 WHERE slug = 'de-roef'`, [
        original.bevrijdingsdag,
        original.closedOnGoodFriday,
      ]);
      await query(`UPDATE "Family" SET address = $1 WHERE id = $2`, [originalFamily.address, originalFamily.id]);
      await page.context().close();
    }
  });

  test("without JavaScript a form still saves, and sends the key the page rendered (issue 16.11)", async ({
    browser,
  }) => {
    const signedInPage = await signedIn(browser, CONTRACT_PARENT, PHONE);
    const storageState = await signedInPage.context().storageState();
    await signedInPage.context().close();
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false, storageState });
    const page = await context.newPage();
    try {
      await page.goto("/ouder/contract");
      const key = await page.locator('input[type="hidden"][name="submissionKey"]').getAttribute("value");
      expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      await page.getByLabel("Wat wil je wijzigen?").selectOption("ADD_DAY");
      await page.getByLabel("Dag", { exact: true }).selectOption("2");
      await page.getByLabel("Dagdeel").selectOption("OCHTEND");
      await page.getByLabel("Toelichting (optioneel)").fill("Zonder JavaScript");
      await page.getByRole("button", { name: "Aanvraag versturen" }).click();
      await expect(page.getByText("Je aanvraag is verstuurd.")).toBeVisible();
      const rows = await query<{ submissionKey: string | null }>(
        `SELECT "submissionKey" FROM "ContractChangeRequest" WHERE comment = 'Zonder JavaScript'`,
      );
      expect(rows).toEqual([{ submissionKey: key }]);
      // The answer page renders a new key for the next request.
      const next = await page.locator('input[type="hidden"][name="submissionKey"]').getAttribute("value");
      expect(next).not.toBe(key);
    } finally {
      await context.close();
    }
  });

  test("the news, document and message forms render their first key on the server", async ({ browser }) => {
    const admin = await signedIn(browser, BEHEERDER, TABLET);
    const parent = await signedIn(browser, CONTRACT_PARENT, PHONE);
    try {
      const keyIn = async (page: Page, path: string) => {
        const html = await (await page.request.get(path)).text();
        return /name="submissionKey" value="([0-9a-f-]{36})"/.exec(html)?.[1];
      };
      expect(await keyIn(admin, "/beheer/nieuws")).toBeTruthy();
      expect(await keyIn(admin, "/beheer/documenten")).toBeTruthy();
      expect(await keyIn(parent, "/berichten/nieuw")).toBeTruthy();
      expect(await keyIn(parent, "/ouder/schriftje")).toBeTruthy();
    } finally {
      await admin.context().close();
      await parent.context().close();
    }
  });
});
