// Lets plain Node load the data access layer outside Next (the job runner, scripts/run-job.ts), the way vitest does
// (vitest.config.ts): use as `node --import tsx --import ./scripts/server-only-hook.mjs ...`.
//  - `server-only` throws unless the React Server Components condition is on, and that condition gives React's
//    server build, which next/navigation (imported by lib/authz) cannot load: it resolves to an empty module here.
//  - next-auth is CommonJS compiled from ESM (`__esModule`, re-exports Node's static analysis does not see). Bundlers
//    (Next, vitest) read its exports at run time; this wraps each next-auth module in one that does the same.
import { createRequire, registerHooks } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === "server-only") return { url: "data:text/javascript,export{}", shortCircuit: true };
    if ((specifier === "next-auth" || specifier.startsWith("next-auth/")) && !context.parentURL?.startsWith("data:")) {
      const { url } = nextResolve(specifier, context);
      const names = Object.keys(require(fileURLToPath(url))).filter(
        (name) => name !== "default" && name !== "__esModule" && /^[A-Za-z_$][\w$]*$/.test(name),
      );
      const source = [
        `import m from ${JSON.stringify(url)};`,
        "export default m && m.__esModule ? m.default : m;",
        ...names.map((name) => `export const ${name} = m.${name};`),
      ].join("\n");
      return { url: `data:text/javascript,${encodeURIComponent(source)}`, shortCircuit: true };
    }
    return nextResolve(specifier, context);
  },
});
