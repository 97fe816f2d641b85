// A photo from the child's feed goes with a schriftje entry: staff pick it on the tablet, the parent sees it in the
// schriftje on the phone. Uses family 100016 (Dolfijnen; its child may be photographed, not shared with others).
import { expect, test } from "@playwright/test";
import pg from "pg";
import sharp from "sharp";
import { DEMO, PHONE, TABLET, expectAccessible, login } from "./helpers";

async function dolfijnenChild(): Promise<{ groupId: string; childId: string; name: string }> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const { rows } = await client.query(
    `SELECT p."groupId", c.id, c."firstName" || ' ' || c."lastName" AS name FROM "Child" c
       JOIN "Family" f ON f.id = c."familyId" JOIN "Placement" p ON p."childId" = c.id JOIN "Group" g ON g.id = p."groupId"
      WHERE f.debiteurnummer = '100016' AND g.name = 'Dolfijnen' LIMIT 1`,
  );
  await client.end();
  return { groupId: rows[0].groupId, childId: rows[0].id, name: rows[0].name };
}

test("staff put a photo with a schriftje entry and the parent sees it", async ({ browser }) => {
  const { groupId, childId, name } = await dolfijnenChild();
  const staffContext = await browser.newContext({ viewport: TABLET });
  const staff = await staffContext.newPage();
  await login(staff, DEMO.staffDolfijnen);
  const jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 90, g: 160, b: 220 } } })
    .jpeg()
    .toBuffer();
  const upload = await staff.request.post(
    `/api/photos?groupId=${groupId}&childIds=${childId}&caption=${encodeURIComponent("Schilderen met blauw")}`,
    {
      data: jpeg,
      headers: { "content-type": "image/jpeg", origin: new URL(staff.url()).origin },
    },
  );
  expect(upload.status()).toBe(201);

  await staff.goto(`/groep/schriftje/${childId}`);
  await staff.getByLabel("Hoe ging de dag?").fill("Vandaag geschilderd met blauwe verf.");
  await staff.getByRole("img", { name: "Schilderen met blauw" }).first().click();
  await expect(staff.getByRole("checkbox", { name: "Schilderen met blauw" }).first()).toBeChecked();
  await expectAccessible(staff);
  await staff.getByRole("button", { name: "Opslaan in het schriftje" }).click();
  await expect(staff.getByRole("main").getByRole("status")).toBeVisible();
  await staffContext.close();

  const parentContext = await browser.newContext({ viewport: PHONE });
  const parent = await parentContext.newPage();
  await login(parent, "100016");
  await parent.goto(`/ouder/schriftje?kind=${childId}`);
  const entry = parent.getByTestId("diary-entry").filter({ hasText: "Vandaag geschilderd met blauwe verf." });
  await expect(entry.getByRole("img", { name: "Foto uit het schriftje" })).toBeVisible();
  await expect(parent.getByRole("heading", { name: new RegExp(name.split(" ")[0]) }).first()).toBeVisible();
  await parentContext.close();
});
