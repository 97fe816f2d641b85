/** Password of every bench account (bench/seed-scale.ts). */
export const BENCH_PASSWORD = "Zeilboot-Roef-2026";
