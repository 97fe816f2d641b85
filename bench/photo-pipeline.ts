// Benchmark: one 12 MP camera JPEG through the photo pipeline (auto-rotate, strip metadata, download JPEG, display
// WebP, thumbnail WebP). Prints time per run and the process's peak RSS. Target: <= 400 ms, <= 300 MB.
//   npx tsx bench/photo-pipeline.ts [runs]
// The input is generated in a separate process first, so its memory does not count towards the pipeline's peak.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { processPhoto } from "../lib/photos/processing";

const INPUT = path.join(os.tmpdir(), "roef-bench-12mp.jpg");

/** 4000 x 3000 with blurred noise (photo-like entropy, ~4-6 MB), EXIF with GPS and orientation 6 like a phone. */
async function generateInput(): Promise<void> {
  const noise = await sharp({
    create: {
      width: 4000,
      height: 3000,
      channels: 3,
      background: "#000",
      noise: { type: "gaussian", mean: 128, sigma: 60 },
    },
  })
    .png()
    .toBuffer();
  const jpeg = await sharp(noise)
    .blur(1.2)
    .jpeg({ quality: 92 })
    .withExif({
      IFD0: { Make: "RoefCam", Orientation: "6" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "52/1 22/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "4/1 54/1 0/1" },
    })
    .toBuffer();
  await writeFile(INPUT, jpeg);
}

if (process.argv.includes("--generate")) {
  await generateInput();
  process.exit(0);
}

// glibc's per-thread malloc arenas fragment under libvips' worker threads (sharp's docs recommend jemalloc or fewer
// arenas); the production server should run with the same setting. Re-run ourselves with it unless told otherwise.
if (!process.env.MALLOC_ARENA_MAX) {
  const child = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, MALLOC_ARENA_MAX: "2" },
  });
  process.exit(child.status ?? 1);
}

if (!existsSync(INPUT)) {
  const generated = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, "--generate"], {
    stdio: "inherit",
  });
  if (generated.status !== 0) throw new Error("could not generate the benchmark input");
}

const runs = Number(process.argv[2] ?? 5);
const input = await readFile(INPUT);
const meta = await sharp(input).metadata();
console.log(`MALLOC_ARENA_MAX=${process.env.MALLOC_ARENA_MAX}`);
console.log(
  `input: ${meta.width}x${meta.height} JPEG, ${(input.length / 1024 / 1024).toFixed(1)} MB, ${os.cpus().length} cores, sharp concurrency ${sharp.concurrency()}`,
);
const times: number[] = [];
const cpuTimes: number[] = [];
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const out = await processPhoto(input);
  times.push(performance.now() - start);
  const cpu = process.cpuUsage(cpuStart);
  cpuTimes.push((cpu.user + cpu.system) / 1000);
  if (i === 0)
    console.log(
      `output: ${out.width}x${out.height}; download ${(out.variants.download.length / 1024).toFixed(0)} KB, display ${(out.variants.display.length / 1024).toFixed(0)} KB, thumb ${(out.variants.thumb.length / 1024).toFixed(0)} KB`,
    );
}
const sorted = [...times].sort((a, b) => a - b);
const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(`runs (wall): ${times.map((t) => t.toFixed(0)).join(", ")} ms`);
// CPU time is what the pipeline costs regardless of other load on the machine (wall time suffers on a busy box).
console.log(
  `runs (cpu):  ${cpuTimes.map((t) => t.toFixed(0)).join(", ")} ms; load average ${os.loadavg()[0].toFixed(1)}`,
);
console.log(
  `first ${times[0].toFixed(0)} ms, median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms; peak RSS ${peakMb.toFixed(0)} MB`,
);
