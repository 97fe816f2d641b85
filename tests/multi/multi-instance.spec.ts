// More than one server (issue 15): two production instances behind nginx share Postgres and S3 storage. A session
// made on one works on the other, a photo uploaded on one is served by the other, login throttling counts failures
// made on either, and a scheduled job runs once per occurrence although both instances run a job runner.
// Each context pins its instance with the `x-roef-instance` header (tests/multi/global-setup.ts), and every answer
// says which instance served it.
import { expect, test, type Browser, type BrowserContext, type Page, type Response } from "@playwright/test";
import pg from "pg";
import { PgBoss } from "pg-boss";
import sharp from "sharp";
import { DEMO, DEMO_PASSWORD, TABLET, login } from "../e2e/helpers";
import { MULTI } from "./ports";

type Instance = "a" | "b";
const portOf = { a: MULTI.instanceA, b: MULTI.instanceB } as const;

async function contextOn(browser: Browser, instance: Instance, viewport = TABLET): Promise<BrowserContext> {
  return browser.newContext({ viewport, extraHTTPHeaders: { "x-roef-instance": instance } });
}

function expectServedBy(response: Response | null, instance: Instance) {
  expect(response?.headers()["x-roef-upstream"]).toBe(`127.0.0.1:${portOf[instance]}`);
}

test("a session made on one instance works on the other", async ({ browser }) => {
  const onA = await contextOn(browser, "a");
  const page = await onA.newPage();
  await login(page, DEMO.parentKdv);
  expectServedBy(await page.goto("/ouder"), "a");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  const onB = await contextOn(browser, "b");
  await onB.addCookies(await onA.cookies());
  const other = await onB.newPage();
  const response = await other.goto("/ouder");
  expectServedBy(response, "b");
  expect(new URL(other.url()).pathname).toBe("/ouder");
  await expect(other.getByRole("button", { name: "Uitloggen" })).toBeVisible();
  // Without the cookie, B sends the visitor to the login page: the session really is what carries over.
  const anonymous = await contextOn(browser, "b");
  const stranger = await anonymous.newPage();
  await stranger.goto("/ouder");
  expect(new URL(stranger.url()).pathname).toBe("/login");
  await Promise.all([onA.close(), onB.close(), anonymous.close()]);
});

test("a photo uploaded on one instance is served by the other", async ({ browser }) => {
  const caption = `Twee servers ${Date.now()}`;
  const staffContext = await contextOn(browser, "a");
  const staff = await staffContext.newPage();
  await login(staff, DEMO.staffDolfijnen);
  expectServedBy(await staff.goto("/groep/fotos"), "a");
  const jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 40, g: 120, b: 200 } } })
    .jpeg()
    .toBuffer();
  await staff.getByLabel("Foto's kiezen").setInputFiles([{ name: "strand.jpg", mimeType: "image/jpeg", buffer: jpeg }]);
  await staff.getByLabel("Bijschrift (optioneel)").fill(caption);
  await staff.getByRole("checkbox", { name: /Noor Jansen/ }).check();
  await staff.getByRole("button", { name: "Uploaden" }).click();
  await expect(staff.getByText("1 van 1 geplaatst")).toBeVisible({ timeout: 60_000 });
  const posted = staff.getByRole("link", { name: new RegExp(caption) });
  await posted.click();
  await staff.waitForURL(/\/fotos\/[0-9a-f-]{36}$/);
  const photoPath = new URL(staff.url()).pathname;
  expect(photoPath).toMatch(/^\/fotos\/[0-9a-f-]{36}$/);
  await staffContext.close();

  const parentContext = await contextOn(browser, "b");
  const parent = await parentContext.newPage();
  await login(parent, DEMO.parentKdv);
  expectServedBy(await parent.goto(photoPath), "b");
  await expect(parent.getByRole("heading", { name: caption })).toBeVisible();
  const src = await parent.locator("main img").first().getAttribute("src");
  expect(src).toBeTruthy();
  const image = await parent.request.get(src!);
  expect(image.status()).toBe(200);
  expect(image.headers()["x-roef-upstream"]).toBe(`127.0.0.1:${MULTI.instanceB}`);
  expect(image.headers()["content-type"]).toMatch(/^image\//);
  const meta = await sharp(await image.body()).metadata();
  expect(meta.width).toBeGreaterThan(0);
  await parentContext.close();
});

