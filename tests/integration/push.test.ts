// Web push: the subscribe/unsubscribe route handlers (authorization matrix, CSRF, validation, endpoint ownership)
// and delivery from notifyUsers through a real test push endpoint on loopback (an HTTP server on 127.0.0.1 that
// records what it receives and decrypts it like a browser would: RFC 8291 aes128gcm).
import { createServer, type Server } from "node:http";
import { createDecipheriv, createECDH, createHmac, randomBytes, type ECDH } from "node:crypto";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// lib/env is parsed once on import: push needs a key pair (test-only keys).
vi.hoisted(() => {
  process.env.VAPID_PUBLIC_KEY =
    "BIoRsRma8QUlF-a1WKcYilPU47UzLc6-DjT6uhgdnryBsZNPak9nQLrgsny8Zp3CHib3DXAO1mWPAti2YfVrWew";
  process.env.VAPID_PRIVATE_KEY = "m_8xLJg7iEp9wDCRGruCrq3Ozx8glKwd21DiEsj4QAM";
  process.env.VAPID_SUBJECT = "mailto:test@deroef.example";
});

import { createWorld } from "../../prisma/factories";
import { testDb } from "../db";
import { sessionFor } from "../session";
import { handlePushSubscribe, handlePushUnsubscribe } from "../../lib/push/http";
import { isAllowedPushEndpoint } from "../../lib/push/schema";
import { notifyUsers } from "../../lib/notifications";
import { runQueuedJobs } from "../jobs";
import type { SessionUser } from "../../lib/authz";

type World = Awaited<ReturnType<typeof createWorld>>;
let world: World;
const s: Record<string, SessionUser> = {};

type Received = { path: string; method: string; headers: Record<string, string | string[] | undefined>; body: Buffer };
const received: Received[] = [];
let server: Server;
let base: string;

beforeAll(async () => {
  world = await createWorld(testDb);
  for (const name of ["parentA", "parentA2", "parentB", "staffA", "managerA", "beheerder"] as const)
    s[name] = await sessionFor(world[name].id);
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      received.push({
        path: req.url ?? "",
        method: req.method ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks),
      });
      res.statusCode = req.url?.startsWith("/gone/") ? 410 : req.url?.startsWith("/fail/") ? 500 : 201;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** A browser-like subscription: a fresh P-256 key pair and a 16-byte auth secret. */
function browserKeys() {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  const auth = randomBytes(16);
  return { ecdh, auth, keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth: auth.toString("base64url") } };
}

/** RFC 8291 / RFC 8188 decryption, as the browser does it. */
function decrypt(body: Buffer, ecdh: ECDH, authSecret: Buffer): string {
  const salt = body.subarray(0, 16);
  const idLength = body[20];
  const serverPublic = body.subarray(21, 21 + idLength);
  const cipherText = body.subarray(21 + idLength);
  const hmac = (key: Buffer, data: Buffer) => createHmac("sha256", key).update(data).digest();
  const shared = ecdh.computeSecret(serverPublic);
  const prkKey = hmac(authSecret, shared);
  const ikm = hmac(
    prkKey,
    Buffer.concat([Buffer.from("WebPush: info\0"), ecdh.getPublicKey(), serverPublic, Buffer.from([1])]),
  );
  const prk = hmac(salt, ikm);
  const cek = hmac(prk, Buffer.from("Content-Encoding: aes128gcm\0\x01")).subarray(0, 16);
  const nonce = hmac(prk, Buffer.from("Content-Encoding: nonce\0\x01")).subarray(0, 12);
  const decipher = createDecipheriv("aes-128-gcm", cek, nonce);
  decipher.setAuthTag(cipherText.subarray(cipherText.length - 16));
  const padded = Buffer.concat([decipher.update(cipherText.subarray(0, cipherText.length - 16)), decipher.final()]);
  return padded.subarray(0, padded.lastIndexOf(2)).toString("utf8");
}

