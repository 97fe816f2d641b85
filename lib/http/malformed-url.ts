// A path with broken percent-encoding ("/ouder/fotos/%E0%A4%A") makes Next's router throw while decoding it, and the
// answer is a bare "Internal Server Error". scripts/serve.ts sends such requests to the not-found page instead: a
// URL that cannot be decoded names nothing, so a 404 with the portal's own page is the honest answer.

/** Where a request for an undecodable path goes: Next's built-in route for the app's not-found page (404). */
export const NOT_FOUND_PATH = "/_not-found";

/** True when the path part of a request URL is not valid percent-encoded UTF-8 (the query is the page's business). */
export function hasMalformedPath(url: string | undefined): boolean {
  const path = (url ?? "/").split("?", 1)[0] ?? "/";
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}
