// Who is the client? The per-IP login limit (lib/auth/throttle.ts) is only as good as this answer, so it never comes
// from anything the client can write. Rules:
//
// 1. Only scripts/serve.ts, the production server in front of Next, sees the TCP socket. It decides the address and
//    hands it to Next in CLIENT_ADDRESS_HEADER, overwriting whatever the client sent under that name.
// 2. TRUSTED_PROXY_HOPS (default 0) says how many reverse proxies stand in front of serve.ts. With 0 the socket's
//    peer is the client, and every X-Forwarded-* header is dropped (the client wrote it). With N, each of those N
//    proxies appended the address it saw to X-Forwarded-For: the client is the entry N places left of the socket.
//    Entries further left were written by the client (or by untrusted hops) and are never used.
// 3. Without serve.ts (`next dev`, a bare `next start`) the app cannot see the socket, and Next copies a client's
//    X-Forwarded-For as it is. Then only the TRUSTED_PROXY_HOPS entries are used; with 0 the address is unknown and
//    every request shares one bucket (UNKNOWN_CLIENT): safe, never spoofable, but not for a deployment.
//
// Imported by scripts/serve.ts (plain Node, no path aliases) and by the app.
import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";

/** The request header scripts/serve.ts sets on every request: the client address as it decided it. */
export const CLIENT_ADDRESS_HEADER = "x-roef-client-address";
/** The address when nobody trustworthy said what it is. */
export const UNKNOWN_CLIENT = "unknown";
const MAX_HOPS = 10;

/** Proves, inside this process, that scripts/serve.ts set CLIENT_ADDRESS_HEADER (a client cannot set a global). */
const SERVED_MARK = Symbol.for("roef.clientAddressFromSocket");

export function markClientAddressFromSocket(): void {
  (globalThis as Record<symbol, unknown>)[SERVED_MARK] = true;
}

const clientAddressFromSocket = () => (globalThis as Record<symbol, unknown>)[SERVED_MARK] === true;

/** TRUSTED_PROXY_HOPS: a whole number 0-10. Anything else is a configuration error, not a silent default. */
export function trustedProxyHops(value: string | undefined = process.env.TRUSTED_PROXY_HOPS): number {
  if (value === undefined || value.trim() === "") return 0;
  const hops = Number(value);
  if (!/^\d+$/.test(value.trim()) || hops > MAX_HOPS)
    throw new Error(`TRUSTED_PROXY_HOPS must be a whole number from 0 to ${MAX_HOPS}, got "${value}"`);
  return hops;
}

/** "::ffff:10.0.0.1" -> "10.0.0.1"; anything that is not an IP address becomes UNKNOWN_CLIENT (one shared bucket). */
function normaliseAddress(value: string | undefined): string {
  const address = (value ?? "").trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return isIP(address) ? address.toLowerCase() : UNKNOWN_CLIENT;
}

function forwardedChain(forwardedFor: string | string[] | undefined | null): string[] {
  const raw = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  return raw
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/**
 * The client address from the socket's peer and the X-Forwarded-For chain, trusting exactly `hops` proxies.
 * With fewer entries than trusted hops the left-most entry is used: the request skipped a proxy, which a deployment
 * must prevent (only the proxy may reach the app's port).
 */
export function resolveClientAddress({
  socketAddress,
  forwardedFor,
  hops,
}: {
  socketAddress: string | undefined;
  forwardedFor: string | string[] | undefined | null;
  hops: number;
}): string {
  if (hops === 0) return normaliseAddress(socketAddress);
  const chain = [...forwardedChain(forwardedFor), socketAddress ?? ""];
  return normaliseAddress(chain[Math.max(0, chain.length - 1 - hops)]);
}

const FORWARDED_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded"];

/**
 * For scripts/serve.ts, before Next sees the request: decide the client address from the socket and set it in
 * CLIENT_ADDRESS_HEADER (replacing a client's). With no trusted proxy, X-Forwarded-* came from the client: drop them,
 * so Next fills them in from the socket and the Host header itself.
 */
export function applyClientAddress(req: IncomingMessage, hops: number): void {
  const address = resolveClientAddress({
    socketAddress: req.socket.remoteAddress,
    forwardedFor: req.headers["x-forwarded-for"],
    hops,
  });
  if (hops === 0) for (const name of FORWARDED_HEADERS) delete req.headers[name];
  req.headers[CLIENT_ADDRESS_HEADER] = address;
}

type HeaderBag = Record<string, string | string[] | undefined> | Headers | undefined;

const headerValue = (headers: HeaderBag, name: string): string | undefined => {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
};

/**
 * In the app (login throttling): the client address of this request. Behind scripts/serve.ts, the address it set.
 * Otherwise (rule 3) only the trusted proxies' X-Forwarded-For entries, never one the client may have written.
 */
export function clientAddress(headers: HeaderBag, hops: number = trustedProxyHops()): string {
  if (clientAddressFromSocket()) return normaliseAddress(headerValue(headers, CLIENT_ADDRESS_HEADER));
  if (hops === 0) return UNKNOWN_CLIENT;
  return resolveClientAddress({
    socketAddress: undefined,
    forwardedFor: headerValue(headers, "x-forwarded-for"),
    hops,
  });
}
