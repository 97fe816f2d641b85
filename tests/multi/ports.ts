// Ports of the multi-instance run, derived from E2E_PORT so parallel checkouts (each with its own E2E_PORT) do not
// collide: the proxy at E2E_PORT+20, the two instances at +21 and +22, s3rver at +23.
const base = Number(process.env.E2E_PORT ?? 3100);
export const MULTI = { proxy: base + 20, instanceA: base + 21, instanceB: base + 22, s3: base + 23 } as const;
