// Guard: tests only ever touch a database whose name says it is a test database.
export function assertTestDatabaseUrl(url: string | undefined): string {
  if (!url) throw new Error("TEST_DATABASE_URL is not set");
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/test/i.test(name))
    throw new Error(`refusing to run tests against database "${name}": its name must contain "test"`);
  return url;
}
