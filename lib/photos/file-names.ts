// File names for downloads and ZIP entries: "2026-11-24 10.30 - Verven met water - 1a2b3c4d.jpg" (Amsterdam time),
// so the files sort by date and keep the caption; the short id keeps two photos with one caption apart.
import { formatInTimeZone } from "./tz-format";

const UNSAFE = /[^\p{L}\p{N} ,.()_-]+/gu;

export function archiveFileName({ takenAt, caption, id }: { takenAt: Date; caption: string; id: string }): string {
  const stamp = formatInTimeZone(takenAt);
  // Strip anything a file system or Content-Disposition header could choke on (slashes, quotes, control chars).
  const safeCaption = caption.replace(UNSAFE, " ").replace(/\s+/g, " ").trim().slice(0, 60).trim();
  const asciiOnly = (value: string) => value.normalize("NFKD").replace(/[^\x20-\x7e]/g, "");
  return `${asciiOnly([stamp, safeCaption, id.slice(0, 8)].filter(Boolean).join(" - "))}.jpg`;
}
