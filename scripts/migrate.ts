// npm run db:migrate — applies pending SQL migrations to DATABASE_URL (creating the database if needed).
import { applyMigrations, ensureDatabase } from "../lib/db/migrations.ts";

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error("DATABASE_URL is not set. `npm start` starts an embedded Postgres and migrates it for you.");
  process.exit(1);
}
await ensureDatabase(databaseUrl);
const result = await applyMigrations({ databaseUrl, log: (line) => console.log(line) });
console.log(`migrations: ${result.applied.length} applied, ${result.alreadyApplied} already applied`);
