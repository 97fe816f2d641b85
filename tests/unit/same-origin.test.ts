import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "../../lib/http/same-origin";

const request = (headers: Record<string, string>) =>
  new Request("http://localhost:3000/api/x", { method: "POST", headers });

describe("same-origin check for state-changing route handlers", () => {
  it("accepts the portal's own origin", () => {
    expect(isSameOriginRequest(request({ origin: "http://localhost:3000", host: "localhost:3000" }))).toBe(true);
    expect(
      isSameOriginRequest(
        request({
          origin: "https://deroef.ouderportaal.nl",
          host: "internal:3000",
          "x-forwarded-host": "deroef.ouderportaal.nl",
        }),
      ),
    ).toBe(true);
  });

  it("rejects other origins, a missing origin and garbage", () => {
    expect(isSameOriginRequest(request({ origin: "https://evil.example", host: "localhost:3000" }))).toBe(false);
    expect(isSameOriginRequest(request({ host: "localhost:3000" }))).toBe(false);
    expect(isSameOriginRequest(request({ origin: "null", host: "localhost:3000" }))).toBe(false);
  });
});
