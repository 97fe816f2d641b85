// Opaque keyset cursors for photo feeds: base64url("<takenAt ISO>|<id>"). A malformed cursor (edited URL) is treated
// as "no cursor" (first page), never as an error.
import { isUuid } from "../ids";

export type FeedCursor = { takenAt: Date; id: string };

export function encodeCursor(row: { takenAt: Date; id: string }): string {
  return Buffer.from(`${row.takenAt.toISOString()}|${row.id}`, "utf8").toString("base64url");
}

export function decodeCursor(value: string | null | undefined): FeedCursor | null {
  if (!value || value.length > 200) return null;
  const [iso, id, ...rest] = Buffer.from(value, "base64url").toString("utf8").split("|");
  if (rest.length > 0 || !isUuid(id) || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(iso ?? "")) return null;
  const takenAt = new Date(iso);
  return Number.isNaN(takenAt.getTime()) ? null : { takenAt, id };
}