test("login throttling counts failures made on either instance", async ({ browser }) => {
  // 100007 is used by no other test of this run. Five wrong passwords, alternating instances...
  const account = "100007";
  const pages: Record<Instance, Page> = {
    a: await (await contextOn(browser, "a")).newPage(),
    b: await (await contextOn(browser, "b")).newPage(),
  };
  const attempt = async (instance: Instance, password: string) => {
    const page = pages[instance];
    expectServedBy(await page.goto("/login"), instance);
    await page.getByLabel(/Debiteurnummer of e-mailadres/).fill(account);
    await page.getByLabel("Wachtwoord", { exact: true }).fill(password);
    await page.getByRole("button", { name: "Inloggen" }).click();
    return page;
  };
  for (const instance of ["a", "b", "a", "b", "a"] as const) {
    const page = await attempt(instance, "Fout-wachtwoord-123");
    await expect(page.getByText("klopt niet", { exact: false }).or(page.getByText("Te veel"))).toBeVisible();
  }
  // ...and the right password is refused on B as well: the count lives in Postgres, not in an instance.
  const page = await attempt("b", DEMO_PASSWORD);
  await expect(page.getByText("Te veel mislukte pogingen", { exact: false })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe("/login");
  for (const p of Object.values(pages)) await p.context().close();
});

test("a scheduled job runs once per occurrence while both instances run a job runner", async () => {
  const connectionString = process.env.MULTI_DATABASE_URL!;
  const boss = new PgBoss({
    connectionString,
    schema: "pgboss",
    supervise: false,
    schedule: false,
    migrate: false,
    registerInstance: false,
    max: 1,
  });
  await boss.start();
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    // Both runners are registered and take part in scheduling.
    await expect
      .poll(async () =>
        (await boss.getInstances())
          .filter((i) => i.live && i.schedule)
          .map((i) => i.name)
          .sort(),
      )
      .toEqual(["instance-a", "instance-b"]);
    // notifications.flush is due every minute. pg-boss's cron pass files each occurrence as a "send-it" job under a
    // singleton slot per minute, then sends the job itself: count both.
    const counts = async () =>
      (
        await client.query<{ slots: number; duplicateSlots: number; sent: number; flushes: number; completed: number }>(
          `WITH sends AS (
             SELECT singleton_on, count(*) AS n, bool_and(state = 'completed') AS sent
               FROM pgboss.job WHERE name = '__pgboss__send-it' AND singleton_key = 'notifications.flush__'
              GROUP BY singleton_on)
           SELECT (SELECT count(*) FROM sends)::int AS slots,
                  (SELECT count(*) FROM sends WHERE n > 1)::int AS "duplicateSlots",
                  (SELECT count(*) FROM sends WHERE sent)::int AS sent,
                  (SELECT count(*) FROM pgboss.job WHERE name = 'notifications.flush')::int AS flushes,
                  (SELECT count(*) FROM pgboss.job WHERE name = 'notifications.flush' AND state = 'completed')::int
                    AS completed`,
        )
      ).rows[0];
    // Wait for two occurrences that were sent and have run, at a moment when nothing is half-way.
    await expect
      .poll(
        async () => {
          const c = await counts();
          return c.completed >= 2 && c.sent === c.slots && c.flushes === c.sent;
        },
        { timeout: 180_000, intervals: [5000] },
      )
      .toBe(true);
    const c = await counts();
    // Each minute's occurrence was filed once and became exactly one job, though two runners took part.
    expect(c.duplicateSlots).toBe(0);
    expect(c.flushes).toBe(c.slots);
  } finally {
    await client.end();
    await boss.stop({ graceful: false });
  }
});
