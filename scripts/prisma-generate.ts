// Runs `prisma generate` offline: the CLI wants a native schema engine it cannot download here, and generate
// does not use it, so we point PRISMA_SCHEMA_ENGINE_BINARY at a stub that fails with a clear message.
import { execFileSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
execFileSync(path.join(root, "node_modules/.bin/prisma"), ["generate"], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: path.join(root, "scripts/schema-engine-stub.sh"),
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