const ORIGIN = "http://localhost:3100";
function request(method: "POST" | "DELETE", body: unknown, origin: string | null = ORIGIN): Request {
  const headers: Record<string, string> = { "content-type": "application/json", host: "localhost:3100" };
  if (origin) headers.origin = origin;
  return new Request(`${ORIGIN}/api/push`, {
    method,
    headers,
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}
async function call(response: Promise<Response>): Promise<[number, string | undefined]> {
  const res = await response;
  const json = (await res.json()) as { error?: string };
  return [res.status, json.error];
}
const subscribe = (user: SessionUser | null, body: unknown, origin?: string | null) =>
  call(handlePushSubscribe(user, request("POST", body, origin)));
const unsubscribe = (user: SessionUser | null, body: unknown, origin?: string | null) =>
  call(handlePushUnsubscribe(user, request("DELETE", body, origin)));
let counter = 0;
const endpoint = (prefix = "ok") => `${base}/${prefix}/${Date.now()}-${++counter}`;

describe("push subscriptions: authorization and validation", () => {
  it("anonymous requests get 401, cross-origin and origin-less requests 403", async () => {
    const { keys } = browserKeys();
    expect(await subscribe(null, { endpoint: endpoint(), keys })).toEqual([401, "errors.UNAUTHENTICATED"]);
    expect(await unsubscribe(null, { endpoint: endpoint() })).toEqual([401, "errors.UNAUTHENTICATED"]);
    expect(await subscribe(s.parentA, { endpoint: endpoint(), keys }, "https://evil.example")).toEqual([
      403,
      "errors.FORBIDDEN",
    ]);
    expect(await subscribe(s.parentA, { endpoint: endpoint(), keys }, null)).toEqual([403, "errors.FORBIDDEN"]);
    expect(await unsubscribe(s.parentA, { endpoint: endpoint() }, "https://evil.example")).toEqual([
      403,
      "errors.FORBIDDEN",
    ]);
    expect(await testDb.pushSubscription.count({ where: { userId: world.parentA.id } })).toBe(0);
  });

  it("bad input is a 400 with a clear message key", async () => {
    const { keys } = browserKeys();
    expect(await subscribe(s.parentA, "{not json")).toEqual([400, "push.errors.invalid"]);
    expect(await subscribe(s.parentA, ["x"])).toEqual([400, "push.errors.invalid"]);
    for (const bad of [
      "ftp://push.example.com/x",
      "https://10.0.0.1/x",
      "https://localhost/x",
      "https://[::1]/x",
      "https://push.example.com:8443/x",
      "https://u:p@push.example.com/x",
      "http://push.example.com/x",
      "http://192.168.1.5/x",
      "nonsense",
    ]) {
      expect(await subscribe(s.parentA, { endpoint: bad, keys }), bad).toEqual([400, "push.errors.endpoint"]);
    }
    expect(await subscribe(s.parentA, { endpoint: endpoint(), keys: { p256dh: "abc", auth: keys.auth } })).toEqual([
      400,
      "push.errors.keys",
    ]);
    expect(await subscribe(s.parentA, { endpoint: endpoint(), keys: { p256dh: keys.p256dh, auth: "short" } })).toEqual([
      400,
      "push.errors.keys",
    ]);
    expect(await subscribe(s.parentA, { endpoint: endpoint() })).toEqual([400, "push.errors.keys"]);
    expect(await unsubscribe(s.parentA, {})).toEqual([400, "push.errors.endpoint"]);
    expect(await testDb.pushSubscription.count({ where: { userId: world.parentA.id } })).toBe(0);
  });

  it("the endpoint rule: https push services always, http loopback only when allowed", () => {
    expect(isAllowedPushEndpoint("https://fcm.googleapis.com/fcm/send/abc", { allowLoopbackHttp: false })).toBe(true);
    expect(
      isAllowedPushEndpoint("https://updates.push.services.mozilla.com/wpush/v2/x", { allowLoopbackHttp: false }),
    ).toBe(true);
    expect(isAllowedPushEndpoint("http://127.0.0.1:9000/x", { allowLoopbackHttp: false })).toBe(false);
    expect(isAllowedPushEndpoint("http://127.0.0.1:9000/x", { allowLoopbackHttp: true })).toBe(true);
    expect(isAllowedPushEndpoint("http://localhost:9000/x", { allowLoopbackHttp: true })).toBe(true);
    expect(isAllowedPushEndpoint("http://10.0.0.1:9000/x", { allowLoopbackHttp: true })).toBe(false);
  });

  it("every role can register its own devices; only the owner can remove one (others get 404)", async () => {
    const mine: Record<string, string> = {};
    for (const name of ["parentA", "staffA", "managerA", "beheerder"]) {
      mine[name] = endpoint();
      expect(await subscribe(s[name], { endpoint: mine[name], keys: browserKeys().keys }), name).toEqual([
        201,
        undefined,
      ]);
      expect((await testDb.pushSubscription.findUniqueOrThrow({ where: { endpoint: mine[name] } })).userId).toBe(
        s[name].id,
      );
    }
    // Re-registering the same device is idempotent.
    const again = browserKeys().keys;
    expect(await subscribe(s.parentA, { endpoint: mine.parentA, keys: again })).toEqual([201, undefined]);
    expect((await testDb.pushSubscription.findUniqueOrThrow({ where: { endpoint: mine.parentA } })).p256dh).toBe(
      again.p256dh,
    );
    for (const other of ["parentA2", "parentB", "staffA", "beheerder"]) {
      expect(await unsubscribe(s[other], { endpoint: mine.parentA }), other).toEqual([404, "errors.NOT_FOUND"]);
    }
    expect(await testDb.pushSubscription.count({ where: { endpoint: mine.parentA } })).toBe(1);
    expect(await unsubscribe(s.parentA, { endpoint: mine.parentA })).toEqual([200, undefined]);
    expect(await testDb.pushSubscription.count({ where: { endpoint: mine.parentA } })).toBe(0);
    expect(await unsubscribe(s.staffA, { endpoint: mine.staffA })).toEqual([200, undefined]);
  });

  it("someone else's endpoint moves only with the same keys (same device); other keys are refused", async () => {
    const device = browserKeys().keys;
    const shared = endpoint();
    expect(await subscribe(s.parentA2, { endpoint: shared, keys: device })).toEqual([201, undefined]);
    expect(await subscribe(s.parentB, { endpoint: shared, keys: browserKeys().keys })).toEqual([
      409,
      "push.errors.conflict",
    ]);
    expect((await testDb.pushSubscription.findUniqueOrThrow({ where: { endpoint: shared } })).userId).toBe(
      world.parentA2.id,
    );
    // The same browser subscription (same keys), now signed in as parentB: the device is theirs now.
    const moved = await handlePushSubscribe(s.parentB, request("POST", { endpoint: shared, keys: device }));
    expect(moved.status).toBe(201);
    expect(await moved.json()).toEqual({ ok: true, moved: true });
    const row = await testDb.pushSubscription.findUniqueOrThrow({ where: { endpoint: shared } });
    expect(row.userId).toBe(world.parentB.id);
    expect(await unsubscribe(s.parentA2, { endpoint: shared })).toEqual([404, "errors.NOT_FOUND"]);
    await testDb.pushSubscription.delete({ where: { id: row.id } });
  });
});

describe("push delivery through a loopback push endpoint", () => {
  /** notifyUsers as a feature calls it, then the jobs it queued, all attempts (the runner would do them later). */
  const notify = async (notification: Parameters<typeof notifyUsers>[0], now: Date) => {
    await notifyUsers(notification, now);
    await runQueuedJobs(["notification.deliver", "mail.deliver"], { retries: true });
  };
  const mailsTo = async (userId: string, since: Date) => {
    const user = await testDb.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
    return testDb.outboxMail.count({ where: { to: user.email, createdAt: { gte: since } } });
  };
  const at = (path: string) => received.filter((r) => r.path === new URL(path).pathname);
  const noon = new Date("2026-11-24T11:00:00Z"); // 12:00 in Amsterdam
  const night = new Date("2026-11-24T23:30:00Z"); // 00:30 in Amsterdam

  async function device(userId: string, prefix = "ok") {
    const browser = browserKeys();
    const url = endpoint(prefix);
    await testDb.pushSubscription.create({ data: { userId, endpoint: url, ...browser.keys } });
    return { url, ...browser };
  }

  it("sends one encrypted POST with the VAPID header and a generic payload; the e-mail is skipped", async () => {
    const since = new Date();
    const phone = await device(world.parentA.id);
    await notify(
      {
        userIds: [world.parentA.id],
        kind: "message",
        subject: "Nieuw bericht van Juf Geheim",
        text: "Geheime inhoud",
        link: "/berichten/123",
      },
      noon,
    );
    const requests = at(phone.url);
    expect(requests).toHaveLength(1);
    const [push] = requests;
    expect(push.method).toBe("POST");
    expect(String(push.headers.authorization)).toMatch(/^vapid t=[\w-]+\.[\w-]+\.[\w-]+, k=BIoRsRma8QUl/);
    expect(push.headers["content-encoding"]).toBe("aes128gcm");
    expect(Number(push.headers.ttl)).toBeGreaterThan(0);
    const plain = decrypt(push.body, phone.ecdh, phone.auth);
    expect(JSON.parse(plain)).toEqual({
      title: "Nieuw bericht",
      body: "Er staat een nieuw bericht voor je klaar in het ouderportaal.",
      url: "/berichten/123",
    });
    expect(plain).not.toContain("Geheim");
    expect(await mailsTo(world.parentA.id, since)).toBe(0);
  });

  it("the user's language is used; a kind switched off gets no push and no mail", async () => {
    await testDb.user.update({ where: { id: world.staffA.id }, data: { locale: "en" } });
    const tablet = await device(world.staffA.id);
    await notify(
      { userIds: [world.staffA.id], kind: "news", subject: "Nieuws: x", text: "x", link: "/nieuws/1" },
      noon,
    );
    expect(JSON.parse(decrypt(at(tablet.url)[0].body, tablet.ecdh, tablet.auth)).title).toBe("News");
    await testDb.user.update({ where: { id: world.staffA.id }, data: { notifyNews: false } });
    const since = new Date();
    await notify(
      { userIds: [world.staffA.id], kind: "news", subject: "Nieuws: y", text: "y", link: "/nieuws/2" },
      noon,
    );
    expect(at(tablet.url)).toHaveLength(1);
    expect(await mailsTo(world.staffA.id, since)).toBe(0);
  });

  it("pushes also when e-mail is off; never during quiet hours (not later either)", async () => {
    await testDb.user.update({
      where: { id: world.managerA.id },
      data: { emailMode: "OFF", quietStartMinutes: 21 * 60, quietEndMinutes: 7 * 60 },
    });
    const phone = await device(world.managerA.id);
    await notify(
      { userIds: [world.managerA.id], kind: "request", subject: "Aanvraag", text: "x", link: "/planning" },
      night,
    );
    expect(at(phone.url)).toHaveLength(0);
    expect(await testDb.pendingNotification.count({ where: { userId: world.managerA.id } })).toBe(0);
    await notify(
      { userIds: [world.managerA.id], kind: "request", subject: "Aanvraag", text: "x", link: "/planning" },
      noon,
    );
    expect(at(phone.url)).toHaveLength(1);
  });

  it("quiet hours still hold the e-mail back as before", async () => {
    await testDb.user.update({
      where: { id: world.parentB.id },
      data: { quietStartMinutes: 21 * 60, quietEndMinutes: 7 * 60 },
    });
    const phone = await device(world.parentB.id);
    await notify(
      { userIds: [world.parentB.id], kind: "diary", subject: "Schriftje", text: "x", link: "/schriftje" },
      night,
    );
    expect(at(phone.url)).toHaveLength(0);
    expect(await testDb.pendingNotification.count({ where: { userId: world.parentB.id } })).toBe(1);
    await testDb.pendingNotification.deleteMany({ where: { userId: world.parentB.id } });
  });

  it("a 410 answer deletes the subscription and the e-mail goes out as the fallback; failures never throw", async () => {
    const since = new Date();
    const gone = await device(world.parentA2.id, "gone");
    const broken = await device(world.parentA2.id, "fail");
    await expect(
      notify(
        { userIds: [world.parentA2.id], kind: "diary", subject: "Schriftje", text: "x", link: "/schriftje" },
        noon,
      ),
    ).resolves.toBeUndefined();
    expect(at(gone.url)).toHaveLength(1);
    // The 5xx device is retried by the job (first attempt + 2 retries) before the e-mail goes out instead.
    expect(at(broken.url)).toHaveLength(3);
    expect(await testDb.pushSubscription.count({ where: { endpoint: gone.url } })).toBe(0);
    expect(await testDb.pushSubscription.count({ where: { endpoint: broken.url } })).toBe(1);
    expect(await mailsTo(world.parentA2.id, since)).toBe(1);
    // An unreachable endpoint (nothing listens on port 9 here) is just a failed push.
    await testDb.pushSubscription.update({
      where: { endpoint: broken.url },
      data: { endpoint: "http://127.0.0.1:9/nobody" },
    });
    await expect(
      notify(
        { userIds: [world.parentA2.id], kind: "diary", subject: "Schriftje", text: "x", link: "/schriftje" },
        noon,
      ),
    ).resolves.toBeUndefined();
    expect(await mailsTo(world.parentA2.id, since)).toBe(2);
  });
});
