// Private file responses for auth-checked route handlers: never cached by shared caches, never sniffed by browsers.
import { Readable } from "node:stream";
import type { StoredObject } from "../storage/types";

export const notFoundResponse = () =>
  new Response("Niet gevonden", {
    status: 404,
    headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" },
  });

export function fileResponse(
  object: StoredObject,
  {
    contentType,
    fileName,
    disposition,
  }: { contentType: string; fileName: string; disposition: "inline" | "attachment" },
): Response {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return new Response(Readable.toWeb(object.body) as ReadableStream, {
    headers: {
      "Content-Type": contentType,
      "Content-Length": String(object.size),
      "Content-Disposition": `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      // Personal data: only the signed-in browser may keep it, and only for this session.
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    },
  });
}
