// The client address behind the per-IP login limit (issue 16, item 2): decided from the socket by the server in front
// of Next (scripts/serve.ts uses applyClientAddress), trusting X-Forwarded-For only from TRUSTED_PROXY_HOPS proxies.
// Real sockets: a Node server with the same request preparation, called over loopback with forged headers.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import {
  CLIENT_ADDRESS_HEADER,
  UNKNOWN_CLIENT,
  applyClientAddress,
  clientAddress,
  markClientAddressFromSocket,
  resolveClientAddress,
  trustedProxyHops,
} from "../../lib/http/client-address";

/** A server that prepares each request like scripts/serve.ts and answers with the headers Next would get. */
async function edgeServer(hops: number): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    applyClientAddress(req, hops);
    res.setHeader("Content-Type", "application/json");
    res.end(JSON.stringify(req.headers));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

const headersSeen = async (url: string, headers: Record<string, string>) =>
  (await (await fetch(url, { headers })).json()) as IncomingHttpHeaders;

const FORGED = {
  "x-forwarded-for": "198.51.100.7",
  "x-forwarded-host": "evil.example",
  "x-forwarded-proto": "https",
  forwarded: "for=198.51.100.7",
  [CLIENT_ADDRESS_HEADER]: "203.0.113.99",
};

describe("the server in front of Next (scripts/serve.ts)", () => {
  const servers: Server[] = [];
  afterAll(() => {
    for (const server of servers) server.close();
  });

  it("with no trusted proxy uses the socket's address and drops every forwarded header the client sent", async () => {
    const { server, url } = await edgeServer(0);
    servers.push(server);
    const seen = await headersSeen(url, FORGED);
    expect(seen[CLIENT_ADDRESS_HEADER]).toBe("127.0.0.1");
    for (const name of ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "forwarded"])
      expect(seen[name]).toBeUndefined();
  });

  it("behind one trusted proxy uses the address that proxy appended, never entries left of it", async () => {
    const { server, url } = await edgeServer(1);
    servers.push(server);
    // The client wrote "198.51.100.7"; the proxy appended the address it saw, 192.0.2.10.
    const seen = await headersSeen(url, { ...FORGED, "x-forwarded-for": "198.51.100.7, 192.0.2.10" });
    expect(seen[CLIENT_ADDRESS_HEADER]).toBe("192.0.2.10");
    // Without any X-Forwarded-For the request came straight to the socket.
    expect((await headersSeen(url, {}))[CLIENT_ADDRESS_HEADER]).toBe("127.0.0.1");
  });
});

describe("resolveClientAddress", () => {
  it("counts trusted hops from the socket and refuses what is not an address", () => {
    const socketAddress = "::ffff:10.1.1.1";
    expect(resolveClientAddress({ socketAddress, forwardedFor: "1.1.1.1, 2.2.2.2", hops: 0 })).toBe("10.1.1.1");
    expect(resolveClientAddress({ socketAddress, forwardedFor: "1.1.1.1, 2.2.2.2", hops: 1 })).toBe("2.2.2.2");
    expect(resolveClientAddress({ socketAddress, forwardedFor: "1.1.1.1, 2.2.2.2", hops: 2 })).toBe("1.1.1.1");
    expect(resolveClientAddress({ socketAddress, forwardedFor: ["1.1.1.1", "2001:DB8::1"], hops: 1 })).toBe(
      "2001:db8::1",
    );
    expect(resolveClientAddress({ socketAddress, forwardedFor: "1.1.1.1, hello", hops: 1 })).toBe(UNKNOWN_CLIENT);
    expect(resolveClientAddress({ socketAddress: undefined, forwardedFor: null, hops: 0 })).toBe(UNKNOWN_CLIENT);
  });

  it("reads TRUSTED_PROXY_HOPS strictly", () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops("")).toBe(0);
    expect(trustedProxyHops("2")).toBe(2);
    for (const bad of ["-1", "1.5", "yes", "11"]) expect(() => trustedProxyHops(bad)).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});

describe("clientAddress in the app", () => {
  const mark = Symbol.for("roef.clientAddressFromSocket");
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[mark];
  });

  it("without scripts/serve.ts never takes a client-written header: unknown with no proxy, the proxy's entry with one", () => {
    const headers = { "x-forwarded-for": "198.51.100.7, 192.0.2.10", [CLIENT_ADDRESS_HEADER]: "203.0.113.99" };
    expect(clientAddress(headers, 0)).toBe(UNKNOWN_CLIENT);
    expect(clientAddress(new Headers(headers), 1)).toBe("192.0.2.10");
  });

  it("behind scripts/serve.ts takes the address it set", () => {
    markClientAddressFromSocket();
    expect(clientAddress({ "x-forwarded-for": "198.51.100.7", [CLIENT_ADDRESS_HEADER]: "192.0.2.44" }, 0)).toBe(
      "192.0.2.44",
    );
    expect(clientAddress({}, 0)).toBe(UNKNOWN_CLIENT);
  });
});
