import { describe, expect, it } from "vitest";
import { checkPasswordPolicy, hashPassword, verifyPassword } from "../../lib/auth/password";

describe("password policy", () => {
  it("requires length and rejects common and personal passwords", () => {
    expect(checkPasswordPolicy("kort")).toBe("tooShort");
    expect(checkPasswordPolicy("wachtwoord123")).toBe("tooCommon");
    expect(checkPasswordPolicy("1234567890")).toBe("tooCommon");
    expect(checkPasswordPolicy("100234100234", ["100234"])).toBe("tooCommon");
    expect(checkPasswordPolicy("x".repeat(201))).toBe("tooLong");
    expect(checkPasswordPolicy("Zeilboot-Roef-2026")).toBeNull();
    expect(checkPasswordPolicy("appeltaart met slagroom op zondag")).toBeNull();
  });

  it("hashes with argon2id and verifies", async () => {
    const hash = await hashPassword("appeltaart met slagroom");
    expect(hash.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(hash, "appeltaart met slagroom")).toBe(true);
    expect(await verifyPassword(hash, "appeltaart zonder slagroom")).toBe(false);
    expect(await verifyPassword("not a hash", "x")).toBe(false);
  });
});
