// Renders the app icons (a sailboat on the Roef teal) from an inline SVG with sharp. Run once: npx tsx scripts/make-icons.ts
import sharp from "sharp";
import path from "node:path";

const out = path.resolve(import.meta.dirname, "../public/icons");
const boat = (pad: number) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="${pad ? 0 : 96}" fill="#0f766e"/>
  <g transform="translate(${pad} ${pad}) scale(${(512 - 2 * pad) / 512})">
    <path d="M256 96 L256 336 L136 336 Z" fill="#fdfbf7"/>
    <path d="M276 136 L276 336 L376 336 Z" fill="#ccfbf1"/>
    <path d="M112 356 H400 L360 412 H152 Z" fill="#fbbf24"/>
  </g></svg>`;

await sharp(Buffer.from(boat(0)))
  .resize(192, 192)
  .png()
  .toFile(path.join(out, "icon-192.png"));
await sharp(Buffer.from(boat(0)))
  .resize(512, 512)
  .png()
  .toFile(path.join(out, "icon-512.png"));
await sharp(Buffer.from(boat(64)))
  .resize(512, 512)
  .png()
  .toFile(path.join(out, "icon-maskable-512.png"));
await sharp(Buffer.from(boat(0)))
  .resize(180, 180)
  .png()
  .toFile(path.join(out, "apple-touch-icon.png"));
console.log("icons written to public/icons");
